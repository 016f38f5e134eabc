#include "core/storage/sql.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/people/residentservice.h"
#include "testdatabase.h"

#include <gtest/gtest.h>
#include <set>

using namespace shegong;
using namespace shegong::core;

namespace {

class ResidentWrites : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(generateDemoDistrict(t.db(), DemoOptions{23, 0.05, QDate(2026, 11, 1)}));
        setDemoPasswords(t.db());
        AuthSettings fast;
        fast.hashLimits = PasswordHasher::minimumLimits();
        fast.tryingDemo = true; // the demo accounts as `--demo` opens them
        auth = std::make_unique<AuthService>(t.db(), fast, clock);
        access = std::make_unique<Access>(
            t.db(), auth->login(QStringLiteral("sg001"), kDemoPassword, QStringLiteral("PC")).value());
        Statement h = prepare(
            t.db(), "SELECT h.id FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
                    " JOIN buildings b ON b.id = d.building_id WHERE b.area_id = ? ORDER BY h.id LIMIT 2");
        h.bind(*access->ownAreas().begin());
        while (h.next())
            households.push_back(h.integer(0));
        ASSERT_EQ(households.size(), 2u);
    }
    Resident person()
    {
        Resident r;
        r.householdId = households[0];
        r.name = QStringLiteral("沈小云");
        r.idNumber = QStringLiteral("33010419900101002") + QString(idCheckCharacter(u"33010419900101002"));
        r.phone = QStringLiteral("13700001111");
        r.relation = QStringLiteral("other");
        r.movedIn = QDate(2026, 11, 2);
        return r;
    }
    test::TestDatabase t;
    Clock clock = [] { return QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC); };
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<Access> access;
    std::vector<Id> households;
};

} // namespace

TEST_F(ResidentWrites, AddEditMoveOutAndInAreAuditedWithoutPersonalData)
{
    const ResidentService service(*access, clock);
    const Id id = service.add(person()).value();
    Resident edited = *ResidentRepository(t.db()).resident(id);
    edited.name = QStringLiteral("沈晓云");
    edited.phone = QStringLiteral("13700002222");
    ASSERT_TRUE(service.update(edited));
    EXPECT_EQ(ResidentRepository(t.db()).resident(id)->phone, QStringLiteral("13700002222"));
    // A corrected ID number brings its own birth date and gender.
    edited = *ResidentRepository(t.db()).resident(id);
    edited.idNumber = QStringLiteral("33010419850607001") + QString(idCheckCharacter(u"33010419850607001"));
    ASSERT_TRUE(service.update(edited));
    const auto corrected = ResidentRepository(t.db()).resident(id);
    EXPECT_EQ(corrected->birthDate, QDate(1985, 6, 7));
    EXPECT_EQ(corrected->gender, Gender::Male);
    ASSERT_TRUE(service.moveOut(id, QDate(2026, 11, 20)));
    EXPECT_FALSE(service.moveOut(id, QDate(2026, 11, 21))) << "moved out already";
    ASSERT_TRUE(service.moveIn(id, households[1], QDate(2026, 11, 25)));
    const auto after = ResidentRepository(t.db()).resident(id);
    EXPECT_EQ(after->householdId, households[1]);
    EXPECT_FALSE(after->movedOut);

    Statement log = prepare(t.db(), "SELECT count(*), count(*) FILTER (WHERE details LIKE '%13700002222%'"
                                    " OR details LIKE '%33010419900101002%' OR details LIKE "
                                    "'%33010419850607001%') FROM audit_log WHERE object = ?");
    log.bind(QStringLiteral("resident:%1").arg(id));
    log.next();
    EXPECT_EQ(log.integer(0), 5) << "create, two updates, move out, move in";
    EXPECT_EQ(log.integer(1), 0) << "no phone or ID number in the log";
}

TEST_F(ResidentWrites, RefusesDuplicatesBadFieldsAndOtherAreas)
{
    const ResidentService service(*access, clock);
    ASSERT_TRUE(service.add(person()));
    Resident twin = person();
    twin.name = QStringLiteral("沈小雨");
    const auto duplicate = service.add(twin);
    ASSERT_FALSE(duplicate);
    EXPECT_FALSE(duplicate.error().message.contains(QStringLiteral("沈小云"))) << "the holder is never named";
    Resident badPhone = person();
    badPhone.idNumber.reset();
    badPhone.phone = QStringLiteral("123");
    EXPECT_EQ(service.add(badPhone).error().field, QStringLiteral("phone"));

    Statement other =
        prepare(t.db(), "SELECT h.id FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
                        " JOIN buildings b ON b.id = d.building_id WHERE b.area_id <> ? LIMIT 1");
    other.bind(*access->ownAreas().begin());
    other.next();
    Resident elsewhere = person();
    elsewhere.idNumber.reset();
    elsewhere.householdId = other.integer(0);
    other.reset();
    EXPECT_EQ(service.add(elsewhere).error().field, QStringLiteral("household"));
}

TEST_F(ResidentWrites, AFormSeesEveryProblemAtOnce)
{
    const ResidentService service(*access, clock);
    ASSERT_TRUE(service.add(person()));
    Resident bad = person();
    bad.name = QStringLiteral(" ");
    bad.phone = QStringLiteral("12345");
    bad.movedIn = QDate(2026, 12, 24);
    std::set<QString> fields;
    for (const Error& e : service.problems(bad))
        fields.insert(e.field);
    EXPECT_EQ(fields, (std::set<QString>{QStringLiteral("name"), QStringLiteral("id_number"),
                                         QStringLiteral("phone"), QStringLiteral("moved_in")}))
        << "the ID number is someone else's; the rest is malformed";
    bad.idNumber = QStringLiteral("330104199001010021"); // wrong check digit
    EXPECT_EQ(service.problems(bad).size(), 4u);
    EXPECT_TRUE(service.problems(person()).size() == 1u) << "only the duplicate";
}

TEST_F(ResidentWrites, TheResidenceHistoryKeepsEveryMove)
{
    const ResidentService service(*access, clock);
    const Id id = service.add(person()).value();
    ASSERT_TRUE(service.moveIn(id, households[1], QDate(2026, 11, 10))); // moves without moving out first
    EXPECT_FALSE(service.moveIn(id, households[0], QDate(2026, 11, 9))) << "before the current move-in";
    ASSERT_TRUE(service.moveOut(id, QDate(2026, 11, 15)));
    ASSERT_TRUE(service.moveIn(id, households[0], QDate(2026, 11, 20)));
    const auto history = service.residenceHistory(id).value();
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[0].householdId, households[0]);
    EXPECT_FALSE(history[0].movedOut) << "the current residence first";
    EXPECT_EQ(history[0].movedIn, QDate(2026, 11, 20));
    EXPECT_EQ(history[1].householdId, households[1]);
    EXPECT_EQ(history[1].movedOut, QDate(2026, 11, 15));
    EXPECT_EQ(history[2].householdId, households[0]);
    EXPECT_EQ(history[2].movedIn, QDate(2026, 11, 2));
    EXPECT_EQ(history[2].movedOut, QDate(2026, 11, 10));
    EXPECT_FALSE(history[2].address.isEmpty());
}

TEST_F(ResidentWrites, AWholeHouseholdMovesWithItsHistoryAndItsOpenEvents)
{
    // A vacant dwelling in the worker's area, and one in another area of the community.
    const auto vacantIn = [&](const char* areaCondition) {
        Statement q =
            prepare(t.db(), std::string("SELECT d.id, b.area_id FROM dwellings d JOIN buildings b ON"
                                        " b.id = d.building_id WHERE ") +
                                areaCondition +
                                " AND NOT EXISTS(SELECT 1 FROM households h WHERE h.dwelling_id = d.id"
                                " AND h.moved_out IS NULL) ORDER BY d.id LIMIT 1");
        q.bind(*access->ownAreas().begin());
        return q.next() ? std::make_pair(q.integer(0), q.integer(1)) : std::make_pair(Id(0), Id(0));
    };
    const auto [near, ownArea] = vacantIn("b.area_id = ?1");
    const auto [far, otherArea] =
        vacantIn("b.area_id <> ?1 AND b.area_id IN (SELECT id FROM areas WHERE community_id ="
                 " (SELECT community_id FROM areas WHERE id = ?1))");
    ASSERT_NE(near, 0);
    ASSERT_NE(far, 0);
    const Id household = households[0];
    Statement visits = prepare(t.db(), "SELECT count(*) FROM visits WHERE household_id = ?");
    visits.bind(household);
    visits.next();
    const auto visitsBefore = visits.integer(0);
    visits.reset();
    prepare(t.db(), "INSERT INTO events(household_id, category, description, assignee_id, opened_on, due_on)"
                    " VALUES(?, 'health', '随访', ?, '2026-11-20', '2026-12-04')")
        .bind(household, access->session().worker.id)
        .run();

    const ResidentService worker(*access, clock);
    EXPECT_EQ(worker.moveHousehold(household, far, QDate(2026, 11, 25)).error().field,
              QStringLiteral("dwelling"))
        << "another worker's area";
    ASSERT_TRUE(worker.moveHousehold(household, near, QDate(2026, 11, 25)));
    Statement where = prepare(t.db(), "SELECT dwelling_id FROM households WHERE id = ?");
    where.bind(household);
    where.next();
    EXPECT_EQ(where.integer(0), near);
    where.reset();
    visits.bind(household);
    visits.next();
    EXPECT_EQ(visits.integer(0), visitsBefore) << "the visits stay with the household";
    visits.reset();

    // A director moves it on to another area: the open event follows to that area's worker.
    const Access director(t.db(),
                          auth->login(QStringLiteral("zr%1").arg(*access->session().worker.communityId, 2, 10,
                                                                 QLatin1Char('0')),
                                      kDemoPassword, QStringLiteral("PC"))
                              .value());
    ASSERT_TRUE(ResidentService(director, clock).moveHousehold(household, far, QDate(2026, 11, 26)));
    Statement assignee = prepare(
        t.db(), "SELECT count(*) FROM events e JOIN area_assignments s ON s.worker_id = e.assignee_id "
                "AND s.area_id = ?"
                " AND s.ends IS NULL WHERE e.household_id = ? AND e.status <> 'closed'");
    assignee.bind(otherArea, household);
    assignee.next();
    EXPECT_GE(assignee.integer(0), 1);
    Statement moves = prepare(t.db(), "SELECT count(*) FROM household_moves WHERE household_id = ?");
    moves.bind(household);
    moves.next();
    EXPECT_EQ(moves.integer(0), 2);
    EXPECT_FALSE(ResidentService(director, clock).moveHousehold(household, far, QDate(2026, 11, 26)))
        << "already there";
}

TEST_F(ResidentWrites, MovingIntoANewHouseholdIsOneWrite)
{
    const ResidentService service(*access, clock);
    const Id id = service.add(person()).value();
    Statement dwelling =
        prepare(t.db(), "SELECT d.id FROM dwellings d JOIN buildings b ON b.id = d.building_id"
                        " WHERE b.area_id = ? ORDER BY d.id DESC LIMIT 1");
    dwelling.bind(*access->ownAreas().begin());
    dwelling.next();
    const Id target = dwelling.integer(0);
    const auto countHouseholds = [&] {
        Statement q = prepare(t.db(), "SELECT count(*) FROM households");
        q.next();
        return q.integer(0);
    };
    const auto before = countHouseholds();
    // A day before the resident moved in: the move is refused, and the new household with it.
    EXPECT_FALSE(service.moveIntoNewHousehold(id, target, Tenure::Tenant, QDate(2026, 11, 1)));
    EXPECT_EQ(countHouseholds(), before);
    const auto household = service.moveIntoNewHousehold(id, target, Tenure::Tenant, QDate(2026, 11, 24));
    ASSERT_TRUE(household);
    EXPECT_EQ(countHouseholds(), before + 1);
    EXPECT_EQ(ResidentRepository(t.db()).resident(id)->householdId, household.value());
}

// A worker cannot pull a resident of another area into their own (and then reveal the ID number):
// moving needs edit rights over the household left as well as the one joined.
TEST_F(ResidentWrites, MovingSomeoneInNeedsTheHouseholdTheyLeaveToo)
{
    Statement other =
        prepare(t.db(), "SELECT r.id, r.household_id FROM residents r JOIN households h ON h.id ="
                        " r.household_id JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b"
                        " ON b.id = d.building_id WHERE b.area_id <> ? AND r.moved_out IS NULL LIMIT 1");
    other.bind(*access->ownAreas().begin());
    ASSERT_TRUE(other.next());
    const Id stranger = other.integer(0), theirHousehold = other.integer(1);
    other.reset();
    const ResidentService worker(*access, clock);
    const auto countHouseholds = [&] {
        Statement q = prepare(t.db(), "SELECT count(*) FROM households");
        q.next();
        return q.integer(0);
    };
    const auto householdsBefore = countHouseholds();

    const auto pulled = worker.moveIn(stranger, households[0], QDate(2026, 11, 25));
    ASSERT_FALSE(pulled);
    EXPECT_EQ(pulled.error().field, QStringLiteral("resident"));
    Statement dwelling = prepare(t.db(), "SELECT dwelling_id FROM households WHERE id = ?");
    dwelling.bind(households[0]);
    ASSERT_TRUE(dwelling.next());
    const Id ownDwelling = dwelling.integer(0);
    dwelling.reset();
    EXPECT_FALSE(worker.moveIntoNewHousehold(stranger, ownDwelling, Tenure::Tenant, QDate(2026, 11, 25)));
    EXPECT_EQ(ResidentRepository(t.db()).resident(stranger)->householdId, theirHousehold) << "nothing moved";
    EXPECT_EQ(countHouseholds(), householdsBefore) << "no household left behind";
    EXPECT_FALSE(revealPersonalData(*access, stranger, PersonalField::IdNumber, QStringLiteral("核实身份")));
}

// Two workstations open the same resident: the first to save wins; the second is refused with who
// changed it and when, and after reloading saves on top — nothing either of them typed is lost.
TEST_F(ResidentWrites, AnEditOnAVersionChangedSinceIsRefusedNamingWhoChangedIt)
{
    const Id id = ResidentService(*access, clock).add(person()).value();
    const Access office(t.db(),
                        auth->login(QStringLiteral("admin"), kDemoPassword, QStringLiteral("PC-2")).value());
    Resident mine = *ResidentRepository(t.db()).resident(id);
    Resident theirs = mine;
    mine.phone = QStringLiteral("13700003333");
    ASSERT_TRUE(ResidentService(*access, clock).update(mine));
    theirs.occupation = QStringLiteral("快递员");
    const auto refused = ResidentService(office, clock).update(theirs);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("version"));
    EXPECT_TRUE(refused.error().message.contains(access->session().worker.name))
        << refused.error().message.toStdString();
    EXPECT_FALSE(ResidentRepository(t.db()).resident(id)->occupation) << "nothing of the refused edit";
    theirs = *ResidentRepository(t.db()).resident(id);
    theirs.occupation = QStringLiteral("快递员");
    ASSERT_TRUE(ResidentService(office, clock).update(theirs));
    const Resident both = *ResidentRepository(t.db()).resident(id);
    EXPECT_EQ(both.phone, QStringLiteral("13700003333"));
    EXPECT_EQ(both.occupation, QStringLiteral("快递员"));
    // A move is a change too: an edit made before it is refused.
    Resident stale = both;
    ASSERT_TRUE(ResidentService(*access, clock).moveOut(id, QDate(2026, 11, 20)));
    stale.occupation = QStringLiteral("厨师");
    EXPECT_EQ(ResidentService(*access, clock).update(stale).error().field, QStringLiteral("version"));
}
