#include "core/storage/sql.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/work/eventservice.h"
#include "shegong/core/work/visitservice.h"
#include "testdatabase.h"

#include <functional>
#include <gtest/gtest.h>
#include <thread>

using namespace shegong;
using namespace shegong::core;

namespace {

class Events : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(generateDemoDistrict(t.db(), DemoOptions{14, 0.05, QDate(2026, 11, 1)}));
        setDemoPasswords(t.db());
        AuthSettings fast;
        fast.hashLimits = PasswordHasher::minimumLimits();
        fast.tryingDemo = true; // the demo accounts as `--demo` opens them
        auth = std::make_unique<AuthService>(t.db(), fast, clock);
        access = std::make_unique<Access>(
            t.db(), auth->login(QStringLiteral("sg001"), kDemoPassword, QStringLiteral("PC-01")).value());
        events = std::make_unique<EventService>(*access, clock);
        // A fresh event through a follow-up visit.
        Statement h =
            prepare(t.db(), "SELECT h.id FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
                            " JOIN buildings b ON b.id = d.building_id WHERE b.area_id = ? LIMIT 1");
        h.bind(*access->ownAreas().begin());
        ASSERT_TRUE(h.next());
        household = h.integer(0);
        h.reset();
        const Id visit = VisitService(*access, clock)
                             .recordVisit({0,
                                           household,
                                           0,
                                           QDate(2026, 11, 20),
                                           VisitMode::InPerson,
                                           {Duty::CivilAffairs},
                                           QStringLiteral("低保材料不全"),
                                           true,
                                           false})
                             .value();
        Statement e = prepare(t.db(), "SELECT id FROM events WHERE visit_id = ?");
        e.bind(visit);
        e.next();
        event = e.integer(0);
    }

    /*! Another workstation's `step` on the event, checked before this workstation's `status` is committed
        and written after it: the other one reads, then waits behind this one's write lock. */
    Result<void> racedBy(const std::function<Result<void>(const EventService&)>& step, const char* status)
    {
        std::optional<Result<void>> theirs;
        auto hold = std::make_unique<WriteTransaction>(t.db()); // this workstation is saving
        std::thread other([&] {
            auto db = Database::open(t.path());
            const Access there(*db.value(), access->session());
            theirs = step(EventService(there, clock));
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(300)); // the other has checked and waits
        execute(t.db(), "UPDATE events SET status = '" + std::string(status) +
                            "' WHERE id = " + std::to_string(event));
        hold->commit();
        hold.reset();
        other.join();
        return *theirs;
    }

    test::TestDatabase t;
    Clock clock = [] { return QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC); };
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<Access> access;
    std::unique_ptr<EventService> events;
    Id household = 0, event = 0;
};

} // namespace

TEST_F(Events, FollowTheWorkflowAndRefuseOtherSteps)
{
    EXPECT_FALSE(events->advance(event, EventStatus::Closed)) << "open cannot be closed directly";
    ASSERT_TRUE(events->advance(event, EventStatus::InProgress, QStringLiteral("已联系家属")));
    EXPECT_FALSE(events->advance(event, EventStatus::Open)) << "no way back to open";
    ASSERT_TRUE(events->advance(event, EventStatus::Resolved, QStringLiteral("材料已补齐")));
    Statement resolved = prepare(t.db(), "SELECT status, resolved_on FROM events WHERE id = ?");
    resolved.bind(event);
    resolved.next();
    EXPECT_EQ(resolved.text(0), QStringLiteral("resolved"));
    EXPECT_EQ(resolved.text(1), QStringLiteral("2026-11-26"));
    resolved.reset();
    ASSERT_TRUE(events->advance(event, EventStatus::Closed));
    EXPECT_FALSE(events->advance(event, EventStatus::InProgress)) << "closed is final";
    const auto log = events->actions(event);
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(log[0].action, QStringLiteral("in_progress"));
    EXPECT_EQ(log[0].note, QStringLiteral("已联系家属"));
}

TEST_F(Events, EscalateWithAReasonWithinScope)
{
    EXPECT_FALSE(events->escalate(event, EscalationLevel::Community, QStringLiteral("")))
        << "a reason is required";
    ASSERT_TRUE(events->escalate(event, EscalationLevel::Subdistrict, QStringLiteral("涉及多个部门")));
    EXPECT_EQ(events->actions(event).back().action, QStringLiteral("escalate_subdistrict"));
    const Access other(t.db(),
                       auth->login(QStringLiteral("sg002"), kDemoPassword, QStringLiteral("PC-02")).value());
    EXPECT_FALSE(EventService(other, clock).advance(event, EventStatus::InProgress)) << "not their area";
}

TEST_F(Events, OverdueAndTheLongestUnvisitedHouseholds)
{
    const Id worker = access->session().worker.id;
    // Due 14 days after 20 November: not yet overdue on the 26th.
    const auto overdue = events->overdueEvents(worker);
    EXPECT_EQ(std::count(overdue.begin(), overdue.end(), event), 0);
    Statement past =
        prepare(t.db(), "SELECT count(*) FROM events WHERE assignee_id = ? AND status IN ('open',"
                        " 'in_progress') AND due_on < '2026-11-26'");
    past.bind(worker);
    past.next();
    EXPECT_EQ(int64_t(overdue.size()), past.integer(0));
    past.reset();

    const auto longest = events->unvisitedLongest(worker, 500);
    ASSERT_FALSE(longest.empty());
    bool seenOrdinary = false;
    for (size_t i = 0; i < longest.size(); ++i) {
        if (!longest[i].specialGroup)
            seenOrdinary = true;
        else
            EXPECT_FALSE(seenOrdinary) << "special-group households come first";
        if (i > 0 && longest[i].specialGroup == longest[i - 1].specialGroup && longest[i - 1].lastVisit &&
            longest[i].lastVisit) {
            EXPECT_LE(*longest[i - 1].lastVisit, *longest[i].lastVisit) << "longest ago first";
        }
    }
    EXPECT_TRUE(std::none_of(longest.begin(), longest.end(), [&](const OverdueHousehold& o) {
        return o.householdId == household && !o.specialGroup && o.lastVisit == std::nullopt;
    }));
}

TEST_F(Events, OpenedDirectlyForAHouseholdOrOneMemberWithinScope)
{
    Statement member =
        prepare(t.db(), "SELECT id FROM residents WHERE household_id = ? AND moved_out IS NULL LIMIT 1");
    member.bind(household);
    ASSERT_TRUE(member.next());
    const Id resident = member.integer(0);
    member.reset();
    EventService::NewEvent e{
        household, resident, Duty::CivilAffairs, QStringLiteral("申请残疾人补贴"), QDate(2026, 12, 10), {}};
    const auto id = events->open(e);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    Statement row =
        prepare(t.db(), "SELECT assignee_id, resident_id, status, category FROM events WHERE id = ?");
    row.bind(id.value());
    ASSERT_TRUE(row.next());
    EXPECT_EQ(row.integer(0), access->session().worker.id) << "the worker of the household's area";
    EXPECT_EQ(row.integer(1), resident);
    EXPECT_EQ(row.text(2), QStringLiteral("open"));
    EXPECT_EQ(row.text(3), QStringLiteral("civil_affairs"));
    row.reset();
    ASSERT_FALSE(events->actions(id.value()).empty());
    EXPECT_EQ(events->actions(id.value()).front().action, QStringLiteral("open"));

    auto bad = e;
    bad.description = QStringLiteral(" ");
    EXPECT_EQ(events->open(bad).error().field, QStringLiteral("description"));
    bad = e;
    bad.dueOn = QDate(2026, 11, 1);
    EXPECT_EQ(events->open(bad).error().field, QStringLiteral("due_on"));
    Statement stranger = prepare(t.db(), "SELECT id FROM residents WHERE household_id <> ? LIMIT 1");
    stranger.bind(household);
    stranger.next();
    bad = e;
    bad.residentId = stranger.integer(0);
    EXPECT_EQ(events->open(bad).error().field, QStringLiteral("resident"));
    Statement outsider =
        prepare(t.db(), "SELECT id FROM workers WHERE role = 'social_worker' AND community_id <> ?"
                        " LIMIT 1");
    outsider.bind(*access->session().worker.communityId);
    outsider.next();
    bad = e;
    bad.assigneeId = outsider.integer(0);
    EXPECT_EQ(events->open(bad).error().field, QStringLiteral("assignee"));
    Statement elsewhere = prepare(
        t.db(), "SELECT h.id FROM households h JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON"
                " b.id = d.building_id WHERE b.area_id <> ? LIMIT 1");
    elsewhere.bind(*access->ownAreas().begin());
    elsewhere.next();
    bad = e;
    bad.householdId = elsewhere.integer(0);
    bad.residentId.reset();
    EXPECT_EQ(events->open(bad).error().field, QStringLiteral("household"));
}

// Two workstations take the same step at once: the one whose check was made on a status that no
// longer holds when it gets the write lock is refused — no double step, no "before" that lies.
TEST_F(Events, AStepRacingAnotherWorkstationsStepIsRefused)
{
    const auto theirs = racedBy(
        [&](const EventService& s) {
            return s.advance(event, EventStatus::InProgress, QStringLiteral("另一台"));
        },
        "in_progress");
    ASSERT_FALSE(theirs);
    EXPECT_EQ(theirs.error().field, QStringLiteral("status"));
    EXPECT_TRUE(events->actions(event).empty()) << "the refused step left no trace";
}

// The same for an escalation racing another workstation's closing of the event.
TEST_F(Events, AnEscalationRacingAClosingIsRefused)
{
    ASSERT_TRUE(events->advance(event, EventStatus::InProgress));
    ASSERT_TRUE(events->advance(event, EventStatus::Resolved));
    const auto theirs = racedBy(
        [&](const EventService& s) {
            return s.escalate(event, EscalationLevel::Community, QStringLiteral("需要社区协调"));
        },
        "closed");
    ASSERT_FALSE(theirs);
    EXPECT_EQ(theirs.error().field, QStringLiteral("status"));
    EXPECT_EQ(events->actions(event).size(), 2u) << "the two steps, no escalation";
}
