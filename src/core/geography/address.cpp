#include "shegong/core/geography/address.h"

namespace shegong::core {

QString dwellingName(int stairwell, const QString& number, DwellingUse use)
{
    const QString room = number + QStringLiteral("室");
    if (use == DwellingUse::RentalRoom || stairwell <= 0)
        return room;
    return QStringLiteral("%1单元").arg(stairwell) + room;
}

QString dwellingAddress(const QString& building, int stairwell, const QString& number, DwellingUse use)
{
    return building + dwellingName(stairwell, number, use);
}

} // namespace shegong::core
