// Work on more than one thread, as the application does it: the registry's search runs on its own
// thread with its own read-only connection while the window's connection writes. Run under
// ThreadSanitizer by scripts/test-sanitizers.sh (the tsan preset); here it also checks the answers.
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/people/residentsearch.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"

#include <atomic>
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
