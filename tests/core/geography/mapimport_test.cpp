#include "core/storage/sql.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/geography/mapimport.h"
#include "testdatabase.h"

#include <QFile>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(SHEGONG_TEST_DATA "/") + QString::fromLatin1(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

} // namespace

TEST(MapImport, ImportsWgs84FootprintsIntoTheirAreas)
{
    test::TestDatabase t;
    auto report = importMapGeoJson(t.db(), fixture("import-wgs84.geojson"));
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_TRUE(report->committed);
    EXPECT_TRUE(report->problems.empty());
    EXPECT_EQ(report->areasAdded, 1);
    EXPECT_EQ(report->added, 5) << "T-B1, T-B2, both parts of T-B3, T-OUT";

    const DistrictRepository district(t.db());
    const auto b1 = district.buildingByCode(QStringLiteral("T-B1"));
    ASSERT_TRUE(b1);
    EXPECT_EQ(b1->address, QStringLiteral("测试路1号"));
    EXPECT_EQ(b1->floors, 6);
    EXPECT_DOUBLE_EQ(b1->height, 18);
    // 0.0004° of longitude at 30.27° N is about 38.5 m; 0.0001° of latitude about 11.1 m.
    EXPECT_NEAR(std::fabs(signedArea(b1->footprint[0])), 38.5 * 11.1, 15);
    EXPECT_GT(signedArea(b1->footprint[0]), 0) << "outer ring counter-clockwise";

    const auto b2 = district.buildingByCode(QStringLiteral("T-B2"));
    EXPECT_EQ(b2->floors, 6) << "18 m at 3 m a floor";
    EXPECT_EQ(b2->footprint[0].size(), 6u) << "the open ring kept all six corners";
    EXPECT_TRUE(district.buildingByCode(QStringLiteral("T-B3-2")));

    const auto areas = district.areas();
    const Area area = *std::find_if(areas.begin(), areas.end(),
                                    [](const Area& a) { return a.code == QStringLiteral("T-A1"); });
    EXPECT_EQ(b1->areaId, area.id);
    const auto outside = district.buildingByCode(QStringLiteral("T-OUT"));
    EXPECT_NE(outside->areaId, area.id);
    EXPECT_EQ(t.db().meta(QStringLiteral("map_origin")).split(u',').size(), 2);
    Statement audited =
        prepare(t.db(), "SELECT count(*) FROM audit_log WHERE action = 'import' AND object = 'map'");
    audited.next();
    EXPECT_EQ(audited.integer(0), 1);
}

TEST(MapImport, ReimportingUpdatesInsteadOfDuplicating)
{
    test::TestDatabase t;
    ASSERT_TRUE(importMapGeoJson(t.db(), fixture("import-wgs84.geojson")));
    auto again = importMapGeoJson(t.db(), fixture("import-wgs84.geojson"));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->updated, 5);
    EXPECT_EQ(DistrictRepository(t.db()).buildings().size(), 5u);
}

TEST(MapImport, ImportsProjectedMetresWithHoles)
{
    test::TestDatabase t;
    auto report = importMapGeoJson(t.db(), fixture("import-projected.geojson"));
    ASSERT_TRUE(report);
    EXPECT_EQ(report->added, 2);
    const auto courtyard = DistrictRepository(t.db()).buildingByCode(QStringLiteral("P-2"));
    ASSERT_TRUE(courtyard);
    ASSERT_EQ(courtyard->footprint.size(), 2u);
    EXPECT_NEAR(signedArea(courtyard->footprint[0]), 44 * 34, 1e-6);
    EXPECT_NEAR(signedArea(courtyard->footprint[1]), -24 * 14, 1e-6) << "holes clockwise";
    EXPECT_EQ(courtyard->floors, 10);
    EXPECT_NEAR(courtyard->footprint[0][0].x, 100, 1e-6) << "shifted by the file's south-west corner";
}

TEST(MapImport, ReportsEveryBadFeatureAndCommitsNothing)
{
    test::TestDatabase t;
    auto report = importMapGeoJson(t.db(), fixture("import-mixed.geojson"));
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->committed);
    ASSERT_EQ(report->problems.size(), 4u);
    EXPECT_EQ(report->problems[0].feature, 0);
    EXPECT_TRUE(report->problems[0].reason.contains(QStringLiteral("Polygon")));
    EXPECT_EQ(report->problems[1].feature, 1);
    EXPECT_TRUE(report->problems[1].reason.contains(QStringLiteral("fewer than 3")));
    EXPECT_EQ(report->problems[2].feature, 2);
    EXPECT_TRUE(report->problems[2].reason.contains(QStringLiteral("intersects itself")));
    EXPECT_EQ(report->problems[3].feature, 3);
    EXPECT_TRUE(report->problems[3].reason.contains(QStringLiteral("levels")));
    EXPECT_TRUE(DistrictRepository(t.db()).buildings().empty());
    EXPECT_TRUE(t.db().meta(QStringLiteral("map_origin")).isEmpty()) << "not even the origin is written";
}

TEST(MapImport, SkipBadImportsTheGoodOnes)
{
    test::TestDatabase t;
    auto report = importMapGeoJson(t.db(), fixture("import-mixed.geojson"), MapImportOptions{true});
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->committed);
    EXPECT_EQ(report->problems.size(), 4u);
    EXPECT_EQ(report->added, 1);
    EXPECT_TRUE(DistrictRepository(t.db()).buildingByCode(QStringLiteral("X-4")));
}

TEST(MapImport, RefusesWhatIsNotGeoJson)
{
    test::TestDatabase t;
    auto broken = importMapGeoJson(t.db(), "{\"type\": \"FeatureCollection\", \"features\": [");
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("JSON")));
    EXPECT_FALSE(importMapGeoJson(t.db(), "{\"type\": \"Feature\"}"));
}
