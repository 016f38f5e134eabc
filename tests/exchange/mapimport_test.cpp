// Map files in through GDAL/OGR and PROJ: the file's CRS read and honoured (nothing guessed), every bad
// feature named by index, and the defects of the old hand-written reader each shown gone.
#include "core/storage/sql.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/geography/geojsonexport.h"
#include "shegong/core/geography/mapimport.h"
#include "shegong/core/storage/database.h"
#include "shegong/exchange/mapfile.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(SHEGONG_TEST_DATA "/") + QString::fromLatin1(name);
}

Result<MapImportReport> importFile(const Database& db, const QString& path, const QString& crs = {},
                                   bool skipBad = false)
{
    const auto source = exchange::readMapFile(path, {crs, {}});
    if (!source)
        return source.error();
    return importMap(db, source.value(), MapImportOptions{skipBad});
}

QString write(const test::TestDatabase& t, const QString& name, const QByteArray& text)
{
    const QString path = t.folder() + QLatin1Char('/') + name;
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

//! A square footprint of about 40 × 40 m at (lon, lat), as GeoJSON coordinates.
QByteArray square(double lon, double lat)
{
    const double d = 0.0004;
    return QStringLiteral("[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]")
        .arg(lon, 0, 'f', 6)
        .arg(lat, 0, 'f', 6)
        .arg(lon + d, 0, 'f', 6)
        .arg(lat + d, 0, 'f', 6)
        .toUtf8();
}

bool haveOgr2ogr()
{
    return !QStandardPaths::findExecutable(QStringLiteral("ogr2ogr")).isEmpty();
}

} // namespace

TEST(MapImport, ImportsWgs84FootprintsIntoTheirAreas)
{
    test::TestDatabase t;
    auto report = importFile(t.db(), fixture("import-wgs84.geojson"));
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
    EXPECT_NE(district.buildingByCode(QStringLiteral("T-OUT"))->areaId, area.id);
    Statement audited =
        prepare(t.db(), "SELECT count(*) FROM audit_log WHERE action = 'import' AND object = 'map'"
                        " AND details LIKE '%EPSG:4326%'");
    audited.next();
    EXPECT_EQ(audited.integer(0), 1) << "the import, with its CRS";

    auto again = importFile(t.db(), fixture("import-wgs84.geojson"));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->updated, 5) << "re-importing updates instead of duplicating";
}

TEST(MapImport, AFileWithoutACrsIsNotGuessedButTakesTheOneGiven)
{
    // Projected metres with a courtyard (a hole), in a GeoJSON that says no CRS: RFC 7946 makes that
    // WGS 84, so the metres are refused by their place, with a hint.
    test::TestDatabase t;
    auto asDegrees = importFile(t.db(), fixture("import-projected.geojson"));
    ASSERT_TRUE(asDegrees);
    EXPECT_FALSE(asDegrees->committed);
    ASSERT_FALSE(asDegrees->problems.empty());
    EXPECT_TRUE(asDegrees->problems.front().reason.contains(QStringLiteral("EPSG:4326")))
        << asDegrees->problems.front().reason.toStdString();
    EXPECT_TRUE(DistrictRepository(t.db()).buildings().empty());

    // A Shapefile without .prj is refused until its CRS is given; then it lands where it belongs.
    if (!haveOgr2ogr())
        GTEST_SKIP() << "ogr2ogr (gdal-bin) is not installed";
    const QString shp = t.folder() + QStringLiteral("/projected.shp");
    ASSERT_EQ(QProcess::execute(QStringLiteral("ogr2ogr"),
                                {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), shp,
                                 fixture("import-projected.geojson"), QStringLiteral("-a_srs"),
                                 QStringLiteral("EPSG:32650")}),
              0);
    QFile::remove(t.folder() + QStringLiteral("/projected.prj"));
    const auto unknown = exchange::readMapFile(shp);
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("--crs"))) << "asks instead of guessing";
    auto report = importFile(t.db(), shp, QStringLiteral("EPSG:32650"));
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->added, 2);
    const auto courtyard = DistrictRepository(t.db()).buildingByCode(QStringLiteral("P-2"));
    ASSERT_TRUE(courtyard);
    ASSERT_EQ(courtyard->footprint.size(), 2u);
    EXPECT_NEAR(signedArea(courtyard->footprint[0]), 44 * 34, 44 * 34 * 0.01) << "metres kept, within 1 %";
    EXPECT_LT(signedArea(courtyard->footprint[1]), 0) << "holes clockwise";
    EXPECT_EQ(courtyard->floors, 10);
}

TEST(MapImport, ReportsEveryBadFeatureAndCommitsNothingUnlessSkipBad)
{
    test::TestDatabase t;
    auto report = importFile(t.db(), fixture("import-mixed.geojson"));
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->committed);
    ASSERT_EQ(report->problems.size(), 3u);
    EXPECT_EQ(report->problems[0].feature, 0);
    EXPECT_TRUE(report->problems[0].reason.contains(QStringLiteral("point")));
    EXPECT_EQ(report->problems[1].feature, 1);
    EXPECT_TRUE(report->problems[1].reason.contains(QStringLiteral("fewer than 3")));
    EXPECT_EQ(report->problems[2].feature, 2);
    EXPECT_TRUE(report->problems[2].reason.contains(QStringLiteral("intersects itself")));
    EXPECT_TRUE(DistrictRepository(t.db()).buildings().empty());
    EXPECT_TRUE(t.db().meta(QStringLiteral("map_origin")).isEmpty()) << "not even the origin is written";

    auto skipped = importFile(t.db(), fixture("import-mixed.geojson"), {}, true);
    ASSERT_TRUE(skipped);
    EXPECT_TRUE(skipped->committed);
    EXPECT_EQ(skipped->added, 1) << "X-4; X-3 is a shop (building=retail), left out";
    EXPECT_EQ(skipped->skippedKinds, 1);
    EXPECT_TRUE(DistrictRepository(t.db()).buildingByCode(QStringLiteral("X-4")));
    EXPECT_FALSE(exchange::readMapFile(write(t, QStringLiteral("broken.geojson"), "{\"type\": \"Feature")));
}

// The old reader's defects, one by one.
TEST(MapImport, EmptyPolygonsHugeCoordinatesAndMissingHeightsAreHandledFeatureByFeature)
{
    test::TestDatabase t;
    const QByteArray file =
        "{\"type\":\"FeatureCollection\",\"features\":["
        // 0: a Polygon with an empty coordinates array (crashed the process)
        "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
        "\"coordinates\":[]}},"
        // 1: one coordinate of 1e308 (broke every other feature and the map offset)
        "{\"type\":\"Feature\",\"properties\":{\"height\":12},\"geometry\":{\"type\":\"Polygon\","
        "\"coordinates\":[[[120.2,30.27],[1e308,30.27],[120.2004,30.2704],[120.2,30.27]]]}},"
        // 2: no height at all (most of OpenStreetMap): assumed and flagged
        "{\"type\":\"Feature\",\"properties\":{\"building\":\"yes\"},\"geometry\":"
        "{\"type\":\"Polygon\",\"coordinates\":" +
        square(120.2010, 30.27) +
        "}},"
        // 3: height 0 (not "1 floor, 0 m out of range")
        "{\"type\":\"Feature\",\"properties\":{\"height\":0,\"名称\":\"无高度楼\"},\"geometry\":"
        "{\"type\":\"Polygon\",\"coordinates\":" +
        square(120.2020, 30.27) +
        "}},"
        // 4: a MultiPolygon without a code: its parts must not collide with feature 5's
        "{\"type\":\"Feature\",\"properties\":{\"levels\":4},\"geometry\":{\"type\":"
        "\"MultiPolygon\",\"coordinates\":[" +
        square(120.2030, 30.27) + "," + square(120.2040, 30.27) +
        "]}},"
        "{\"type\":\"Feature\",\"properties\":{\"层数\":\"5层\"},\"geometry\":{\"type\":\"Polygon\","
        "\"coordinates\":" +
        square(120.2050, 30.27) + "}}]}";
    const QString path = write(t, QStringLiteral("osm.geojson"), file);
    auto report = importFile(t.db(), path, {}, true);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    ASSERT_EQ(report->problems.size(), 2u);
    EXPECT_EQ(report->problems[0].feature, 0);
    EXPECT_TRUE(report->problems[0].reason.contains(QStringLiteral("empty")));
    EXPECT_EQ(report->problems[1].feature, 1);
    EXPECT_EQ(report->added, 5) << "features 2, 3, both parts of 4, and 5";
    EXPECT_EQ(report->warnings.size(), 2u) << "two heights assumed";
    const QStringList origin = t.db().meta(QStringLiteral("map_origin")).split(u',');
    ASSERT_EQ(origin.size(), 2);
    EXPECT_NEAR(origin[0].toDouble(), 120.203, 0.01) << "the origin from the good features only";
    const auto buildings = DistrictRepository(t.db()).buildings();
    for (const Building& b : buildings)
        for (const PointXY& p : b.footprint.front())
            ASSERT_TRUE(std::isfinite(p.x) && std::isfinite(p.y) && std::fabs(p.x) < 5000);
    const auto named = std::find_if(buildings.begin(), buildings.end(), [](const Building& b) {
        return b.address == QStringLiteral("无高度楼");
    });
    ASSERT_NE(named, buildings.end());
    EXPECT_EQ(named->floors, kAssumedFloors);
    EXPECT_EQ(
        std::count_if(buildings.begin(), buildings.end(), [](const Building& b) { return b.floors == 5; }), 1)
        << "层数 read";

    // A second file without codes adds its own buildings instead of overwriting the first file's.
    const QString second =
        write(t, QStringLiteral("second.geojson"),
              "{\"type\":\"FeatureCollection\",\"features\":[{},{},{\"type\":\"Feature\","
              "\"properties\":{\"levels\":2},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" +
                  square(120.2060, 30.27) + "}}]}");
    auto more = importFile(t.db(), second, {}, true);
    ASSERT_TRUE(more);
    EXPECT_EQ(more->added, 1);
    EXPECT_EQ(DistrictRepository(t.db()).buildings().size(), buildings.size() + 1);

    // A building a degree away from the district it joins: refused, with the distance.
    const QString far =
        write(t, QStringLiteral("far.geojson"),
              "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
              "\"properties\":{\"levels\":2},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" +
                  square(121.2, 30.27) + "}}]}");
    auto away = importFile(t.db(), far);
    ASSERT_TRUE(away);
    ASSERT_EQ(away->problems.size(), 1u);
    EXPECT_TRUE(away->problems.front().reason.contains(QStringLiteral("km")))
        << away->problems.front().reason.toStdString();
}

TEST(MapImport, AHugeRingIsRefusedQuickly)
{
    test::TestDatabase t;
    QByteArray ring = "[";
    constexpr int corners = 200000;
    for (int i = 0; i <= corners; ++i) {
        const double a = 2 * M_PI * (i % corners) / corners;
        ring += QStringLiteral("[%1,%2],")
                    .arg(120.2 + 0.001 * std::cos(a), 0, 'f', 9)
                    .arg(30.27 + 0.001 * std::sin(a), 0, 'f', 9)
                    .toUtf8();
    }
    ring.chop(1);
    ring += "]";
    const QString path =
        write(t, QStringLiteral("curve.geojson"),
              "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
              "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" +
                  ring + "]}}]}");
    QElapsedTimer clock;
    clock.start();
    auto report = importFile(t.db(), path);
    ASSERT_TRUE(report);
    ASSERT_EQ(report->problems.size(), 1u);
    EXPECT_TRUE(report->problems.front().reason.contains(QStringLiteral("5000"))) << "the cap named";
    RecordProperty("seconds", std::to_string(clock.elapsed() / 1000.0));
}

TEST(MapImport, TheDeclaredCrsIsHonouredAndAWrongOneRefusedWithAHint)
{
    if (!haveOgr2ogr())
        GTEST_SKIP() << "ogr2ogr (gdal-bin) is not installed";
    test::TestDatabase t;
    // The WGS 84 fixture converted to CGCS2000 / 3-degree Gauss–Krüger CM 120E (EPSG:4549) by GDAL.
    const QString gk = t.folder() + QStringLiteral("/gk.gpkg");
    ASSERT_EQ(
        QProcess::execute(QStringLiteral("ogr2ogr"),
                          {QStringLiteral("-f"), QStringLiteral("GPKG"), gk, fixture("import-wgs84.geojson"),
                           QStringLiteral("-t_srs"), QStringLiteral("EPSG:4549")}),
        0);
    auto report = importFile(t.db(), gk);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->added, 5);
    // Round trip: exported in WGS 84, the corners are where the original file has them (CGCS2000 and
    // WGS 84 differ by centimetres; 1e-6° is 0.1 m).
    const QJsonObject exported = QJsonDocument::fromJson(exportDistrictGeoJson(t.db())).object();
    QFile original(fixture("import-wgs84.geojson"));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QJsonArray features =
        QJsonDocument::fromJson(original.readAll()).object().value(QStringLiteral("features")).toArray();
    const QJsonArray b1 = features.at(1)
                              .toObject()
                              .value(QStringLiteral("geometry"))
                              .toObject()
                              .value(QStringLiteral("coordinates"))
                              .toArray()
                              .at(0)
                              .toArray();
    bool found = false;
    for (const QJsonValue& f : exported.value(QStringLiteral("features")).toArray()) {
        if (f.toObject()
                .value(QStringLiteral("properties"))
                .toObject()
                .value(QStringLiteral("code"))
                .toString() != QStringLiteral("T-B1"))
            continue;
        const QJsonArray ring = f.toObject()
                                    .value(QStringLiteral("geometry"))
                                    .toObject()
                                    .value(QStringLiteral("coordinates"))
                                    .toArray()
                                    .at(0)
                                    .toArray();
        for (const QJsonValue& corner : b1) {
            const double lon = corner.toArray().at(0).toDouble(), lat = corner.toArray().at(1).toDouble();
            const bool near = std::any_of(ring.begin(), ring.end(), [&](const QJsonValue& p) {
                return std::fabs(p.toArray().at(0).toDouble() - lon) < 1e-6 &&
                       std::fabs(p.toArray().at(1).toDouble() - lat) < 1e-6;
            });
            EXPECT_TRUE(near) << lon << "," << lat;
        }
        found = true;
    }
    EXPECT_TRUE(found);

    // Web Mercator metres declared as UTM zone 50N: refused, named, with a hint.
    const QString mercator = t.folder() + QStringLiteral("/mercator.geojson");
    ASSERT_EQ(
        QProcess::execute(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), QStringLiteral("GeoJSON"),
                                                      mercator, fixture("import-wgs84.geojson"),
                                                      QStringLiteral("-t_srs"), QStringLiteral("EPSG:3857")}),
        0);
    const QString mislabelled = t.folder() + QStringLiteral("/mislabelled.shp");
    ASSERT_EQ(QProcess::execute(QStringLiteral("ogr2ogr"),
                                {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), mislabelled,
                                 mercator, QStringLiteral("-a_srs"), QStringLiteral("EPSG:32650")}),
              0);
    auto wrong = importFile(t.db(), mislabelled);
    ASSERT_TRUE(wrong);
    EXPECT_FALSE(wrong->committed);
    ASSERT_FALSE(wrong->problems.empty());
    EXPECT_TRUE(wrong->problems.front().reason.contains(QStringLiteral("EPSG:32650")));
    EXPECT_TRUE(wrong->problems.front().reason.contains(QStringLiteral("Web Mercator")))
        << wrong->problems.front().reason.toStdString();
}
