#include "shegong/core/rental/rentalviews.h"

#include "core/storage/sql.h"
#include "shegong/core/geography/address.h"
#include "shegong/core/storage/database.h"

#include <QCollator>
#include <QCoreApplication>
#include <algorithm>
#include <functional>

namespace shegong::core {
namespace {

struct ViewText {
    Q_DECLARE_TR_FUNCTIONS(RentalViews)
};

Error outside()
{
    return Error{QStringLiteral("community"),
                 ViewText::tr("This community's rental houses are outside your scope")};
}

//! Addresses in the order people read them: 9排2号 before 9排20号.
void sortByAddress(auto& rows, auto address)
{
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
        return collator.compare(address(a), address(b)) < 0;
    });
}

std::vector<Id> communitiesInScope(const Access& access)
{
    std::vector<Id> ids;
    auto q = prepare(access.database(), "SELECT id FROM communities ORDER BY id");
    while (q.next())
        if (access.mayInCommunity(Permission::ViewRentals, q.integer(0)))
            ids.push_back(q.integer(0));
    return ids;
}

} // namespace

QString maskedName(const QString& name)
{
    if (name.isEmpty())
        return {};
    return name.left(1) + QString(name.size() - 1, u'*');
}

std::map<Id, YearGrade> gradesInForce(const Access& access, Id communityId, int& year)
{
    const AssessmentService assessments(access);
    for (int y = year; y >= year - 1; --y) {
        auto grades = assessments.yearGrades(communityId, y);
        if (!grades.empty()) {
            year = y;
            return grades;
        }
    }
    return {};
}

namespace {

//! The houses of a community with their masked landlord and rooms, and the grade `gradeOf` gives them.
std::vector<WallTableRow> gradedHouses(const Access& access, Id communityId,
                                       const std::function<std::optional<YearGrade>(Id)>& gradeOf)
{
    auto q = prepare(
        access.database(),
        "SELECT h.id, h.address, coalesce(res.name, h.landlord_name),"
        " (SELECT count(*) FROM rental_rooms r WHERE r.house_id = h.id AND r.deregistered_on IS NULL)"
        " FROM rental_houses h JOIN buildings b ON b.id = h.building_id JOIN areas a ON a.id = b.area_id"
        " LEFT JOIN residents res ON res.id = h.landlord_resident_id WHERE a.community_id = ?");
    q.bind(communityId);
    std::vector<WallTableRow> rows;
    while (q.next()) {
        const auto grade = gradeOf(q.integer(0));
        if (!grade)
            continue;
        rows.push_back(WallTableRow{q.integer(0), q.text(1), maskedName(q.text(2)), int(q.integer(3)),
                                    grade->score, grade->grade, grade->round});
    }
    sortByAddress(rows, [](const WallTableRow& r) { return r.address; });
    return rows;
}

} // namespace

Result<std::vector<WallTableRow>> wallTable(const Access& access, Id communityId, int year)
{
    if (!access.mayInCommunity(Permission::ViewRentals, communityId))
        return outside();
    const auto grades = AssessmentService(access).yearGrades(communityId, year);
    return gradedHouses(access, communityId, [&](Id house) -> std::optional<YearGrade> {
        const auto grade = grades.find(house);
        return grade == grades.end() ? std::nullopt : std::optional<YearGrade>(grade->second);
    });
}

Result<std::vector<WallTableRow>> gradedInRound(const Access& access, Id roundId)
{
    const auto round = AssessmentService(access).round(roundId);
    if (!round)
        return round.error();
    if (!access.mayInCommunity(Permission::ViewRentals, round->communityId))
        return outside();
    std::map<Id, YearGrade> grades;
    auto q = prepare(access.database(), "SELECT house_id, grade, score FROM inspections WHERE round_id = ?"
                                        " AND superseded = 0 AND grade <> 'none'");
    q.bind(roundId);
    while (q.next())
        grades[q.integer(0)] = YearGrade{gradeFrom(q.text(1)), q.real(2), round->number};
    return gradedHouses(access, round->communityId, [&](Id house) -> std::optional<YearGrade> {
        const auto grade = grades.find(house);
        return grade == grades.end() ? std::nullopt : std::optional<YearGrade>(grade->second);
    });
}

Result<std::vector<VacantRoom>> vacancies(const Access& access, const VacancyQuery& query)
{
    if (!access.mayInCommunity(Permission::ViewRentals, query.communityId))
        return outside();
    int year = query.year;
    const auto grades = gradesInForce(access, query.communityId, year);
    auto q =
        cached(access.database(),
               "SELECT r.id, h.id, h.building_id, h.address, r.number, r.floor, r.area_m2, r.rent_yuan,"
               " r.max_occupants, r.facilities FROM rental_rooms r JOIN rental_houses h ON h.id = r.house_id"
               " JOIN buildings b ON b.id = h.building_id JOIN areas a ON a.id = b.area_id"
               " WHERE a.community_id = ?1 AND r.for_rent = 1 AND r.deregistered_on IS NULL"
               " AND h.deregistered_on IS NULL"
               " AND NOT EXISTS(SELECT 1 FROM tenancies t WHERE t.room_id = r.id AND t.moved_out IS NULL)"
               " AND r.rent_yuan >= coalesce(?2, r.rent_yuan) AND r.rent_yuan <= coalesce(?3, r.rent_yuan)"
               " AND r.area_m2 >= coalesce(?4, r.area_m2) AND r.floor >= coalesce(?5, r.floor)"
               " AND r.floor <= coalesce(?6, r.floor)");
    q->bind(query.communityId, query.rentMin, query.rentMax, query.areaMin, query.floorMin, query.floorMax);
    std::vector<VacantRoom> rooms;
    while (q->next()) {
        VacantRoom v;
        v.houseId = q->integer(1);
        const auto grade = grades.find(v.houseId);
        v.grade = grade == grades.end() ? Grade::None : grade->second.grade;
        if (int(v.grade) < int(query.gradeAtLeast))
            continue;
        v.score = grade == grades.end() ? 0 : grade->second.score;
        v.roomId = q->integer(0);
        v.buildingId = q->integer(2);
        v.address = dwellingAddress(q->text(3), 1, q->text(4), DwellingUse::RentalRoom);
        v.floor = int(q->integer(5));
        v.areaM2 = q->real(6);
        v.rentYuan = int(q->integer(7));
        v.maxOccupants = int(q->integer(8));
        v.facilities = q->text(9);
        rooms.push_back(std::move(v));
    }
    std::sort(rooms.begin(), rooms.end(), [](const VacantRoom& a, const VacantRoom& b) {
        if (a.grade != b.grade)
            return a.grade > b.grade;
        if (a.score != b.score)
            return a.score > b.score;
        if (a.rentYuan != b.rentYuan)
            return a.rentYuan < b.rentYuan;
        return a.roomId < b.roomId;
    });
    return rooms;
}

Result<std::vector<BoardHouse>> roomBoard(const Access& access, Id communityId, int year)
{
    if (!access.mayInCommunity(Permission::ViewRentals, communityId))
        return outside();
    const auto grades = gradesInForce(access, communityId, year);
    auto q = prepare(
        access.database(),
        "SELECT h.id, h.address, r.id, r.number, r.floor, r.for_rent,"
        " EXISTS(SELECT 1 FROM tenancies t WHERE t.room_id = r.id AND t.moved_out IS NULL)"
        " FROM rental_houses h JOIN buildings b ON b.id = h.building_id JOIN areas a ON a.id = b.area_id"
        " JOIN rental_rooms r ON r.house_id = h.id WHERE a.community_id = ? AND h.deregistered_on IS NULL"
        " AND r.deregistered_on IS NULL ORDER BY h.id, r.floor, r.number");
    q.bind(communityId);
    std::vector<BoardHouse> houses;
    while (q.next()) {
        if (houses.empty() || houses.back().houseId != q.integer(0)) {
            const auto grade = grades.find(q.integer(0));
            houses.push_back(
                {q.integer(0), q.text(1), grade == grades.end() ? Grade::None : grade->second.grade, {}});
        }
        const RoomState state = q.integer(6)   ? RoomState::Let
                                : q.integer(5) ? RoomState::Vacant
                                               : RoomState::NotForRent;
        houses.back().rooms.push_back({q.integer(2), q.text(3), int(q.integer(4)), state});
    }
    sortByAddress(houses, [](const BoardHouse& h) { return h.address; });
    return houses;
}

Result<RoundStatistics> roundStatistics(const Access& access, Id roundId)
{
    const AssessmentService assessments(access);
    auto round = assessments.round(roundId);
    if (!round)
        return round.error();
    if (!access.mayInCommunity(Permission::ViewRentals, round->communityId))
        return outside();
    RoundStatistics stats;
    stats.round = round.value();
    const Database& db = access.database();
    const auto gradesOf = [&](Id id) {
        std::map<Id, Grade> grades;
        auto q = prepare(db, "SELECT house_id, grade FROM inspections WHERE round_id = ? AND superseded = 0");
        q.bind(id);
        while (q.next())
            grades[q.integer(0)] = gradeFrom(q.text(1));
        return grades;
    };
    auto q =
        prepare(db, "SELECT count(*), avg(score) FROM inspections WHERE round_id = ? AND superseded = 0");
    q.bind(roundId);
    q.next();
    stats.inspected = int(q.integer(0));
    stats.averageScore = q.isNull(1) ? 0 : q.real(1);
    const auto grades = gradesOf(roundId);
    for (const auto& [house, grade] : grades)
        ++stats.perGrade[size_t(grade)];
    auto items = prepare(
        db, "SELECT it.title, count(*) AS n FROM inspection_deductions d"
            " JOIN inspections i ON i.id = d.inspection_id JOIN rental_rule_items it ON it.id = d.item_id"
            " WHERE i.round_id = ? AND i.superseded = 0 GROUP BY it.id ORDER BY n DESC, it.position"
            " LIMIT 10");
    items.bind(roundId);
    while (items.next())
        stats.mostDeducted.emplace_back(items.text(0), int(items.integer(1)));
    auto previous = prepare(db, "SELECT id FROM assessment_rounds WHERE community_id = ? AND (year < ? OR"
                                " (year = ? AND number < ?)) ORDER BY year DESC, number DESC LIMIT 1");
    previous.bind(round->communityId, round->year, round->year, round->number);
    if (previous.next()) {
        stats.previousRoundId = previous.integer(0);
        for (const auto& [house, before] : gradesOf(*stats.previousRoundId)) {
            const auto now = grades.find(house);
            if (now == grades.end())
                continue;
            stats.movedUp += now->second > before;
            stats.movedDown += now->second < before;
        }
    }
    return stats;
}

std::unordered_map<Id, BuildingGrades> buildingGrades(const Access& access, int year)
{
    std::unordered_map<Id, BuildingGrades> buildings;
    for (Id community : communitiesInScope(access)) {
        int inForce = year;
        const auto grades = gradesInForce(access, community, inForce);
        auto q = prepare(
            access.database(),
            "SELECT h.id, h.building_id FROM rental_houses h JOIN buildings b ON b.id = h.building_id"
            " JOIN areas a ON a.id = b.area_id WHERE a.community_id = ? AND h.deregistered_on IS NULL");
        q.bind(community);
        while (q.next()) {
            const auto grade = grades.find(q.integer(0));
            const Grade g = grade == grades.end() ? Grade::None : grade->second.grade;
            const auto [it, first] = buildings.try_emplace(q.integer(1), BuildingGrades{g, g});
            if (!first) {
                it->second.best = std::max(it->second.best, g);
                it->second.worst = std::min(it->second.worst, g);
            }
        }
    }
    return buildings;
}

std::vector<GradedHouse> rentalHousesOf(const Access& access, Id buildingId)
{
    std::vector<GradedHouse> houses;
    const auto views = RentalService(access).housesOfBuilding(buildingId);
    if (!views || views->empty())
        return houses;
    auto community = prepare(access.database(), "SELECT a.community_id FROM buildings b JOIN areas a"
                                                " ON a.id = b.area_id WHERE b.id = ?");
    community.bind(buildingId);
    community.next();
    int year = access.today().year();
    const auto grades = gradesInForce(access, community.integer(0), year);
    for (const HouseView& v : views.value()) {
        const auto grade = grades.find(v.house.id);
        houses.push_back(
            {v, grade == grades.end() ? Grade::None : grade->second.grade, grade != grades.end()});
    }
    return houses;
}

std::unordered_map<Id, QDate> tenantsOfBuilding(const Access& access, Id buildingId)
{
    std::unordered_map<Id, QDate> tenants;
    if (!access.may(Permission::ViewResidents, Record{RecordKind::Building, buildingId}))
        return tenants;
    auto q = cached(access.database(),
                    "SELECT t.resident_id, t.moved_in FROM tenancies t"
                    " JOIN rental_rooms r ON r.id = t.room_id JOIN rental_houses h ON h.id = r.house_id"
                    " WHERE h.building_id = ? AND t.moved_out IS NULL");
    q->bind(buildingId);
    while (q->next())
        tenants.emplace(q->integer(0), QDate::fromString(q->text(1), Qt::ISODate));
    return tenants;
}

} // namespace shegong::core
