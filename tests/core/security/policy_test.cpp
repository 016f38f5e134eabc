// The access policy, written out by hand: every role against every permission, and every role against
// the service entry points over a household in the first worker's own area and over one in another
// community. The expected answers are typed here, never computed with the code under test.
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/people/peoplereads.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/people/residentsearch.h"
#include "shegong/core/people/residentservice.h"
#include "shegong/core/security/access.h"
#include "shegong/core/work/eventservice.h"
#include "shegong/core/work/handover.h"
#include "shegong/core/work/visitservice.h"
#include "shegong/core/work/workloadreport.h"

#include <functional>
#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0));
QDateTime fixedNow()
{
    return kNow;
}

// Roles in the order of the columns below.
const Role kRoles[] = {Role::SocialWorker,   Role::CommunityDirector, Role::SubdistrictAdmin,
                       Role::RentalAssessor, Role::Mediator,          Role::Auditor};
const char* const kAccounts[] = {"sg001", "zr01", "admin", "kp01", "tj01", "sj01"};

// N none, O own areas, C own community, S the whole subdistrict.
struct PolicyRow {
    Permission permission;
    const char* name;
    const char* reach; // worker, director, admin, assessor, mediator, auditor
};
const PolicyRow kPolicy[] = {
    {Permission::ViewDistrict, "ViewDistrict", "SSSSSN"},
    {Permission::ViewResidents, "ViewResidents", "OCSSSN"},
    {Permission::EditResidents, "EditResidents", "OCSNNN"},
    {Permission::RevealPersonalData, "RevealPersonalData", "OCSNNN"},
    {Permission::ViewSensitiveTags, "ViewSensitiveTags", "OCSNNN"},
    {Permission::RecordVisits, "RecordVisits", "OCNNNN"},
    {Permission::AnswerForAreas, "AnswerForAreas", "ONNNNN"},
    {Permission::ViewWorkloadReport, "ViewWorkloadReport", "OCSNNN"},
    {Permission::ReassignAreas, "ReassignAreas", "NCSNNN"},
    {Permission::ManageAccounts, "ManageAccounts", "NNSNNN"},
    {Permission::ExportData, "ExportData", "NCSNNN"},
    {Permission::ViewAuditLog, "ViewAuditLog", "NNNNNS"},
    {Permission::GradeRentals, "GradeRentals", "NNSSNN"},
    {Permission::ManageMediation, "ManageMediation", "OCSNSN"},
    {Permission::EditDistrict, "EditDistrict", "NNSNNN"},
    {Permission::SetScoreRules, "SetScoreRules", "NNSNNN"},
    {Permission::ViewRentals, "ViewRentals", "CCSSNN"},
    {Permission::EditRentals, "EditRentals", "OCSNNN"},
    {Permission::ManageRentalRounds, "ManageRentalRounds", "NCSNNN"},
    {Permission::BackupRestore, "BackupRestore", "NNSNNN"},
};

char letter(Reach reach)
{
    switch (reach) {
    case Reach::None:
        return 'N';
    case Reach::Own:
        return 'O';
    case Reach::Community:
        return 'C';
    case Reach::Subdistrict:
        return 'S';
    }
    return '?';
}

TEST(AccessPolicy, EveryRoleHoldsEveryPermissionAsFarAsTheTableSays)
{
    ASSERT_EQ(std::size(kPolicy), size_t(kPermissionCount)) << "a permission without a row here";
    for (const PolicyRow& row : kPolicy)
        for (size_t r = 0; r < std::size(kRoles); ++r)
            EXPECT_EQ(letter(reachOf(kRoles[r], row.permission)), row.reach[r])
                << row.name << " for " << toString(kRoles[r]).toStdString();
}

// The places the entry points act on, found from the raw rows.
struct Place {
    Id area = 0, building = 0, dwelling = 0, household = 0, resident = 0;
    QString name;
    Id worker = 0; //!< the social worker of the area
};

Place placeIn(const Database& db, const std::string& areaCondition, Id areaOrCommunity)
{
    Statement q = prepare(db, "SELECT b.area_id, b.id, d.id, h.id, r.id, r.name,"
                              " (SELECT s.worker_id FROM area_assignments s WHERE s.area_id = b.area_id"
                              "  AND s.ends IS NULL) FROM residents r"
                              " JOIN households h ON h.id = r.household_id"
                              " JOIN dwellings d ON d.id = h.dwelling_id"
                              " JOIN buildings b ON b.id = d.building_id"
                              " JOIN areas a ON a.id = b.area_id WHERE r.moved_out IS NULL"
                              " AND r.phone IS NOT NULL AND " +
                                  areaCondition + " ORDER BY r.id LIMIT 1");
    q.bind(areaOrCommunity);
    EXPECT_TRUE(q.next());
    return {q.integer(0), q.integer(1), q.integer(2), q.integer(3), q.integer(4), q.text(5), q.integer(6)};
}

using EntryPoint = std::function<bool(const Access&, const Place&)>;
struct EntryRow {
    const char* name;
    EntryPoint call;
    const char* inOwnArea;   // worker, director, admin, assessor, mediator, auditor
    const char* inOtherArea; // another area of the worker's community
    const char* inOtherCommunity;
};

bool found(const Access& access, const Place& place)
{
    ResidentQuery query;
    query.text = place.name;
    for (const ResidentRow& row : ResidentSearch(access, kNow.date()).find(query, 0, 500))
        if (row.id == place.resident)
            return true;
    return false;
}

const EntryRow kEntries[] = {
    {"ResidentSearch::find", found, "YYYYYN", "NYYYYN", "NNYYYN"},
    {"ResidentService::update",
     [](const Access& a, const Place& p) {
         const auto resident = ResidentRepository(a.database()).resident(p.resident);
         return resident && ResidentService(a, fixedNow).update(*resident).ok();
     },
     "YYYNNN", "NYYNNN", "NNYNNN"},
    {"ResidentService::addHousehold",
     [](const Access& a, const Place& p) {
         return ResidentService(a, fixedNow).addHousehold(p.dwelling, Tenure::Tenant, kNow.date()).ok();
     },
     "YYYNNN", "NYYNNN", "NNYNNN"},
    {"revealPersonalData",
     [](const Access& a, const Place& p) {
         return revealPersonalData(a, p.resident, PersonalField::Phone, QStringLiteral("核实联系方式")).ok();
     },
     "YYYNNN", "NYYNNN", "NNYNNN"},
    {"VisitService::recordVisit",
     [](const Access& a, const Place& p) {
         Visit v;
         v.householdId = p.household;
         v.visitedOn = kNow.date();
         v.duties = {Duty::Health};
         return VisitService(a, fixedNow).recordVisit(v).ok();
     },
     "YYNNNN", "NYNNNN", "NNNNNN"},
    {"EventService::open",
     [](const Access& a, const Place& p) {
         EventService::NewEvent e;
         e.householdId = p.household;
         e.category = Duty::CivilAffairs;
         e.description = QStringLiteral("低保复核");
         e.dueOn = kNow.date().addDays(7);
         return EventService(a, fixedNow).open(e).ok();
     },
     "YYNNNN", "NYNNNN", "NNNNNN"},
    {"handoverDossier",
     [](const Access& a, const Place& p) { return handoverDossier(a, p.area, kNow.date()).ok(); }, "YYYNNN",
     "NYYNNN", "NNYNNN"},
    {"areaRoster",
     [](const Access& a, const Place& p) {
         for (const AreaRosterRow& row : areaRoster(a, kNow.date()))
             if (row.areaId == p.area)
                 return true;
         return false;
     },
     "NYYNNN", "NYYNNN", "NNYNNN"},
    // Reads: the people of a building, a household's history, the floor view, where a resident lived.
    {"householdsOfBuilding",
     [](const Access& a, const Place& p) { return householdsOfBuilding(a, p.building).ok(); }, "YYYYYN",
     "NYYYYN", "NNYYYN"},
    {"peopleOfBuilding",
     [](const Access& a, const Place& p) { return !peopleOfBuilding(a, p.building).households.empty(); },
     "YYYYYN", "NYYYYN", "NNYYYN"},
    {"residentsOfHousehold",
     [](const Access& a, const Place& p) { return residentsOfHousehold(a, p.household).ok(); }, "YYYYYN",
     "NYYYYN", "NNYYYN"},
    {"VisitService::history",
     [](const Access& a, const Place& p) { return VisitService(a, fixedNow).history(p.household).ok(); },
     "YYYYYN", "NYYYYN", "NNYYYN"},
    {"floorView",
     [](const Access& a, const Place& p) {
         for (const DwellingStatus& s : floorView(a, p.building))
             if (s.state != DwellingState::Undisclosed)
                 return true;
         return false;
     },
     "YYYYYN", "NYYYYN", "NNYYYN"},
    {"ResidentService::residenceHistory",
     [](const Access& a, const Place& p) {
         return ResidentService(a, fixedNow).residenceHistory(p.resident).ok();
     },
     "YYYYYN", "NYYYYN", "NNYYYN"},
    {"buildWorkloadReport (the area worker's row)",
     [](const Access& a, const Place& p) {
         const auto report = buildWorkloadReport(a, 2026, 10);
         if (!report)
             return false;
         for (const WorkerWorkload& w : report->workers)
             if (w.workerId == p.worker)
                 return true;
         return false;
     },
     "YYYNNN", "NYYNNN", "NNYNNN"},
    {"recordsBehind",
     [](const Access& a, const Place& p) { return recordsBehind(a, p.worker, 2026, 10).ok(); }, "YYYNNN",
     "NYYNNN", "NNYNNN"},
};

TEST(AccessPolicy, EveryRoleMeetsEveryEntryPointAsTheTableSays)
{
    test::DemoDistrict district(DemoOptions{8, 0.05, QDate(2026, 11, 1)}, fixedNow);
    const Database& db = district.db();
    const Access first(db, district.login(QStringLiteral("sg001")), fixedNow);
    const Id ownArea = *first.ownAreas().begin();
    const Id community = first.session().worker.communityId.value();
    const Place own = placeIn(db, "a.id = ?", ownArea);
    const Place neighbour = placeIn(
        db,
        "a.community_id = ? AND a.id NOT IN (SELECT area_id FROM area_assignments WHERE worker_id = " +
            std::to_string(first.session().worker.id) + ")",
        community);
    const Place other = placeIn(db, "a.community_id <> ?", community);

    for (const EntryRow& entry : kEntries) {
        for (size_t r = 0; r < std::size(kRoles); ++r) {
            const Access access(db, district.login(QLatin1String(kAccounts[r])), fixedNow);
            ASSERT_EQ(access.session().worker.role, kRoles[r]);
            EXPECT_EQ(entry.call(access, own), entry.inOwnArea[r] == 'Y')
                << entry.name << " as " << kAccounts[r] << " in the worker's own area";
            EXPECT_EQ(entry.call(access, neighbour), entry.inOtherArea[r] == 'Y')
                << entry.name << " as " << kAccounts[r] << " in another area of the worker's community";
            EXPECT_EQ(entry.call(access, other), entry.inOtherCommunity[r] == 'Y')
                << entry.name << " as " << kAccounts[r] << " in another community";
        }
    }
}

// Records are placed by their area: the same answer through a building, a household or a resident.
TEST(AccessPolicy, ARecordIsPlacedByItsArea)
{
    test::DemoDistrict district(DemoOptions{8, 0.05, QDate(2026, 11, 1)}, fixedNow);
    const Access worker(district.db(), district.login(QStringLiteral("sg001")), fixedNow);
    const Place own = placeIn(district.db(), "a.id = ?", *worker.ownAreas().begin());
    for (Record record :
         {Record{RecordKind::Area, own.area}, Record{RecordKind::Dwelling, own.dwelling},
          Record{RecordKind::Household, own.household}, Record{RecordKind::Resident, own.resident}}) {
        EXPECT_TRUE(worker.may(Permission::EditResidents, record)) << int(record.kind);
        EXPECT_EQ(worker.areaOf(record), own.area);
    }
    EXPECT_FALSE(worker.may(Permission::EditResidents, Record{RecordKind::Resident, 99999999}))
        << "a record that does not exist is never allowed";
    EXPECT_FALSE(worker.may(Permission::ManageAccounts, Record{RecordKind::Area, own.area}));
    const Scope scope = worker.scope(Permission::EditResidents);
    EXPECT_EQ(scope.reach, Reach::Own);
    EXPECT_EQ(scope.areas, worker.ownAreas());
}

} // namespace

namespace {

// Special-group status by permission: the floor view and the tag filter, asked of core directly.
TEST(AccessPolicy, SpecialGroupsShowOnlyToRolesThatMaySeeSensitiveTags)
{
    test::DemoDistrict district(DemoOptions{8, 0.05, QDate(2026, 11, 1)}, fixedNow);
    const Database& db = district.db();
    Statement special =
        prepare(db, "SELECT d.building_id, t.tag FROM resident_tags t JOIN tag_kinds k ON k.code ="
                    " t.tag JOIN residents r ON r.id = t.resident_id JOIN households h ON h.id ="
                    " r.household_id JOIN dwellings d ON d.id = h.dwelling_id WHERE k.duty ="
                    " 'special_groups' AND k.sensitive = 1 AND r.moved_out IS NULL"
                    " AND h.moved_out IS NULL LIMIT 1");
    ASSERT_TRUE(special.next());
    const Id building = special.integer(0);
    const QString tag = special.text(1);
    special.reset();
    const auto marked = [&](const Access& access) {
        int n = 0;
        for (const DwellingStatus& s : floorView(access, building))
            n += s.state == DwellingState::SpecialGroupHousehold;
        return n;
    };
    const auto found = [&](const Access& access) {
        ResidentQuery query;
        query.tag = tag;
        return ResidentSearch(access, kNow.date()).count(query);
    };
    const Access admin(db, district.login(QStringLiteral("admin")), fixedNow);
    EXPECT_GT(marked(admin), 0);
    EXPECT_GT(found(admin), 0);
    for (const char* account : {"kp01", "tj01"}) {
        const Access other(db, district.login(QLatin1String(account)), fixedNow);
        EXPECT_EQ(marked(other), 0) << account << ": no special-group cells in the floor view";
        EXPECT_EQ(found(other), 0) << account << ": the sensitive tag filter is refused in core";
    }
}

} // namespace

namespace {

// A write the policy refuses leaves a trace: who tried what, on which record, never the values.
TEST(AccessPolicy, RefusedWritesAreAudited)
{
    test::DemoDistrict district(DemoOptions{8, 0.05, QDate(2026, 11, 1)}, fixedNow);
    const Database& db = district.db();
    const Access worker(db, district.login(QStringLiteral("sg001")), fixedNow);
    const Place other = placeIn(db, "a.community_id <> ?", worker.session().worker.communityId.value());
    const auto refusals = [&] {
        Statement q =
            prepare(db, "SELECT count(*) FROM audit_log WHERE account = 'sg001' AND result = 'refused'");
        q.next();
        return q.integer(0);
    };
    const auto before = refusals();
    Visit v;
    v.householdId = other.household;
    v.visitedOn = kNow.date();
    v.duties = {Duty::Health};
    v.notes = QStringLiteral("看望");
    EXPECT_FALSE(VisitService(worker, fixedNow).recordVisit(v));
    auto resident = ResidentRepository(db).resident(other.resident).value();
    resident.phone = QStringLiteral("13800000000");
    EXPECT_FALSE(ResidentService(worker, fixedNow).update(resident));
    EXPECT_FALSE(ResidentService(worker, fixedNow)
                     .moveIn(other.resident, placeIn(db, "a.id = ?", *worker.ownAreas().begin()).household,
                             kNow.date()));
    EXPECT_EQ(refusals(), before + 3);
    Statement details = prepare(db, "SELECT count(*) FROM audit_log WHERE result = 'refused'"
                                    " AND (details LIKE '%13800000000%' OR details LIKE '%看望%')");
    details.next();
    EXPECT_EQ(details.integer(0), 0) << "never the refused values";
}

} // namespace
