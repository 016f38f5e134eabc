#pragma once

#include "identities.h"
#include "random.h"

#include <QDate>

namespace shegong::core {
class Database;
}

namespace shegong::core::demo {

/*! The urban village's rental houses (one per village house, the landlord family's head as the
    landlord), its rooms (the registry's rental-room dwellings) with their tenants as tenancies, the
    default rule set, last year's three closed rounds and this year's first (open, partly inspected),
    scored so that about a third of the houses hold AAA after last year's third round. */
void addRentals(const Database& db, Random& random, Identities& identities, QDate reference);

} // namespace shegong::core::demo
