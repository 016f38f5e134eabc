// The workload report's "burst" flag: three or more visits of one worker entered within the rules'
// minutes of each other. Visits are written with chosen entry times in a month the demo left empty.
#include "core/storage/sql.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/work/workloadreport.h"
#include "testdatabase.h"

#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

namespace {

class Bursts : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(generateDemoDistrict(t.db(), DemoOptions{8, 0.05, QDate(2026, 11, 1)}));
        household = test::count(t.db(), "SELECT min(id) FROM households");
    }

    void entered(const char* account, const char* day, const char* at)
    {
        prepare(t.db(),
                "INSERT INTO visits(household_id, worker_id, visited_on, recorded_at, mode, duties,"
                " floating) SELECT ?, id, ?, ?, 'in_person', 'health', 0 FROM workers WHERE account = ?")
            .bind(household, QString::fromLatin1(day), QString::fromLatin1(at), QString::fromLatin1(account))
            .run();
    }

    std::set<QString> flagged(int year, int month)
    {
        std::set<QString> accounts;
        for (const FairnessFlag& f : buildWorkloadReport(t.db(), year, month).value().flags)
            if (f.kind == QLatin1String("burst"))
                accounts.insert(f.account);
        return accounts;
    }

    test::TestDatabase t;
    std::int64_t household = 0;
};

} // namespace

TEST_F(Bursts, ThreeEntriesWithinTheMinutesAreFlaggedOnceAndSpreadOnesAreNot)
{
    entered("sg001", "2027-03-05", "2027-03-05T02:00:00Z"); // 6 minutes apart: each has two near it
    entered("sg001", "2027-03-05", "2027-03-05T02:06:00Z");
    entered("sg001", "2027-03-05", "2027-03-05T02:12:00Z");
    entered("sg002", "2027-03-06", "2027-03-06T02:00:00Z"); // 15 minutes apart: none
    entered("sg002", "2027-03-06", "2027-03-06T02:15:00Z");
    entered("sg002", "2027-03-06", "2027-03-06T02:30:00Z");
    entered("sg003", "2027-03-07", "2027-03-07T02:00:00Z"); // two only
    entered("sg003", "2027-03-07", "2027-03-07T02:05:00Z");
    // February's last visit entered early on 1 March counts as near March's first entries.
    entered("sg004", "2027-02-28", "2027-03-01T01:00:00Z");
    entered("sg004", "2027-03-01", "2027-03-01T01:05:00Z");
    entered("sg004", "2027-03-01", "2027-03-01T01:08:00Z");
    EXPECT_EQ(flagged(2027, 3), (std::set<QString>{QStringLiteral("sg001"), QStringLiteral("sg004")}));
    EXPECT_TRUE(flagged(2027, 4).empty()) << "a month is flagged for its own visits";
}
