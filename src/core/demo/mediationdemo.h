#pragma once

#include "identities.h"
#include "random.h"

#include <QDate>

namespace shegong::core {
class Database;
}

namespace shegong::core::demo {

/*! The mediation network and two years of its work, at the published scale when `scale` is 1: the
    court's studio, 4 liaison stations, 49 committees over the 15 communities; about 5,645 consultations
    and 2,026 successful cases (with failures, escalations, litigation and withdrawals), parties from
    the registry, 1–3 sessions mostly, agreements with amounts and payments. */
void addMediation(const Database& db, Random& random, Identities& identities, QDate reference, double scale);

} // namespace shegong::core::demo
