#include "core/storage/sql.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/work/eventservice.h"
#include "shegong/core/work/handover.h"
#include "shegong/core/work/visitservice.h"
#include "shegong/core/work/workerrepository.h"
#include "testdatabase.h"

#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

namespace {

class Handover : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(generateDemoDistrict(t.db(), DemoOptions{21, 0.05, QDate(2026, 11, 1)}));
        setDemoPasswords(t.db());
        AuthSettings fast;
        fast.hashLimits = PasswordHasher::minimumLimits();
        fast.tryingDemo = true; // the demo accounts as `--demo` opens them
        auth = std::make_unique<AuthService>(t.db(), fast, clock);
        outgoing = std::make_unique<Access>(t.db(), login(QStringLiteral("sg001")), clock);
        area = *outgoing->ownAreas().begin();
        Statement q = prepare(t.db(), "SELECT code FROM areas WHERE id = ?");
        q.bind(area);
        q.next();
        areaCode = q.text(0);

        // Two fresh follow-ups in the area; one of them is then closed.
        Statement h = prepare(t.db(), "SELECT h.id FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
                                      " JOIN buildings b ON b.id = d.building_id WHERE b.area_id = ?"
                                      " AND h.moved_out IS NULL ORDER BY h.id LIMIT 2");
        h.bind(area);
        while (h.next())
            households.push_back(h.integer(0));
        ASSERT_EQ(households.size(), 2u);
        const VisitService visits(*outgoing, clock);
        for (const Id household : households)
            ASSERT_TRUE(visits.recordVisit({0,
                                            household,
                                            0,
                                            QDate(2026, 11, 20),
                                            VisitMode::InPerson,
                                            {Duty::Health},
                                            QStringLiteral("血压"),
                                            true,
                                            false}));
        const EventService events(*outgoing, clock);
        closedEvent = eventsOf(households[1]).front();
        ASSERT_TRUE(events.advance(closedEvent, EventStatus::Resolved));
        ASSERT_TRUE(events.advance(closedEvent, EventStatus::Closed));
    }

    Session login(const QString& account)
    {
        return auth->login(account, kDemoPassword, QStringLiteral("PC-01")).value();
    }

    std::vector<Id> eventsOf(Id household)
    {
        Statement q = prepare(t.db(), "SELECT id FROM events WHERE household_id = ? ORDER BY id DESC");
        q.bind(household);
        std::vector<Id> ids;
        while (q.next())
            ids.push_back(q.integer(0));
        return ids;
    }

    //! Assignee accounts of the area's events, split into not closed and closed.
    std::pair<std::set<QString>, std::set<QString>> assignees()
    {
        Statement q = prepare(
            t.db(),
            "SELECT w.account, e.status = 'closed' FROM events e JOIN workers w ON w.id = e.assignee_id"
            " JOIN households h ON h.id = e.household_id JOIN dwellings d ON d.id = h.dwelling_id"
            " JOIN buildings b ON b.id = d.building_id WHERE b.area_id = ?");
        q.bind(area);
        std::pair<std::set<QString>, std::set<QString>> result;
        while (q.next())
            (q.integer(1) ? result.second : result.first).insert(q.text(0));
        return result;
    }

    QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    Clock clock = [this] { return now; };
    test::TestDatabase t;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<Access> outgoing;
    Id area = 0;
    QString areaCode;
    std::vector<Id> households;
    Id closedEvent = 0;
};

TEST_F(Handover, OpenEventsFollowTheAreaAndTheHistoryStays)
{
    const auto historyBefore = VisitService(*outgoing, clock).history(households[0]).value();
    const size_t openBefore = EventService(*outgoing, clock).openEvents(outgoing->session().worker.id).size();
    ASSERT_GE(openBefore, 1u);
    const QString director =
        QStringLiteral("zr%1").arg(*outgoing->session().worker.communityId, 2, 10, QLatin1Char('0'));
    ASSERT_TRUE(auth->assignArea(login(director), QStringLiteral("sg002"), areaCode, QDate(2026, 11, 26)));

    const auto [open, closed] = assignees();
    EXPECT_EQ(open, std::set<QString>{QStringLiteral("sg002")}) << "every event not closed moved";
    EXPECT_TRUE(closed.count(QStringLiteral("sg001"))) << "a closed event keeps who closed it";
    const Access incoming(t.db(), login(QStringLiteral("sg002")), clock);
    EXPECT_TRUE(incoming.ownAreas().count(area));
    EXPECT_EQ(VisitService(incoming, clock).history(households[0])->size(), historyBefore.size());
    const EventService events(incoming, clock);
    const Id moved = eventsOf(households[0]).front();
    const auto log = events.actions(moved);
    ASSERT_FALSE(log.empty());
    EXPECT_EQ(log.back().action, QStringLiteral("handover"));
    EXPECT_EQ(log.back().note, QStringLiteral("sg001 → sg002"));
    EXPECT_TRUE(events.advance(moved, EventStatus::InProgress)) << "the new worker carries on";
    EXPECT_FALSE(EventService(*outgoing, clock).advance(moved, EventStatus::Resolved))
        << "the old session may no longer touch it";
    for (const auto& e : EventService(*outgoing, clock).openEvents(outgoing->session().worker.id))
        EXPECT_NE(e.id, moved);

    Statement audit = prepare(
        t.db(), "SELECT count(*) FROM audit_log WHERE action = 'handover_events' AND object = 'area:' || ?");
    audit.bind(area);
    audit.next();
    EXPECT_EQ(audit.integer(0), 1);
}

TEST_F(Handover, AHandoverDatedAheadWaitsForItsDay)
{
    const Session admin = login(QStringLiteral("admin"));
    ASSERT_TRUE(auth->assignArea(admin, QStringLiteral("sg002"), areaCode, QDate(2026, 12, 1)));
    EXPECT_EQ(assignees().first, std::set<QString>{QStringLiteral("sg001")});
    EXPECT_EQ(WorkerRepository(t.db()).workerOfArea(area, QDate(2026, 11, 30))->account,
              QStringLiteral("sg001"));
    login(QStringLiteral("sg003"));
    EXPECT_EQ(assignees().first, std::set<QString>{QStringLiteral("sg001")})
        << "a login before the day moves nothing";

    now = QDateTime(QDate(2026, 12, 1), QTime(1, 0), Qt::UTC);
    login(QStringLiteral("sg003")); // any login on the day carries the handover out, once
    EXPECT_EQ(assignees().first, std::set<QString>{QStringLiteral("sg002")});
    Statement moves = prepare(t.db(), "SELECT count(*) FROM event_actions WHERE action = 'handover'");
    moves.next();
    const auto once = moves.integer(0);
    moves.reset();
    login(QStringLiteral("sg003"));
    moves.next();
    EXPECT_EQ(moves.integer(0), once);
    EXPECT_EQ(carryOverEvents(t.db(), QDate(2026, 12, 2), clock), 0);
}

TEST_F(Handover, TheDossierListsWhatTheNextWorkerNeeds)
{
    const Session admin = login(QStringLiteral("admin"));
    const Access access(t.db(), admin);
    const auto dossier = handoverDossier(access, area, QDate(2026, 11, 26), clock);
    ASSERT_TRUE(dossier) << dossier.error().message.toStdString();

    Statement counts = prepare(
        t.db(),
        "SELECT count(DISTINCT h.id), count(r.id), count(r.id) FILTER (WHERE r.registration = 'floating')"
        " FROM households h JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
        " LEFT JOIN residents r ON r.household_id = h.id AND r.moved_out IS NULL"
        " WHERE b.area_id = ? AND h.moved_out IS NULL");
    counts.bind(area);
    counts.next();
    EXPECT_EQ(int(dossier->households.size()), counts.integer(0));
    EXPECT_EQ(dossier->residents, counts.integer(1));
    EXPECT_EQ(dossier->floatingResidents, counts.integer(2));
    EXPECT_EQ(dossier->areaCode, areaCode);
    ASSERT_FALSE(dossier->assignments.empty());
    EXPECT_EQ(dossier->assignments.back().account, QStringLiteral("sg001"));
    EXPECT_EQ(dossier->leaders.size(), 3u) << "一片三长";

    // The open events are exactly the area's events not closed; the closed one is not among them.
    const auto [open, closed] = assignees();
    Statement notClosed = prepare(
        t.db(),
        "SELECT count(*) FROM events e JOIN households h ON h.id = e.household_id JOIN dwellings d ON"
        " d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id WHERE b.area_id = ? AND e.status <> "
        "'closed'");
    notClosed.bind(area);
    notClosed.next();
    EXPECT_EQ(int(dossier->openEvents.size()), notClosed.integer(0));
    for (const auto& e : dossier->openEvents)
        EXPECT_NE(e.id, closedEvent);

    // The visit recorded in setUp is the household's last one, by its worker.
    const auto first = std::find_if(dossier->households.begin(), dossier->households.end(),
                                    [&](const auto& h) { return h.id == households[0]; });
    ASSERT_NE(first, dossier->households.end());
    EXPECT_EQ(first->lastVisit, QDate(2026, 11, 20));
    EXPECT_EQ(first->lastVisitor, outgoing->session().worker.name);
    EXPECT_GE(first->openEvents, 1);

    // Special groups: every resident with a sensitive tag, and tag names only.
    Statement tagged = prepare(
        t.db(), "SELECT count(DISTINCT r.id) FROM residents r JOIN resident_tags t ON t.resident_id = r.id"
                " JOIN tag_kinds k ON k.code = t.tag JOIN households h ON h.id = r.household_id"
                " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
                " WHERE b.area_id = ? AND k.sensitive = 1 AND r.moved_out IS NULL AND h.moved_out IS NULL");
    tagged.bind(area);
    tagged.next();
    EXPECT_TRUE(dossier->sensitiveShown);
    EXPECT_EQ(int(dossier->specialGroups.size()), tagged.integer(0));

    Statement printed =
        prepare(t.db(), "SELECT count(*) FROM audit_log WHERE action = 'print' AND object = 'area:' || ?");
    printed.bind(area);
    printed.next();
    EXPECT_EQ(printed.integer(0), 1);
}

TEST_F(Handover, TheDossierStaysInsideTheScope)
{
    Statement other = prepare(t.db(), "SELECT a.id FROM areas a WHERE a.community_id <> ? LIMIT 1");
    other.bind(*outgoing->session().worker.communityId);
    ASSERT_TRUE(other.next());
    const Id foreign = other.integer(0);
    EXPECT_FALSE(handoverDossier(*outgoing, foreign, QDate(2026, 11, 26), clock));
    EXPECT_TRUE(handoverDossier(*outgoing, area, QDate(2026, 11, 26), clock)) << "a worker's own area";
    const Access mediator(t.db(), login(QStringLiteral("tj01")));
    EXPECT_FALSE(handoverDossier(mediator, area, QDate(2026, 11, 26), clock));
    EXPECT_FALSE(
        handoverDossier(Access(t.db(), login(QStringLiteral("admin"))), 999999, QDate(2026, 11, 26), clock));
}

} // namespace

namespace {

TEST_F(Handover, TheRosterShowsWhoHoldsEachAreaAndWhoIsNext)
{
    const Access director(t.db(), login(QStringLiteral("zr%1").arg(*outgoing->session().worker.communityId, 2,
                                                                   10, QLatin1Char('0'))));
    const auto before = areaRoster(director, QDate(2026, 11, 26));
    ASSERT_FALSE(before.empty());
    Statement areas = prepare(t.db(), "SELECT count(*) FROM areas WHERE community_id = ?");
    areas.bind(*outgoing->session().worker.communityId);
    areas.next();
    EXPECT_EQ(int(before.size()), areas.integer(0)) << "a director sees their community's areas";
    const auto own =
        std::find_if(before.begin(), before.end(), [&](const auto& r) { return r.areaId == area; });
    ASSERT_NE(own, before.end());
    EXPECT_EQ(own->account, QStringLiteral("sg001"));
    EXPECT_TRUE(own->nextWorker.isEmpty());
    EXPECT_GE(own->openEvents, 1);

    ASSERT_TRUE(auth->assignArea(director.session(), QStringLiteral("sg002"), areaCode, QDate(2026, 12, 1)));
    const auto after = areaRoster(director, QDate(2026, 11, 26));
    const auto changed =
        std::find_if(after.begin(), after.end(), [&](const auto& r) { return r.areaId == area; });
    EXPECT_EQ(changed->account, QStringLiteral("sg001")) << "still sg001's until the day";
    EXPECT_EQ(changed->nextFrom, QDate(2026, 12, 1));
    EXPECT_FALSE(changed->nextWorker.isEmpty());
    EXPECT_EQ(after.size(), before.size()) << "one row per area";

    EXPECT_EQ(areaRoster(Access(t.db(), login(QStringLiteral("admin"))), QDate(2026, 11, 26)).size(), 108u);
    EXPECT_TRUE(areaRoster(*outgoing, QDate(2026, 11, 26)).empty()) << "workers do not reassign";
    for (const Worker& w : eligibleWorkers(t.db(), *outgoing->session().worker.communityId)) {
        EXPECT_EQ(w.role, Role::SocialWorker);
        EXPECT_TRUE(w.active);
    }
}

} // namespace
