#pragma once

#include "shegong/core/base/result.h"
#include "shegong/core/geography/districtstats.h"

#include <QDate>
#include <QString>
#include <cstdint>

namespace shegong::core {

class Database;

struct DemoOptions {
    std::uint64_t seed = 2026;
    double scale = 1.0;               //!< 12.5 makes about a million residents
    QDate referenceDate{2026, 11, 1}; //!< "today" of the demo: ages, move-in dates, assignments
};

//! The map origin of the demo district (near Hangzhou's Jianggan), WGS 84 degrees.
inline constexpr double kDemoOriginLongitude = 120.2050;
inline constexpr double kDemoOriginLatitude = 30.2650;

/*! Builds the deterministic demo subdistrict into an empty database, in one transaction: geography
    with footprints, households and residents, workers with dated assignments and area leaders. The
    same options always give the same content. Refuses a database that already holds a district. */
Result<DistrictStats> generateDemoDistrict(const Database& db, const DemoOptions& options = {});

//! The documented password of every demo account (README), never used outside demo data.
inline constexpr QLatin1StringView kDemoPassword{"Shegong@2026"};

/*! Gives every demo account kDemoPassword. Kept apart from generateDemoDistrict because each hash has
    a random salt: the district stays reproducible. Hashed with the minimum limits for speed; the
    first login rehashes with the real ones. Every account must change it at first login, unless the
    demo is being tried (AuthSettings::tryingDemo, the --demo flag). */
void setDemoPasswords(const Database& db);

} // namespace shegong::core
