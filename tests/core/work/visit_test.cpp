#include "core/storage/sql.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/work/visitservice.h"
#include "testdatabase.h"

#include <gtest/gtest.h>
#include <set>

using namespace shegong;
using namespace shegong::core;

namespace {

class Visits : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(generateDemoDistrict(t.db(), DemoOptions{8, 0.05, QDate(2026, 11, 1)}));
        setDemoPasswords(t.db());
        AuthSettings fast;
        fast.hashLimits = PasswordHasher::minimumLimits();
        fast.tryingDemo = true; // the demo accounts as `--demo` opens them
        auth = std::make_unique<AuthService>(t.db(), fast, clock);
        worker = auth->login(QStringLiteral("sg001"), kDemoPassword, QStringLiteral("PC-01")).value();
        access = std::make_unique<Access>(t.db(), worker, clock);
        visits = std::make_unique<VisitService>(*access, clock);
        ASSERT_FALSE(access->ownAreas().empty());
        const Id area = *access->ownAreas().begin();
        Statement q = prepare(t.db(), "SELECT h.id, EXISTS(SELECT 1 FROM residents r WHERE r.household_id = "
                                      "h.id AND r.registration = 'floating')"
                                      " FROM households h JOIN dwellings d ON d.id = h.dwelling_id JOIN "
                                      "buildings b ON b.id = d.building_id"
                                      " WHERE b.area_id = ? ORDER BY h.id");
        q.bind(area);
        while (q.next())
            (q.integer(1) ? floating : local).push_back(q.integer(0));
        ASSERT_GE(local.size(), 3u);
        ASSERT_GE(floating.size(), 1u);
    }

    //! Distinct households and visits of the worker in a month, counted here from the raw rows.
    std::pair<int, int> countFromRows(int year, int month)
    {
        Statement q = prepare(t.db(), "SELECT household_id, visited_on FROM visits WHERE worker_id = ?");
        q.bind(worker.worker.id);
        std::set<Id> households;
        int all = 0;
        while (q.next()) {
            const QDate day = QDate::fromString(q.text(1), Qt::ISODate);
            if (day.year() == year && day.month() == month) {
                households.insert(q.integer(0));
                ++all;
            }
        }
        return {int(households.size()), all};
    }

    Result<Id> visit(Id household, QDate day, bool followUp = false)
    {
        Visit v;
        v.householdId = household;
        v.visitedOn = day;
        v.duties = {Duty::Health};
        v.notes = QStringLiteral("血压偏高");
        v.followUp = followUp;
        return visits->recordVisit(v);
    }

    test::TestDatabase t;
    Clock clock = [] { return QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC); };
    std::unique_ptr<AuthService> auth;
    Session worker;
    std::unique_ptr<Access> access;
    std::unique_ptr<VisitService> visits;
    std::vector<Id> local, floating;
};

} // namespace

TEST_F(Visits, QuotaCountsDistinctHouseholdsWithinTheMonth)
{
    const MonthlyQuota before = visits->monthlyQuota(worker.worker.id, 2026, 11);
    ASSERT_TRUE(visit(local[0], QDate(2026, 11, 2)));
    ASSERT_TRUE(visit(local[0], QDate(2026, 11, 20))); // the same door twice counts once
    ASSERT_TRUE(visit(local[1], QDate(2026, 11, 1)));  // first day of the month
    ASSERT_TRUE(visit(local[2], QDate(2026, 10, 31))); // last day of the month before
    ASSERT_TRUE(visit(floating[0], QDate(2026, 11, 26)));

    const MonthlyQuota november = visits->monthlyQuota(worker.worker.id, 2026, 11);
    const auto [households, all] = countFromRows(2026, 11);
    EXPECT_EQ(november.households, households);
    EXPECT_EQ(november.visits, all);
    EXPECT_EQ(november.visits, before.visits + 4);
    EXPECT_LE(november.households, before.households + 3);
    EXPECT_GE(november.floatingHouseholds, 1);
    EXPECT_EQ(visits->monthlyQuota(worker.worker.id, 2026, 10).households, countFromRows(2026, 10).first);
    EXPECT_EQ(november.met(), november.households >= 20);
}

TEST_F(Visits, RefusesFutureDaysOtherAreasAndOtherRoles)
{
    EXPECT_EQ(visit(local[0], QDate(2026, 11, 27)).error().field, QStringLiteral("visited_on"));
    Visit none;
    none.householdId = local[0];
    none.visitedOn = QDate(2026, 11, 26);
    EXPECT_EQ(visits->recordVisit(none).error().field, QStringLiteral("duties"));

    Statement other =
        prepare(t.db(), "SELECT h.id FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
                        " JOIN buildings b ON b.id = d.building_id WHERE b.area_id <> ? LIMIT 1");
    other.bind(*access->ownAreas().begin());
    ASSERT_TRUE(other.next());
    EXPECT_EQ(visit(other.integer(0), QDate(2026, 11, 26)).error().field, QStringLiteral("household"));
    other.reset();

    const Access mediator(
        t.db(), auth->login(QStringLiteral("tj01"), kDemoPassword, QStringLiteral("PC-01")).value());
    EXPECT_FALSE(
        VisitService(mediator, clock)
            .recordVisit(Visit{
                0, local[0], 0, QDate(2026, 11, 26), VisitMode::Phone, {Duty::Health}, {}, false, false}));
}

TEST_F(Visits, FollowUpOpensAnEventAndHistoryStaysWithTheHousehold)
{
    const Id id = visit(local[0], QDate(2026, 11, 25), true).value();
    const auto history = visits->history(local[0]).value();
    ASSERT_GE(history.size(), 2u);
    EXPECT_EQ(history.front().day, QDate(2026, 11, 25));
    for (size_t i = 1; i < history.size(); ++i)
        EXPECT_GE(history[i - 1].day, history[i].day) << "newest first";
    Statement event = prepare(t.db(), "SELECT category, status, due_on FROM events WHERE visit_id = ?");
    event.bind(id);
    ASSERT_TRUE(event.next());
    EXPECT_EQ(event.text(0), QStringLiteral("health"));
    EXPECT_EQ(event.text(1), QStringLiteral("open"));
    EXPECT_EQ(event.text(2), QStringLiteral("2026-12-09"));
    event.reset();

    // Handover: another worker takes the area and sees the same history.
    const Session admin =
        auth->login(QStringLiteral("admin"), kDemoPassword, QStringLiteral("PC-01")).value();
    const Id area = *access->ownAreas().begin();
    Statement code = prepare(t.db(), "SELECT code FROM areas WHERE id = ?");
    code.bind(area);
    code.next();
    ASSERT_TRUE(auth->assignArea(admin, QStringLiteral("sg002"), code.text(0), QDate(2026, 11, 26)));
    code.reset();
    const Access successor(
        t.db(), auth->login(QStringLiteral("sg002"), kDemoPassword, QStringLiteral("PC-02")).value(), clock);
    EXPECT_EQ(VisitService(successor, clock).history(local[0])->size(), history.size());
    EXPECT_TRUE(successor.mayEditArea(area));
    EXPECT_FALSE(access->mayEditArea(area)) << "the handover takes effect in the running session";
}
