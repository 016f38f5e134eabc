#include "shegong/core/demo/demogenerator.h"

#include "core/storage/sql.h"
#include "identities.h"
#include "layout.h"
#include "mediationdemo.h"
#include "population.h"
#include "random.h"
#include "rentals.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/security/passwordhasher.h"
#include "shegong/core/storage/database.h"
#include "shegong/core/work/handover.h"
#include "shegong/core/work/workerrepository.h"

#include <QCoreApplication>
#include <set>

namespace shegong::core {
namespace {

struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

using demo::HouseholdKind;

void populateBuilding(const DistrictRepository& district, demo::Population& population, demo::Random& random,
                      const demo::PlannedBuilding& planned, Id buildingId, CommunityKind communityKind)
{
    const Building& b = planned.building;
    const auto addDwelling = [&](int stairwell, int floor, int unit, DwellingUse use) {
        return district.add(
            Dwelling{0, buildingId, stairwell, floor, QString::number(floor * 100 + unit), use});
    };
    if (b.kind == BuildingKind::Apartment) {
        for (int s = 1; s <= planned.stairwells; ++s) {
            for (int f = 1; f <= b.floors; ++f) {
                for (int u = 1; u <= planned.unitsPerFloor; ++u) {
                    const Id dwelling = addDwelling(s, f, u, DwellingUse::Residence);
                    if (random.chance(0.06))
                        continue; // vacant
                    if (random.chance(0.82))
                        population.addHousehold(dwelling, HouseholdKind::LocalFamily, Tenure::Owner);
                    else
                        population.addHousehold(dwelling,
                                                random.chance(0.8) ? HouseholdKind::FloatingTenants
                                                                   : HouseholdKind::LocalFamily,
                                                Tenure::Tenant);
                }
            }
        }
        return;
    }
    // Private house: the owner's family on the ground floor.
    const Id home = addDwelling(1, 1, 1, DwellingUse::Residence);
    const bool village = communityKind == CommunityKind::UrbanVillage;
    population.addHousehold(home, village ? HouseholdKind::LandlordFamily : HouseholdKind::ElderlyFamily,
                            Tenure::Owner);
    if (village) {
        // Rooms let to migrant tenants on the floors above.
        const int upper = b.floors - 1;
        for (int i = 0; i < planned.rentalRooms; ++i) {
            const int floor = 2 + i % upper, unit = i / upper + 1;
            const Id room = addDwelling(1, floor, unit, DwellingUse::RentalRoom);
            if (!random.chance(0.11))
                population.addHousehold(room, HouseholdKind::FloatingTenants, Tenure::Tenant);
        }
        return;
    }
    for (int f = 2; f <= b.floors; ++f) {
        const Id upstairs = addDwelling(1, f, 1, DwellingUse::Residence);
        if (random.chance(0.5))
            population.addHousehold(upstairs, HouseholdKind::LocalFamily, Tenure::Owner);
        else if (random.chance(0.8))
            population.addHousehold(upstairs, HouseholdKind::FloatingTenants, Tenure::Tenant);
    }
}

//! Returns the current worker of each area, in the order of `areasWithCommunity`.
std::vector<Id> addWorkers(const WorkerRepository& workers, demo::Identities& identities,
                           demo::Random& random, const std::vector<std::pair<Id, Id>>& areasWithCommunity,
                           const std::vector<Id>& communityIds, const std::vector<Id>& firstBuildingOfArea,
                           QDate reference)
{
    std::vector<Id> currentWorkers;
    const auto person = [&](const QString& account, Role role, std::optional<Id> community,
                            bool active = true) {
        const Gender g = random.chance(0.7) ? Gender::Female : Gender::Male;
        return workers.add(
            Worker{0, account, identities.name(g), role, community, identities.phone(), active});
    };
    person(QStringLiteral("admin"), Role::SubdistrictAdmin, std::nullopt);
    person(QStringLiteral("kp01"), Role::RentalAssessor, std::nullopt);
    person(QStringLiteral("tj01"), Role::Mediator, std::nullopt);
    person(QStringLiteral("sj01"), Role::Auditor, std::nullopt);
    for (size_t c = 0; c < communityIds.size(); ++c)
        person(QStringLiteral("zr%1").arg(c + 1, 2, 10, QLatin1Char('0')), Role::CommunityDirector,
               communityIds[c]);

    const QDate established(2024, 3, 1);
    const QDate handover = reference.addMonths(-7);
    for (size_t i = 0; i < areasWithCommunity.size(); ++i) {
        const auto [areaId, communityId] = areasWithCommunity[i];
        const QString account = QStringLiteral("sg%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        const Id current = person(account, Role::SocialWorker, communityId);
        currentWorkers.push_back(current);
        if (i % 9 == 4) {
            // One area in nine changed hands: the previous worker left, the history stays.
            const Id previous = person(QStringLiteral("sg%1").arg(i + 501, 3, 10, QLatin1Char('0')),
                                       Role::SocialWorker, communityId, false);
            workers.add(AreaAssignment{0, areaId, previous, established, handover.addDays(-1), std::nullopt});
            workers.add(AreaAssignment{0, areaId, current, handover, std::nullopt, std::nullopt});
        } else {
            workers.add(AreaAssignment{0, areaId, current, established, std::nullopt, std::nullopt});
        }
        workers.add(AreaLeader{0, areaId, LeaderRole::PartyGroup, identities.name(Gender::Male),
                               identities.phone(), std::nullopt});
        const Id building = firstBuildingOfArea[i];
        workers.add(AreaLeader{0, areaId, LeaderRole::Building, identities.name(Gender::Female),
                               identities.phone(), building ? std::optional<Id>(building) : std::nullopt});
        workers.add(AreaLeader{0, areaId, LeaderRole::Retiree, identities.name(Gender::Male),
                               identities.phone(), std::nullopt});
    }
    return currentWorkers;
}

/*! Six months of visits up to the reference day: most workers keep their 20 households a month,
    about one in five falls short; some households get two visits; one visit in ten opens an event. */
void addVisits(const Database& db, demo::Random& random, QDate reference,
               const std::vector<std::pair<Id, Id>>& areasWithCommunity,
               const std::vector<Id>& currentWorkers)
{
    static const char* const kModes[] = {"in_person", "in_person", "in_person", "phone", "wechat", "other"};
    static const char* const kDuties[] = {"mediation",         "family_planning", "health",
                                          "culture_education", "civil_affairs",   "special_groups"};
    Statement households = prepare(
        db,
        "SELECT h.id, EXISTS(SELECT 1 FROM residents r WHERE r.household_id = h.id AND r.registration = "
        "'floating')"
        " FROM households h JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
        " WHERE b.area_id = ? AND h.moved_out IS NULL ORDER BY h.id");
    Statement visit =
        prepare(db, "INSERT INTO visits(household_id, worker_id, visited_on, recorded_at, mode, duties,"
                    " notes, floating) VALUES(?, ?, ?, ?, ?, ?, '', ?)");
    Statement event =
        prepare(db, "INSERT INTO events(household_id, category, description, assignee_id, status,"
                    " opened_on, due_on, visit_id, resolved_on) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement action =
        prepare(db, "INSERT INTO event_actions(event_id, worker_id, at, action) VALUES(?, ?, ?, ?)");
    // What a visit typically turns up, by duty (一岗六责).
    static const char* const kMatters[6][3] = {
        {"邻里噪音纠纷，约双方协商", "楼道堆物引发争执", "租赁押金纠纷，需调解"},
        {"育龄妇女随访，提供政策咨询", "新生儿登记材料待补", "流动人口婚育证明待办"},
        {"独居老人血压偏高，需定期随访", "慢性病患者复诊提醒", "残疾人康复需求登记"},
        {"学龄儿童入学咨询", "社区文化活动报名", "闲散青少年就业培训推荐"},
        {"低保年审材料不全", "高龄津贴申请", "临时救助申请"},
        {"社区矫正人员月度走访", "刑释人员就业帮扶", "重点人员情况核实"}};
    for (size_t a = 0; a < areasWithCommunity.size(); ++a) {
        std::vector<std::pair<Id, bool>> pool;
        households.bind(areasWithCommunity[a].first);
        while (households.next())
            pool.emplace_back(households.integer(0), households.integer(1) != 0);
        if (pool.empty())
            continue;
        const bool diligent = random.chance(0.8);
        for (int back = 5; back >= 0; --back) {
            const QDate first = QDate(reference.year(), reference.month(), 1).addMonths(-back);
            const int lastDay = back == 0 ? reference.day() : first.daysInMonth();
            int target = diligent ? random.between(20, 28) : random.between(9, 18);
            if (back == 0)
                target = target * lastDay / first.daysInMonth(); // this month is not over yet
            std::set<size_t> chosen;
            while (int(chosen.size()) < std::min<int>(target, int(pool.size())))
                chosen.insert(size_t(random.below(int(pool.size()))));
            for (size_t pick : chosen) {
                const auto& [household, floating] = pool[pick];
                const int repeats = random.chance(0.06) ? 2 : 1;
                for (int r = 0; r < repeats; ++r) {
                    const QDate day = first.addDays(random.below(lastDay));
                    const QString dayText = day.toString(Qt::ISODate);
                    const Id id =
                        visit
                            .bind(household, currentWorkers[a], dayText,
                                  day.startOfDay(Qt::UTC)
                                      .addSecs(3600 * random.between(9, 17))
                                      .toString(Qt::ISODate),
                                  kModes[random.below(6)], kDuties[random.below(6)], floating ? 1 : 0)
                            .insert();
                    if (random.chance(0.1)) {
                        // Most events are settled within a few weeks; the recent ones are still open.
                        const QDate settled = day.addDays(random.between(2, 25));
                        const bool done = settled < reference && random.chance(0.8);
                        const char* status = done ? (random.chance(0.7) ? "closed" : "resolved")
                                                  : (random.chance(0.5) ? "open" : "in_progress");
                        const int duty = random.below(6);
                        const Id eventId =
                            event
                                .bind(household, kDuties[duty],
                                      QString::fromUtf8(kMatters[duty][household % 3]), currentWorkers[a],
                                      status, dayText, day.addDays(14).toString(Qt::ISODate), id,
                                      done ? std::optional<QString>(settled.toString(Qt::ISODate))
                                           : std::nullopt)
                                .insert();
                        // Its log: opened on the visit, then the steps its status implies.
                        const auto step = [&](QDate on, const char* what) {
                            action
                                .bind(eventId, currentWorkers[a],
                                      on.startOfDay(Qt::UTC).addSecs(8 * 3600).toString(Qt::ISODate), what)
                                .run();
                        };
                        step(day, "open");
                        if (QLatin1String(status) != QLatin1String("open"))
                            step(day.addDays(1), "in_progress");
                        if (done)
                            step(settled, "resolved");
                        if (QLatin1String(status) == QLatin1String("closed"))
                            step(settled.addDays(2), "closed");
                    }
                }
            }
        }
    }
}

} // namespace

Result<DistrictStats> generateDemoDistrict(const Database& db, const DemoOptions& options)
{
    if (options.scale <= 0 || options.scale > 50)
        return Error{QStringLiteral("scale"), DemoText::tr("Scale: must be above 0 and at most 50")};
    if (districtStats(db).communities > 0)
        return Error{QStringLiteral("database"), DemoText::tr("The database already holds a district")};

    demo::Random random(options.seed);
    demo::Identities identities(random);
    const DistrictRepository district(db);
    const ResidentRepository residents(db);
    const WorkerRepository workers(db);
    demo::Population population(random, identities, residents, options.referenceDate);

    try {
        WriteTransaction transaction(db);
        db.setMeta(QStringLiteral("subdistrict_name"), QStringLiteral("和安街道"));
        db.setMeta(QStringLiteral("demo"), QStringLiteral("1"));
        db.setMeta(QStringLiteral("demo_seed"), QString::number(options.seed));
        db.setMeta(
            QStringLiteral("map_origin"),
            QStringLiteral("%1,%2").arg(kDemoOriginLongitude, 0, 'f', 4).arg(kDemoOriginLatitude, 0, 'f', 4));

        std::vector<std::pair<Id, Id>> areasWithCommunity;
        std::vector<Id> communityIds, firstBuildingOfArea;
        for (demo::PlannedCommunity& planned : demo::planDistrict(random, options.scale)) {
            const Id communityId = district.add(planned.community);
            communityIds.push_back(communityId);
            std::vector<Id> laneIds;
            for (Lane& lane : planned.lanes) {
                lane.communityId = communityId;
                laneIds.push_back(district.add(lane));
            }
            for (demo::PlannedArea& area : planned.areas) {
                area.area.communityId = communityId;
                const Id areaId = district.add(area.area);
                areasWithCommunity.emplace_back(areaId, communityId);
                firstBuildingOfArea.push_back(0);
                for (demo::PlannedBuilding& building : area.buildings) {
                    building.building.areaId = areaId;
                    if (building.laneIndex >= 0)
                        building.building.laneId = laneIds[size_t(building.laneIndex)];
                    const Id buildingId = district.add(building.building);
                    if (!firstBuildingOfArea.back())
                        firstBuildingOfArea.back() = buildingId;
                    populateBuilding(district, population, random, building, buildingId,
                                     planned.community.kind);
                }
            }
        }
        const std::vector<Id> currentWorkers =
            addWorkers(workers, identities, random, areasWithCommunity, communityIds, firstBuildingOfArea,
                       options.referenceDate);
        refreshPlannerStatistics(db);
        addVisits(db, random, options.referenceDate, areasWithCommunity, currentWorkers);
        demo::addRentals(db, random, identities, options.referenceDate);
        demo::addMediation(db, random, identities, options.referenceDate, options.scale);
        carryOverEvents(db, options.referenceDate,
                        [day = options.referenceDate] { return QDateTime(day, QTime(8, 0), Qt::UTC); });
        transaction.commit();
    } catch (const std::exception& e) {
        return Error{
            QStringLiteral("database"),
            DemoText::tr("The demo district could not be written: %1").arg(QString::fromUtf8(e.what()))};
    }
    return districtStats(db);
}

} // namespace shegong::core

namespace shegong::core {

void setDemoPasswords(const Database& db)
{
    const PasswordHasher quick(PasswordHasher::minimumLimits());
    WriteTransaction transaction(db);
    // Known to everyone who read the README: marked so, to be changed at first login unless the demo is
    // being tried (--demo, AuthSettings::tryingDemo).
    Statement update =
        prepare(db, "UPDATE workers SET password_hash = ?, must_change_password = 1, demo_password = 1,"
                    " password_changed_at = ? WHERE id = ?");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Worker& w : WorkerRepository(db).workers())
        update.bind(quick.hash(QString(kDemoPassword)), now, w.id).run();
    transaction.commit();
}

} // namespace shegong::core
