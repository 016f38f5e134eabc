#include "shegong/core/geography/districtrepository.h"

#include "core/storage/sql.h"
#include "shegong/core/storage/database.h"

namespace shegong::core {
namespace {

Area areaFrom(const Statement& row)
{
    return Area{row.integer(0), row.integer(1), row.text(2), row.text(3),
                polygonFromJson(row.text(4).toUtf8())};
}

std::vector<Area> readAreas(Statement& query)
{
    std::vector<Area> areas;
    while (query.next())
        areas.push_back(areaFrom(query));
    return areas;
}

} // namespace

QString DistrictRepository::subdistrictName() const
{
    return m_db.meta(QStringLiteral("subdistrict_name"));
}

std::vector<Community> DistrictRepository::communities() const
{
    auto query = cached(m_db, "SELECT id, code, name, kind, outline FROM communities ORDER BY code");
    std::vector<Community> result;
    while (query->next())
        result.push_back({query->integer(0), query->text(1), query->text(2),
                          communityKindFrom(query->text(3)), polygonFromJson(query->text(4).toUtf8())});
    return result;
}

std::vector<Area> DistrictRepository::areas() const
{
    auto query = cached(m_db, "SELECT id, community_id, code, name, outline FROM areas ORDER BY code");
    return readAreas(*query);
}

std::vector<Area> DistrictRepository::areasOf(Id communityId) const
{
    auto query = cached(
        m_db, "SELECT id, community_id, code, name, outline FROM areas WHERE community_id = ? ORDER BY code");
    query->bind(communityId);
    return readAreas(*query);
}

std::vector<Lane> DistrictRepository::lanes() const
{
    auto query = cached(m_db, "SELECT id, community_id, name, path FROM lanes ORDER BY id");
    std::vector<Lane> result;
    while (query->next())
        result.push_back({query->integer(0), query->integer(1), query->text(2),
                          polylineFromJson(query->text(3).toUtf8())});
    return result;
}

std::vector<Building> DistrictRepository::queryBuildings(const char* where, std::optional<Id> key) const
{
    const std::string sql =
        std::string("SELECT id, area_id, lane_id, code, address, kind, floors, height, footprint"
                    " FROM buildings ") +
        where + " ORDER BY code";
    auto query = cached(m_db, sql);
    if (key)
        query->bind(*key);
    std::vector<Building> result;
    while (query->next()) {
        Building b;
        b.id = query->integer(0);
        b.areaId = query->integer(1);
        if (!query->isNull(2))
            b.laneId = query->integer(2);
        b.code = query->text(3);
        b.address = query->text(4);
        b.kind = buildingKindFrom(query->text(5));
        b.floors = int(query->integer(6));
        b.height = query->real(7);
        b.footprint = polygonFromJson(query->text(8).toUtf8());
        result.push_back(std::move(b));
    }
    return result;
}

std::vector<Building> DistrictRepository::buildings() const
{
    return queryBuildings("", std::nullopt);
}

std::vector<Building> DistrictRepository::buildingsOf(Id areaId) const
{
    return queryBuildings("WHERE area_id = ?", areaId);
}

std::optional<Building> DistrictRepository::building(Id buildingId) const
{
    auto found = queryBuildings("WHERE id = ?", buildingId);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::optional<Building> DistrictRepository::buildingByCode(const QString& code) const
{
    auto query = cached(m_db, "SELECT id FROM buildings WHERE code = ?");
    query->bind(code);
    if (!query->next())
        return std::nullopt;
    return building(query->integer(0));
}

std::optional<Id> DistrictRepository::areaIdByCode(const QString& code) const
{
    auto query = cached(m_db, "SELECT id FROM areas WHERE code = ?");
    query->bind(code);
    return query->next() ? std::optional<Id>(query->integer(0)) : std::nullopt;
}

std::vector<Dwelling> DistrictRepository::dwellingsOf(Id buildingId) const
{
    auto query = cached(m_db, "SELECT id, building_id, stairwell, floor, number, use FROM dwellings"
                              " WHERE building_id = ? ORDER BY stairwell, floor, number");
    query->bind(buildingId);
    std::vector<Dwelling> result;
    while (query->next())
        result.push_back({query->integer(0), query->integer(1), int(query->integer(2)),
                          int(query->integer(3)), query->text(4), dwellingUseFrom(query->text(5))});
    return result;
}

Id DistrictRepository::add(const Community& c) const
{
    auto insert = cached(m_db, "INSERT INTO communities(code, name, kind, outline) VALUES(?, ?, ?, ?)");
    return insert->bind(c.code, c.name, toString(c.kind), QString::fromUtf8(polygonToJson(c.outline)))
        .insert();
}

Id DistrictRepository::add(const Area& a) const
{
    auto insert = cached(m_db, "INSERT INTO areas(community_id, code, name, outline) VALUES(?, ?, ?, ?)");
    return insert->bind(a.communityId, a.code, a.name, QString::fromUtf8(polygonToJson(a.outline))).insert();
}

Id DistrictRepository::add(const Lane& l) const
{
    auto insert = cached(m_db, "INSERT INTO lanes(community_id, name, path) VALUES(?, ?, ?)");
    return insert->bind(l.communityId, l.name, QString::fromUtf8(polylineToJson(l.path))).insert();
}

Id DistrictRepository::add(const Building& b) const
{
    auto insert =
        cached(m_db, "INSERT INTO buildings(area_id, lane_id, code, address, kind, floors, height, footprint)"
                     " VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    return insert
        ->bind(b.areaId, b.laneId, b.code, b.address, toString(b.kind), b.floors, b.height,
               QString::fromUtf8(polygonToJson(b.footprint)))
        .insert();
}

void DistrictRepository::update(const Building& b) const
{
    auto update =
        cached(m_db, "UPDATE buildings SET area_id = ?, address = ?, floors = ?, height = ?, footprint = ?"
                     " WHERE id = ?");
    update->bind(b.areaId, b.address, b.floors, b.height, QString::fromUtf8(polygonToJson(b.footprint)), b.id)
        .run();
}

Id DistrictRepository::add(const Dwelling& d) const
{
    auto insert = cached(
        m_db, "INSERT INTO dwellings(building_id, stairwell, floor, number, use) VALUES(?, ?, ?, ?, ?)");
    return insert->bind(d.buildingId, d.stairwell, d.floor, d.number, toString(d.use)).insert();
}

} // namespace shegong::core
