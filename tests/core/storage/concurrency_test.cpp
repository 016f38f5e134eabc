// Work on more than one thread, as the application does it: the registry's search runs on its own
// thread with its own read-only connection while the window's connection writes. Run under
// ThreadSanitizer by scripts/test-sanitizers.sh (the tsan preset); here it also checks the answers.
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/people/residentsearch.h"
#include "shegong/core/people/residentservice.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"

#include <atomic>
#include <cstdio>
#include <gtest/gtest.h>
#include <thread>

using namespace shegong;
using namespace shegong::core;

TEST(Concurrency, TheSearchThreadReadsWhileTheWindowWrites)
{
    test::DemoDistrict district(DemoOptions{3, 0.05, QDate(2026, 11, 1)});
    const Session admin = test::sessionFor(district.db(), QStringLiteral("admin"));
    const QString path = district.db().path();
    std::atomic<bool> writing{true};
    std::atomic<int> searches{0};
    int firstCount = -1;
    bool steady = true;
    std::thread searcher([&] {
        // What BackgroundSearch's worker does: its own connection, opened on its thread.
        auto reader = Database::openReader(path);
        ASSERT_TRUE(reader);
        const Access access(*reader.value(), admin);
        const ResidentSearch search(access, QDate(2026, 11, 1));
        ResidentQuery query;
        query.text = QStringLiteral("王");
        while (writing || searches < 5) {
            const int n = search.count(query);
            const auto rows = search.find(query, 0, 50);
            if (firstCount < 0)
                firstCount = n;
            steady = steady && n == firstCount && !rows.empty();
            ++searches;
        }
    });
    const Access window(district.db(), admin);
    for (int i = 0; i < 40; ++i) {
        WriteTransaction write(district.db());
        prepare(district.db(), "UPDATE residents SET occupation = ? WHERE id % 50 = ?")
            .bind(QString::number(i), i % 50)
            .run();
        write.commit();
        AuditLog(district.db())
            .append({admin.worker.account,
                     admin.workstation,
                     QStringLiteral("update"),
                     QStringLiteral("resident:%1").arg(i),
                     QStringLiteral("ok"),
                     {}});
    }
    writing = false;
    searcher.join();
    EXPECT_GE(searches.load(), 5);
    EXPECT_GT(firstCount, 0);
    EXPECT_TRUE(steady) << "the names searched for were not changed: every search gave the same answer";
    EXPECT_TRUE(AuditLog(district.db()).verify().ok);
}

// Two workstations edit the same resident 500 times each, every edit read-modify-write on its own
// connection (a counter in the occupation field): a refused edit reloads and tries again. With lost
// updates the counter would end below 1,000.
TEST(Concurrency, AThousandEditPairsLoseNoUpdate)
{
    test::DemoDistrict district(DemoOptions{3, 0.05, QDate(2026, 11, 1)});
    const Session admin = test::sessionFor(district.db(), QStringLiteral("admin"));
    Statement pick =
        prepare(district.db(), "SELECT id FROM residents WHERE moved_out IS NULL ORDER BY id LIMIT 1");
    ASSERT_TRUE(pick.next());
    const Id id = pick.integer(0);
    pick.reset(); // no read left open: it would keep this connection on the old snapshot
    constexpr int kEdits = 500;
    std::atomic<int> refusals{0};
    const auto workstation = [&](const QString& name) {
        auto db = Database::open(district.db().path());
        ASSERT_TRUE(db);
        Session session = admin;
        session.workstation = name;
        const Access access(*db.value(), session);
        const ResidentService service(access);
        for (int done = 0; done < kEdits;) {
            Resident r = *ResidentRepository(*db.value()).resident(id);
            r.occupation = QString::number(r.occupation.value_or(QStringLiteral("0")).toInt() + 1);
            const auto saved = service.update(r);
            if (saved)
                ++done;
            else if (saved.error().field == QLatin1String("version"))
                ++refusals;
            else
                FAIL() << saved.error().message.toStdString();
        }
    };
    std::thread first(workstation, QStringLiteral("PC-1"));
    std::thread second(workstation, QStringLiteral("PC-2"));
    first.join();
    second.join();
    const Resident after = *ResidentRepository(district.db()).resident(id);
    EXPECT_EQ(after.occupation, QString::number(2 * kEdits)) << "no update lost";
    EXPECT_EQ(after.version, 1 + 2 * kEdits);
    RecordProperty("refused_and_retried", refusals.load());
    std::printf("2 x %d edits, %d refused and retried\n", kEdits, refusals.load());
}

// Another workstation's commits reach this one's views: each commit logs what it changed, and a poll
// announces it here as if written here — once, and never this connection's own changes again.
TEST(Concurrency, AnotherWorkstationsChangesAreAnnouncedHere)
{
    test::DemoDistrict district(DemoOptions{3, 0.05, QDate(2026, 11, 1)});
    const Session admin = test::sessionFor(district.db(), QStringLiteral("admin"));
    std::vector<Change> heard;
    QObject::connect(&district.db().changes(), &ChangeNotifier::changed,
                     [&](const Change& c) { heard.push_back(c); });
    EXPECT_EQ(district.db().announceChangesElsewhere(), 0) << "nothing has happened yet";

    auto other = Database::open(district.db().path());
    ASSERT_TRUE(other);
    const Access there(*other.value(), admin);
    Statement pick =
        prepare(district.db(), "SELECT id FROM residents WHERE moved_out IS NULL ORDER BY id LIMIT 2");
    std::vector<Id> ids;
    while (pick.next())
        ids.push_back(pick.integer(0));
    pick.reset();
    for (const Id id : ids) {
        Resident r = *ResidentRepository(*other.value()).resident(id);
        r.occupation = QStringLiteral("教师");
        ASSERT_TRUE(ResidentService(there).update(r));
    }
    ASSERT_TRUE(heard.empty()) << "not before this workstation looks";
    EXPECT_EQ(district.db().announceChangesElsewhere(), 2);
    ASSERT_EQ(heard.size(), 2u);
    EXPECT_EQ(heard[0].kind, ChangeKind::Resident);
    EXPECT_EQ(heard[0].id, ids[0]);
    EXPECT_NE(heard[0].householdId, 0);
    EXPECT_EQ(district.db().announceChangesElsewhere(), 0) << "each change once";

    // This workstation's own edit is announced at its commit, and not again by the poll; the other
    // workstation hears it.
    const Access here(district.db(), admin);
    Resident mine = *ResidentRepository(district.db()).resident(ids[0]);
    mine.occupation = QStringLiteral("医生");
    ASSERT_TRUE(ResidentService(here).update(mine));
    EXPECT_EQ(heard.size(), 3u);
    Resident theirs = *ResidentRepository(*other.value()).resident(ids[1]);
    theirs.occupation = QStringLiteral("司机");
    ASSERT_TRUE(ResidentService(there).update(theirs));
    EXPECT_EQ(district.db().announceChangesElsewhere(), 1);
    EXPECT_EQ(heard.back().id, ids[1]);
    EXPECT_EQ(other.value()->announceChangesElsewhere(), 1) << "the other one hears this one's edit";
}
