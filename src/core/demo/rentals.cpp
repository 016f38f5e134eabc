#include "rentals.h"

#include "core/storage/sql.h"
#include "shegong/core/rental/assessments.h"
#include "shegong/core/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace shegong::core::demo {
namespace {

struct House {
    Id id = 0;
    double quality = 0; //!< 0 (worst) to 1 (best): how well the landlord keeps it
};

//! Ticks worth about `target` points, drawn from the catalogue; a poor house sometimes shows a
//! finding that withholds the grade.
std::vector<Tick> ticksFor(Random& random, const RuleSet& rules, double target, double withholdChance)
{
    std::vector<Tick> ticks;
    std::vector<const RuleItem*> ordinary, withholding;
    for (const RuleItem& item : rules.items)
        (item.withholdsGrade ? withholding : ordinary).push_back(&item);
    if (random.chance(withholdChance))
        ticks.push_back({random.pick(withholding)->id, 1, 0});
    double lost = 0;
    for (int tries = 0; lost < target && tries < 40; ++tries) {
        const RuleItem* item = random.pick(ordinary);
        if (std::any_of(ticks.begin(), ticks.end(), [&](const Tick& t) { return t.itemId == item->id; }))
            continue;
        Tick tick{item->id, 1, 0};
        double points = item->pointsMin;
        if (item->kind == DeductionKind::Range) {
            const int steps = int((item->pointsMax - item->pointsMin) * 2);
            tick.points = item->pointsMin + random.between(0, steps) * 0.5;
            points = tick.points;
        } else if (item->kind == DeductionKind::PerOccurrence) {
            tick.occurrences = random.between(1, 3);
            points *= tick.occurrences;
        }
        ticks.push_back(tick);
        lost += points;
    }
    return ticks;
}

QString team(Identities& identities)
{
    QJsonArray members;
    members.append(QJsonObject{{QStringLiteral("name"), identities.name(Gender::Male)},
                               {QStringLiteral("organisation"), QStringLiteral("派出所")}});
    members.append(QJsonObject{{QStringLiteral("name"), identities.name(Gender::Female)},
                               {QStringLiteral("organisation"), QStringLiteral("社区治安办")}});
    return QString::fromUtf8(QJsonDocument(members).toJson(QJsonDocument::Compact));
}

} // namespace

void addRentals(const Database& db, Random& random, Identities& identities, QDate reference)
{
    // The houses: every building of the urban village that has rental-room dwellings.
    std::vector<House> houses;
    Id communityId = 0;
    {
        auto buildings = prepare(
            db,
            "SELECT b.id, b.address, a.community_id, (SELECT r.id FROM residents r JOIN households h ON"
            " h.id = r.household_id JOIN dwellings d ON d.id = h.dwelling_id WHERE d.building_id = b.id AND"
            " d.use = 'residence' AND r.relation = 'head' AND r.moved_out IS NULL LIMIT 1)"
            " FROM buildings b JOIN areas a ON a.id = b.area_id JOIN communities c ON c.id = a.community_id"
            " WHERE c.kind = 'urban_village' AND EXISTS(SELECT 1 FROM dwellings d WHERE d.building_id = b.id"
            " AND d.use = 'rental_room') ORDER BY b.id");
        Statement house = prepare(db, "INSERT INTO rental_houses(building_id, address, landlord_resident_id,"
                                      " landlord_name, landlord_id_number, landlord_phone, registered_on)"
                                      " VALUES(?, ?, ?, ?, ?, ?, ?)");
        while (buildings.next()) {
            communityId = buildings.integer(2);
            const QDate registered = reference.addDays(-random.between(400, 8 * 365));
            if (!buildings.isNull(3)) {
                house.bind(buildings.integer(0), buildings.text(1), buildings.integer(3), std::nullopt,
                           std::nullopt, std::nullopt, registered.toString(Qt::ISODate));
            } else { // the family has moved away: the landlord lives elsewhere
                const Gender g = random.chance(0.5) ? Gender::Male : Gender::Female;
                house.bind(buildings.integer(0), buildings.text(1), std::nullopt, identities.name(g),
                           identities.idNumber(reference.addYears(-random.between(35, 70)), g, true),
                           identities.phone(), registered.toString(Qt::ISODate));
            }
            houses.push_back({house.insert(), random.unit()});
        }
    }
    if (houses.empty())
        return;

    // The rooms and their tenants, as the registry has them.
    execute(db,
            "INSERT INTO rental_rooms(house_id, dwelling_id, number, floor, area_m2, rent_yuan, facilities,"
            " max_occupants) SELECT h.id, d.id, d.number, d.floor, 10, 800, '', 2 FROM dwellings d"
            " JOIN rental_houses h ON h.building_id = d.building_id WHERE d.use = 'rental_room'");
    {
        static const QStringList kFacilities{QStringLiteral("独立卫生间"), QStringLiteral("空调"),
                                             QStringLiteral("热水器"),     QStringLiteral("阳台"),
                                             QStringLiteral("宽带"),       QStringLiteral("厨房")};
        auto rooms = prepare(db, "SELECT r.id, count(rs.id) FROM rental_rooms r LEFT JOIN households h ON "
                                 "h.dwelling_id = r.dwelling_id"
                                 " LEFT JOIN residents rs ON rs.household_id = h.id AND rs.moved_out IS NULL "
                                 "GROUP BY r.id ORDER BY r.id");
        Statement set = prepare(db, "UPDATE rental_rooms SET area_m2 = ?, rent_yuan = ?, facilities = ?,"
                                    " max_occupants = ?, for_rent = ? WHERE id = ?");
        while (rooms.next()) {
            const int occupants = int(rooms.integer(1));
            const double area = 8 + random.between(0, 44) * 0.5;
            QStringList facilities;
            for (const QString& f : kFacilities)
                if (random.chance(0.45))
                    facilities << f;
            const int rent = int(std::lround((300 + area * 38 + facilities.size() * 60) / 50.0)) * 50;
            const int most = std::max({occupants, area < 14 ? 2 : area < 22 ? 3 : 4});
            const bool forRent = occupants > 0 || !random.chance(0.04);
            set.bind(area, rent, facilities.join(QStringLiteral("、")), most, int(forRent), rooms.integer(0))
                .run();
        }
    }
    execute(db, "INSERT INTO tenancies(room_id, resident_id, moved_in) SELECT r.id, rs.id, rs.moved_in"
                " FROM rental_rooms r JOIN households h ON h.dwelling_id = r.dwelling_id"
                " JOIN residents rs ON rs.household_id = h.id WHERE rs.moved_out IS NULL");

    // Rules: last year's catalogue, and this year's version of it.
    const int year = reference.year();
    RuleSet lastYearRules = defaultRuleSet(year - 1);
    const Id lastYearId =
        storeRuleSet(db, lastYearRules, QDateTime(QDate(year - 1, 3, 1), QTime(9, 0), Qt::UTC));
    RuleSet thisYearRules = defaultRuleSet(year);
    thisYearRules.id = lastYearId; // based on it
    const Id thisYearId = storeRuleSet(db, thisYearRules, QDateTime(QDate(year, 1, 5), QTime(9, 0), Qt::UTC));

    // Rounds: spring, summer and autumn last year, closed; this year's first, open and under way.
    struct RoundPlan {
        int year, number;
        QDate starts, ends;
        Id rules;
        bool closed;
        double deductionFactor, inspectedShare;
    };
    const QDate thisStarts = reference.addDays(-30);
    const std::vector<RoundPlan> plans{
        {year - 1, 1, QDate(year - 1, 4, 1), QDate(year - 1, 4, 30), lastYearId, true, 1.0, 1.0},
        {year - 1, 2, QDate(year - 1, 7, 1), QDate(year - 1, 7, 31), lastYearId, true, 0.8, 1.0},
        {year - 1, 3, QDate(year - 1, 10, 8), QDate(year - 1, 11, 8), lastYearId, true, 0.56, 1.0},
        {year, 1, thisStarts.year() == year ? thisStarts : QDate(year, 1, 1), QDate(year, 12, 31), thisYearId,
         false, 0.7, 0.6},
    };
    const std::optional<RuleSet> rulesOf[2] = {loadRuleSet(db, lastYearId), loadRuleSet(db, thisYearId)};
    auto director =
        prepare(db, "SELECT account FROM workers WHERE role = 'community_director' AND community_id = ?");
    director.bind(communityId);
    const QString closer = director.next() ? director.text(0) : QStringLiteral("admin");
    Statement addRound =
        prepare(db, "INSERT INTO assessment_rounds(community_id, year, number, starts, ends,"
                    " rule_set_id, team, closed_at, closed_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement addInspection =
        prepare(db, "INSERT INTO inspections(round_id, house_id, inspected_on, assessor, score,"
                    " grade, withheld, note, recorded_at) VALUES(?, ?, ?, 'kp01', ?, ?, ?, '', ?)");
    Statement addDeduction =
        prepare(db, "INSERT INTO inspection_deductions(inspection_id, item_id, occurrences,"
                    " points) VALUES(?, ?, ?, ?)");
    for (const RoundPlan& plan : plans) {
        const RuleSet& rules = *rulesOf[plan.rules == lastYearId ? 0 : 1];
        const QDate lastDay = std::min(plan.ends, reference.addDays(-1));
        const Id round =
            addRound
                .bind(communityId, plan.year, plan.number, plan.starts.toString(Qt::ISODate),
                      plan.ends.toString(Qt::ISODate), plan.rules, team(identities),
                      plan.closed
                          ? std::optional<QString>(
                                QDateTime(plan.ends.addDays(3), QTime(16, 0), Qt::UTC).toString(Qt::ISODate))
                          : std::nullopt,
                      plan.closed ? std::optional<QString>(closer) : std::nullopt)
                .insert();
        for (const House& house : houses) {
            if (!random.chance(plan.inspectedShare))
                continue;
            const double target =
                (3 + 30 * (1 - house.quality)) * plan.deductionFactor + random.between(-2, 2);
            const std::vector<Tick> ticks =
                ticksFor(random, rules, target, house.quality < 0.2 ? 0.15 * plan.deductionFactor : 0.01);
            const Assessment scored = assess(rules, ticks).value();
            const QDate day = plan.starts.addDays(random.below(int(plan.starts.daysTo(lastDay)) + 1));
            const Id inspection = addInspection
                                      .bind(round, house.id, day.toString(Qt::ISODate), scored.score,
                                            toString(scored.grade), int(!scored.withholding.isEmpty()),
                                            QDateTime(day, QTime(17, 0), Qt::UTC).toString(Qt::ISODate))
                                      .insert();
            for (size_t i = 0; i < ticks.size(); ++i)
                addDeduction.bind(inspection, ticks[i].itemId, ticks[i].occurrences, scored.pointsOfTicks[i])
                    .run();
        }
    }
}

} // namespace shegong::core::demo
