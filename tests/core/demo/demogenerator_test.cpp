#include "core/storage/sql.h"
#include "shegong/core/base/idnumber.h"
#include "shegong/core/base/validation.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/geography/geojsonexport.h"
#include "shegong/core/people/residentrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <gtest/gtest.h>
#include <map>

using namespace shegong;
using namespace shegong::core;
using test::count;

namespace {

struct Box {
    double minX = 1e18, minY = 1e18, maxX = -1e18, maxY = -1e18;
    explicit Box(const Polygon& polygon)
    {
        for (const PointXY& p : polygon.at(0)) {
            minX = std::min(minX, p.x);
            minY = std::min(minY, p.y);
            maxX = std::max(maxX, p.x);
            maxY = std::max(maxY, p.y);
        }
    }
    bool overlaps(const Box& o) const
    {
        return minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY;
    }
    bool inside(const Box& o) const
    {
        return minX >= o.minX && maxX <= o.maxX && minY >= o.minY && maxY <= o.maxY;
    }
};

// The default demo district, generated once for the whole suite.
class DemoDistrict : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_district = new test::TestDatabase(QStringLiteral("demo.db"));
        auto stats = generateDemoDistrict(s_district->db());
        ASSERT_TRUE(stats) << stats.error().message.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_district;
        s_district = nullptr;
    }
    const Database& db() { return s_district->db(); }
    static test::TestDatabase* s_district;
};
test::TestDatabase* DemoDistrict::s_district = nullptr;

} // namespace

TEST_F(DemoDistrict, HasThePublishedScale)
{
    const DistrictStats stats = districtStats(db());
    EXPECT_EQ(stats.communities, 15);
    EXPECT_EQ(stats.areas, 108);
    EXPECT_EQ(stats.buildings, 609);
    EXPECT_EQ(stats.lanes, 45);
    EXPECT_GE(stats.residents, 80000);
    const double floating = double(stats.floatingResidents) / double(stats.residents);
    EXPECT_GE(floating, 0.20);
    EXPECT_LE(floating, 0.35);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM dwellings d JOIN buildings b ON b.id = d.building_id"
                          " JOIN areas a ON a.id = b.area_id JOIN communities c ON c.id = a.community_id"
                          " WHERE d.use = 'rental_room' AND c.kind = 'urban_village'"),
              7947);
    const double householdSize = double(stats.residents) / double(stats.households);
    EXPECT_GT(householdSize, 2.0);
    EXPECT_LT(householdSize, 3.2);
}

TEST_F(DemoDistrict, StaffsEveryAreaWithAWorkerAndThreeLeaders)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM workers WHERE role = 'social_worker' AND active = 1"), 108);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM workers WHERE role = 'community_director'"), 15);
    EXPECT_EQ(count(db(), "SELECT count(DISTINCT area_id) FROM area_assignments WHERE ends IS NULL"), 108);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM area_assignments WHERE ends IS NULL"), 108);
    EXPECT_GT(count(db(), "SELECT count(*) FROM area_assignments WHERE ends IS NOT NULL"), 0)
        << "handover history";
    EXPECT_EQ(count(db(), "SELECT count(*) FROM (SELECT area_id FROM area_leaders GROUP BY area_id"
                          " HAVING count(DISTINCT role) = 3) AS staffed"),
              108);
}

TEST_F(DemoDistrict, EveryIdNumberPhoneAndBirthDateIsValidAndConsistent)
{
    Statement query = prepare(db(), "SELECT id_number, gender, birth_date, phone FROM residents");
    int checked = 0;
    while (query.next()) {
        if (!query.isNull(0)) {
            auto id = parseIdNumber(query.text(0), QDate(2026, 11, 1));
            ASSERT_TRUE(id) << query.text(0).toStdString();
            ASSERT_EQ(id->birthDate.toString(Qt::ISODate), query.text(2));
            ASSERT_EQ(id->gender == Gender::Male ? "M" : "F", query.text(1).toStdString());
            ++checked;
        }
        if (!query.isNull(3)) {
            ASSERT_TRUE(parseMobilePhone(query.text(3))) << query.text(3).toStdString();
        }
    }
    EXPECT_GE(checked, 79000);
    EXPECT_GT(count(db(), "SELECT count(*) FROM residents WHERE id_number LIKE '3301%'"), 40000)
        << "Hangzhou codes";
    EXPECT_GT(count(db(), "SELECT count(*) FROM resident_tags t JOIN tag_kinds k ON k.code = t.tag"
                          " WHERE k.duty = 'special_groups'"),
              0);
}

TEST_F(DemoDistrict, BuildingsHaveOneSoundFootprintInsideTheirArea)
{
    const DistrictRepository district(db());
    std::map<Id, Box> areaBoxes;
    for (const Area& a : district.areas())
        areaBoxes.emplace(a.id, Box(a.outline));
    std::map<Id, std::vector<Box>> byArea;
    int concave = 0, withHoles = 0;
    for (const Building& b : district.buildings()) {
        ASSERT_FALSE(b.footprint.empty()) << b.code.toStdString();
        ASSERT_GE(b.footprint[0].size(), 3u);
        EXPECT_GT(signedArea(b.footprint[0]), 50)
            << "outer rings run counter-clockwise: " << b.code.toStdString();
        for (size_t h = 1; h < b.footprint.size(); ++h)
            EXPECT_LT(signedArea(b.footprint[h]), 0) << "holes run clockwise";
        concave += b.footprint[0].size() > 4;
        withHoles += b.footprint.size() > 1;
        const Box box(b.footprint);
        EXPECT_TRUE(box.inside(areaBoxes.at(b.areaId))) << b.code.toStdString();
        for (const Box& other : byArea[b.areaId])
            EXPECT_FALSE(box.overlaps(other)) << b.code.toStdString();
        byArea[b.areaId].push_back(box);
    }
    EXPECT_GT(concave, 0) << "some L-shaped blocks exercise concave triangulation";
    EXPECT_GT(withHoles, 0) << "some courtyard blocks exercise holes";
}

TEST_F(DemoDistrict, ReproducesTheCommittedMapWithOneFootprintPerBuilding)
{
    QFile committed(QStringLiteral(SHEGONG_SOURCE_DIR "/maps/demo-district.geojson"));
    ASSERT_TRUE(committed.open(QIODevice::ReadOnly));
    const QByteArray expected = committed.readAll();
    const QByteArray generated = exportDistrictGeoJson(db());
    EXPECT_TRUE(generated == expected)
        << "regenerate with: shegong-cli demo --db NEW.db --geojson maps/demo-district.geojson";

    std::map<QString, int> footprints;
    for (const auto& value :
         QJsonDocument::fromJson(expected).object().value(QStringLiteral("features")).toArray()) {
        const QJsonObject feature = value.toObject();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        if (properties.value(QStringLiteral("kind")).toString() == QLatin1String("building")) {
            EXPECT_EQ(
                feature.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("type")).toString(),
                QStringLiteral("Polygon"));
            ++footprints[properties.value(QStringLiteral("code")).toString()];
        }
    }
    EXPECT_EQ(footprints.size(), 609u);
    for (const Building& b : DistrictRepository(db()).buildings())
        EXPECT_EQ(footprints[b.code], 1) << b.code.toStdString();
}

TEST_F(DemoDistrict, DwellingStatesAgreeWithTheRawRows)
{
    const Id building = count(db(), "SELECT building_id FROM dwellings WHERE use = 'residence' LIMIT 1");
    const auto statuses = ResidentRepository(db()).dwellingStatuses(building);
    EXPECT_EQ(
        int64_t(statuses.size()),
        count(db(),
              ("SELECT count(*) FROM dwellings WHERE building_id = " + std::to_string(building)).c_str()));
    int vacant = 0;
    for (const DwellingStatus& s : statuses) {
        vacant += s.state == DwellingState::Vacant;
        EXPECT_EQ(s.state == DwellingState::Vacant, s.householdId == 0);
        if (s.householdId) {
            EXPECT_FALSE(s.head.isEmpty());
        }
    }
    EXPECT_EQ(
        vacant,
        count(db(), ("SELECT count(*) FROM dwellings d WHERE building_id = " + std::to_string(building) +
                     " AND NOT EXISTS(SELECT 1 FROM households h WHERE h.dwelling_id = d.id"
                     " AND h.moved_out IS NULL)")
                        .c_str()));
    // Somewhere in the district there is a special-group household, and the floor view says so.
    const Id special =
        count(db(), "SELECT d.building_id FROM resident_tags t JOIN residents r ON r.id = t.resident_id"
                    " JOIN households h ON h.id = r.household_id JOIN dwellings d ON d.id = h.dwelling_id"
                    " WHERE t.tag = 'community_correction' LIMIT 1");
    const auto withSpecial = ResidentRepository(db()).dwellingStatuses(special);
    EXPECT_TRUE(std::any_of(withSpecial.begin(), withSpecial.end(), [](const DwellingStatus& s) {
        return s.state == DwellingState::SpecialGroupHousehold;
    }));
}

TEST_F(DemoDistrict, SameSeedGivesIdenticalContent)
{
    test::TestDatabase again;
    ASSERT_TRUE(generateDemoDistrict(again.db()));
    EXPECT_EQ(test::contentDigest(again.db()), test::contentDigest(db()));
}

TEST(DemoGenerator, OtherSeedGivesOtherContent)
{
    test::TestDatabase a, b;
    ASSERT_TRUE(generateDemoDistrict(a.db(), DemoOptions{1, 0.1, QDate(2026, 11, 1)}));
    ASSERT_TRUE(generateDemoDistrict(b.db(), DemoOptions{2, 0.1, QDate(2026, 11, 1)}));
    EXPECT_NE(test::contentDigest(a.db()), test::contentDigest(b.db()));
}

TEST(DemoGenerator, RefusesADatabaseThatHoldsADistrictAndChangesNothing)
{
    test::TestDatabase t;
    ASSERT_TRUE(generateDemoDistrict(t.db(), DemoOptions{1, 0.1, QDate(2026, 11, 1)}));
    const QByteArray before = test::contentDigest(t.db());
    auto again = generateDemoDistrict(t.db(), DemoOptions{1, 0.1, QDate(2026, 11, 1)});
    ASSERT_FALSE(again);
    EXPECT_EQ(test::contentDigest(t.db()), before);
    EXPECT_FALSE(generateDemoDistrict(t.db(), DemoOptions{1, -1, QDate(2026, 11, 1)}));
}
