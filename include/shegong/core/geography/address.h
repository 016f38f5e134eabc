#pragma once

#include "shegong/core/geography/geography.h"

namespace shegong::core {

/*! The one way a dwelling is named. Within its building: "1单元101室"; a rental room of an
    urban-village house has no unit: "201室". Addresses are data in Chinese (as on the door and in the
    household register), the same in the English UI. */
QString dwellingName(int stairwell, const QString& number, DwellingUse use);

/*! The full address, everywhere a dwelling or household is named outside its building (registry,
    lists, reports, dossier, history, exports): "景和苑4幢1单元101室", "杨家弄1号201室". SQL reaches the
    same function as dwelling_address(b.address, d.stairwell, d.number, d.use). */
QString dwellingAddress(const QString& building, int stairwell, const QString& number, DwellingUse use);

} // namespace shegong::core
