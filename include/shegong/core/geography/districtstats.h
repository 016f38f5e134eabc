#pragma once

#include <QJsonObject>
#include <cstdint>

namespace shegong::core {

class Database;

//! Headline counts of a district database (current residents and households only).
struct DistrictStats {
    std::int64_t communities = 0;
    std::int64_t areas = 0;
    std::int64_t lanes = 0;
    std::int64_t buildings = 0;
    std::int64_t dwellings = 0;
    std::int64_t households = 0;
    std::int64_t residents = 0;
    std::int64_t floatingResidents = 0;
    std::int64_t workers = 0;

    QJsonObject toJson() const;
};

DistrictStats districtStats(const Database& db);

} // namespace shegong::core
