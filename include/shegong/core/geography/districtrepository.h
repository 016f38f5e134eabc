#pragma once

#include "shegong/core/geography/geography.h"

#include <vector>

namespace shegong::core {

class Database;

//! Communities, areas, lanes, buildings and dwellings: the subdistrict's geography.
class DistrictRepository {
public:
    explicit DistrictRepository(const Database& db) : m_db(db) {}

    QString subdistrictName() const;

    std::vector<Community> communities() const;
    std::vector<Area> areas() const;
    std::vector<Area> areasOf(Id communityId) const;
    std::vector<Lane> lanes() const;
    std::vector<Building> buildings() const;
    std::vector<Building> buildingsOf(Id areaId) const;
    std::optional<Building> building(Id buildingId) const;
    std::optional<Building> buildingByCode(const QString& code) const;
    std::optional<Id> areaIdByCode(const QString& code) const;
    std::vector<Dwelling> dwellingsOf(Id buildingId) const;

    // Writes: the caller owns the transaction (a whole import is one).
    Id add(const Community& community) const;
    Id add(const Area& area) const;
    Id add(const Lane& lane) const;
    Id add(const Building& building) const;
    Id add(const Dwelling& dwelling) const;
    //! Replaces a building's area, address, floors, height and footprint.
    void update(const Building& building) const;

private:
    std::vector<Building> queryBuildings(const char* where, std::optional<Id> key) const;

    const Database& m_db;
};

} // namespace shegong::core
