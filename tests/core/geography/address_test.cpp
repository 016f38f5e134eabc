// One address format everywhere a dwelling or household is named: each place is read back and compared
// with core's formatter over the raw row.
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/geography/address.h"
#include "shegong/core/people/residentsearch.h"
#include "shegong/core/people/residentservice.h"
#include "shegong/core/security/access.h"
#include "shegong/core/work/eventservice.h"
#include "shegong/core/work/handover.h"
#include "shegong/core/work/visitservice.h"
#include "shegong/core/work/workloadreport.h"

#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0));
QDateTime fixedNow()
{
    return kNow;
}

TEST(Address, NamesBuildingUnitAndRoom)
{
    EXPECT_EQ(dwellingAddress(QStringLiteral("景和苑4幢"), 1, QStringLiteral("101"), DwellingUse::Residence),
              QStringLiteral("景和苑4幢1单元101室"));
    EXPECT_EQ(dwellingAddress(QStringLiteral("杨家弄1号"), 1, QStringLiteral("201"), DwellingUse::RentalRoom),
              QStringLiteral("杨家弄1号201室"))
        << "an urban-village rental room has no unit";
    EXPECT_NE(dwellingAddress(QStringLiteral("景和苑1幢"), 1, QStringLiteral("101"), DwellingUse::Residence),
              dwellingAddress(QStringLiteral("景和苑1幢"), 2, QStringLiteral("101"), DwellingUse::Residence))
        << "two units' room 101 are two addresses";
}

TEST(Address, EveryPlaceThatNamesADwellingUsesTheOneFormat)
{
    test::DemoDistrict district(DemoOptions{8, 0.05, QDate(2026, 11, 1)}, fixedNow);
    const Database& db = district.db();
    const Access worker(db, district.login(QStringLiteral("sg001")), fixedNow);
    const Id area = *worker.ownAreas().begin();
    // A household of the worker's area in the second unit (where the old format said only "101").
    Statement q =
        prepare(db, "SELECT h.id, r.id, r.name, b.address, d.stairwell, d.number, d.use FROM households h"
                    " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
                    " JOIN residents r ON r.household_id = h.id AND r.moved_out IS NULL"
                    " WHERE b.area_id = ? AND h.moved_out IS NULL ORDER BY d.stairwell DESC, h.id LIMIT 1");
    q.bind(area);
    ASSERT_TRUE(q.next());
    const Id household = q.integer(0), resident = q.integer(1);
    const QString name = q.text(2);
    const QString expected =
        dwellingAddress(q.text(3), int(q.integer(4)), q.text(5), dwellingUseFrom(q.text(6)));
    q.reset();
    ASSERT_TRUE(expected.contains(QStringLiteral("单元")) || expected.endsWith(QStringLiteral("室")));

    // The registry.
    ResidentQuery query;
    query.text = name;
    bool registry = false;
    for (const ResidentRow& row : ResidentSearch(worker, kNow.date()).find(query, 0, 500))
        if (row.id == resident) {
            EXPECT_EQ(row.address, expected);
            registry = true;
        }
    EXPECT_TRUE(registry);
    // The residence history.
    EXPECT_EQ(ResidentService(worker, fixedNow).residenceHistory(resident)->front().address, expected);
    // The handover dossier.
    const auto dossier = handoverDossier(worker, area, kNow.date());
    ASSERT_TRUE(dossier);
    bool listed = false;
    for (const auto& h : dossier->households)
        if (h.id == household) {
            EXPECT_EQ(h.address, expected);
            listed = true;
        }
    EXPECT_TRUE(listed);
    // A visit, then the worker's lists and the records behind the report.
    Visit v;
    v.householdId = household;
    v.visitedOn = kNow.date();
    v.duties = {Duty::CivilAffairs};
    v.followUp = true;
    ASSERT_TRUE(VisitService(worker, fixedNow).recordVisit(v));
    const EventService events(worker, fixedNow);
    bool opened = false;
    for (const auto& e : events.openEvents(worker.session().worker.id))
        opened |= e.address == expected;
    EXPECT_TRUE(opened) << "the open matters";
    const auto behind = recordsBehind(worker, worker.session().worker.id, 2026, 11);
    ASSERT_TRUE(behind);
    bool found = false;
    for (const RecordBehind& r : behind.value())
        found |= r.what == RecordBehind::Kind::Visit && r.place == expected;
    EXPECT_TRUE(found) << "the visits behind the report";
    for (const OverdueHousehold& o : events.unvisitedLongest(worker.session().worker.id, 2000))
        EXPECT_TRUE(o.address.endsWith(QStringLiteral("室"))) << o.address.toStdString();
}

} // namespace
