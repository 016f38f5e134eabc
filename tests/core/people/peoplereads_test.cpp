#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/people/peoplereads.h"
#include "shegong/core/security/access.h"

#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

namespace {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(10, 0));
}

void expectSameCounts(const Occupancy& got, const Occupancy& want, const QString& building)
{
    EXPECT_EQ(got.dwellings, want.dwellings) << building.toStdString();
    EXPECT_EQ(got.households, want.households) << building.toStdString();
    EXPECT_EQ(got.residents, want.residents) << building.toStdString();
    EXPECT_EQ(got.floating, want.floating) << building.toStdString();
}

} // namespace

// The panel counts a building's people from the households it read; those counts must be the ones the
// database gives — moved-out households and residents left out — and outside the read scope the
// people stay unread while the counts still come.
TEST(BuildingPeople, CountsFromTheHouseholdsReadAgreeWithTheDatabase)
{
    test::DemoDistrict district(DemoOptions{8, 0.05, QDate(2026, 11, 1)}, fixedNow);
    const Database& db = district.db();
    // Moves the demo does not make: a resident leaves a household, a whole household leaves.
    execute(db, "UPDATE residents SET moved_out = '2026-10-01' WHERE id = (SELECT min(id) FROM residents"
                " WHERE registration = 'floating')");
    execute(db, "UPDATE households SET moved_out = '2026-10-02' WHERE id = (SELECT max(id) FROM households)");

    const Access admin(db, district.login(QStringLiteral("admin")), fixedNow);
    const Access worker(db, district.login(QStringLiteral("sg001")), fixedNow);
    const ResidentRepository residents(db);
    int shownToWorker = 0, hiddenFromWorker = 0;
    for (const Building& b : DistrictRepository(db).buildings()) {
        const Occupancy want = residents.occupancyOf(b.id);
        const BuildingPeople all = peopleOfBuilding(admin, b.id);
        ASSERT_TRUE(all.shown);
        expectSameCounts(occupancyOf(admin, b.id, all), want, b.address);

        const BuildingPeople some = peopleOfBuilding(worker, b.id);
        EXPECT_EQ(some.dwellings.size(), all.dwellings.size());
        if (some.shown) {
            ++shownToWorker;
        } else {
            ++hiddenFromWorker;
            EXPECT_TRUE(some.households.empty()) << "no people outside the read scope";
        }
        expectSameCounts(occupancyOf(worker, b.id, some), want, b.address);
    }
    EXPECT_GT(shownToWorker, 0);
    EXPECT_GT(hiddenFromWorker, 0);
}
