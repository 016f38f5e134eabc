#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/map/camerarig.h"
#include "shegong/map/districtscene.h"
#include "shegong/map/floorscene.h"
#include "shegong/map/labellayer.h"
#include "shegong/map/picker.h"
#include "shegong/map/triangulate.h"
#include "testdatabase.h"

#include <cmath>
#include <gtest/gtest.h>
#include <osg/Geometry>
#include <osgText/Text>

using namespace shegong;

namespace {

double triangulatedArea(const map::Triangulation& t)
{
    double area = 0;
    for (size_t i = 0; i < t.triangles.size(); i += 3) {
        const auto& a = t.points[t.triangles[i]];
        const auto& b = t.points[t.triangles[i + 1]];
        const auto& c = t.points[t.triangles[i + 2]];
        area += std::fabs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
    }
    return area;
}

map::SceneInput inputFrom(const core::Database& db)
{
    const core::DistrictRepository district(db);
    return {district.communities(), district.areas(), district.lanes(), district.buildings()};
}

class MapScene : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_district = new test::TestDatabase(QStringLiteral("map.db"));
        ASSERT_TRUE(core::generateDemoDistrict(s_district->db()));
        s_scene = new map::DistrictScene(inputFrom(s_district->db()));
    }
    static void TearDownTestSuite()
    {
        delete s_scene;
        delete s_district;
    }
    static test::TestDatabase* s_district;
    static map::DistrictScene* s_scene;
};
test::TestDatabase* MapScene::s_district = nullptr;
map::DistrictScene* MapScene::s_scene = nullptr;

//! Where a world point lands on a width x height view, in top-left pixel coordinates.
osg::Vec2d project(const osg::Vec3d& world, const map::CameraRig& rig, int width, int height)
{
    const osg::Matrixd window =
        osg::Matrixd::translate(1, 1, 1) * osg::Matrixd::scale(0.5 * width, 0.5 * height, 0.5);
    const osg::Vec3d w = world * (rig.viewMatrix() * rig.projectionMatrix(double(width) / height) * window);
    return {w.x() - 0.5, height - w.y() - 0.5};
}

} // namespace

TEST(Triangulate, CoversConvexConcaveAndHoledFootprintsExactly)
{
    const core::Polygon square{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}};
    EXPECT_NEAR(triangulatedArea(map::triangulate(square)), 100, 1e-6);

    const core::Polygon lShape{{{0, 0}, {30, 0}, {30, 26}, {16, 26}, {16, 12}, {0, 12}}};
    EXPECT_NEAR(triangulatedArea(map::triangulate(lShape)), std::fabs(core::signedArea(lShape[0])), 1e-3);

    core::Ring hole{{10, 10}, {34, 10}, {34, 24}, {10, 24}};
    std::reverse(hole.begin(), hole.end());
    const core::Polygon courtyard{{{0, 0}, {44, 0}, {44, 34}, {0, 34}}, hole};
    EXPECT_NEAR(triangulatedArea(map::triangulate(courtyard)), 44 * 34 - 24 * 14, 1e-3);

    EXPECT_TRUE(map::triangulate(core::Polygon{{{0, 0}, {1, 1}}}).triangles.empty());
}

TEST_F(MapScene, MergesTheDistrictIntoAFewGeometries)
{
    EXPECT_EQ(s_scene->buildings().size(), 609u);
    struct Count : osg::NodeVisitor {
        Count() : osg::NodeVisitor(TRAVERSE_ALL_CHILDREN) { setNodeMaskOverride(~0u); }
        void apply(osg::Drawable& d) override
        {
            if (dynamic_cast<osgText::Text*>(&d))
                ++labels;
            else
                ++geometries;
        }
        int geometries = 0, labels = 0;
    } count;
    s_scene->root()->accept(count);
    EXPECT_LE(count.geometries, 8) << "ground, lanes, outlines, area fills, walls, roofs";
    EXPECT_EQ(count.labels, 15 + 108 + 609);
}

TEST_F(MapScene, BuildingBoxesMatchFootprintsAndHeights)
{
    for (const core::Building& b : core::DistrictRepository(s_district->db()).buildings()) {
        const map::BuildingEntry* entry = s_scene->building(b.id);
        ASSERT_NE(entry, nullptr);
        EXPECT_NEAR(entry->box.zMax(), b.height, 1e-3);
        EXPECT_NEAR(entry->box.xMin(), b.footprint[0][0].x, 50);
        EXPECT_GT(entry->roofCount, 2u);
        EXPECT_EQ(entry->wallCount % 4, 0u);
    }
    EXPECT_TRUE(s_scene->bounds().valid());
}

TEST_F(MapScene, PicksTheBuildingUnderAScreenPoint)
{
    const int width = 1280, height = 800;
    map::CameraRig rig;
    rig.setPose(map::CameraRig::framing(s_scene->bounds(), double(width) / height));
    int checked = 0;
    for (size_t i = 0; i < s_scene->buildings().size(); i += 61) {
        const map::BuildingEntry& entry = s_scene->buildings()[i];
        map::CameraRig::Pose pose = rig.pose();
        pose.target = osg::Vec3d(entry.box.center().x(), entry.box.center().y(), 0);
        pose.distance = 400;
        rig.setPose(pose);
        const osg::Vec3d roof(entry.box.center().x(), entry.box.center().y(), entry.box.zMax());
        const osg::Vec2d at = project(roof, rig, width, height);
        const auto hit = map::pick(*s_scene, rig.viewMatrix(), rig.projectionMatrix(double(width) / height),
                                   width, height, at.x(), at.y());
        // A courtyard's centre is open sky: the pick must then see the ground of its area.
        if (hit.building) {
            EXPECT_EQ(*hit.building, entry.id);
            EXPECT_EQ(*hit.area, entry.areaId);
        } else {
            EXPECT_EQ(hit.area, entry.areaId);
        }
        ++checked;
    }
    EXPECT_GE(checked, 10);
}

TEST_F(MapScene, PickingScalesWithTheDevicePixelRatio)
{
    const int width = 800, height = 600;
    map::CameraRig rig;
    const map::BuildingEntry& entry = s_scene->buildings()[100];
    rig.setPose({osg::Vec3d(entry.box.center().x(), entry.box.center().y(), 0), 350, 20, 50});
    const osg::Vec3d roof(entry.box.center().x(), entry.box.center().y(), entry.box.zMax());
    const osg::Vec2d logical = project(roof, rig, width, height);
    // On a 2x screen the viewport has twice the pixels and Qt's logical position is doubled.
    const auto hit =
        map::pick(*s_scene, rig.viewMatrix(), rig.projectionMatrix(double(width) / height), width * 2,
                  height * 2, (logical.x() + 0.5) * 2 - 0.5, (logical.y() + 0.5) * 2 - 0.5);
    ASSERT_TRUE(hit.building);
    EXPECT_EQ(*hit.building, entry.id);
}

TEST_F(MapScene, PickingOpenGroundFindsTheAreaAndTheSkyFindsNothing)
{
    const core::Area area = core::DistrictRepository(s_district->db()).areas().front();
    // The area's south-west margin is open ground (buildings start 10 m in).
    const osg::Vec3d ground(area.outline[0][0].x + 3, area.outline[0][0].y + 3, 0);
    map::CameraRig rig;
    rig.setPose({ground, 300, 0, 89});
    const osg::Vec2d at = project(ground, rig, 640, 480);
    auto hit =
        map::pick(*s_scene, rig.viewMatrix(), rig.projectionMatrix(640.0 / 480), 640, 480, at.x(), at.y());
    EXPECT_FALSE(hit.building);
    EXPECT_EQ(hit.area, area.id);

    rig.setPose({ground, 300, 0, 12});
    hit = map::pick(*s_scene, rig.viewMatrix(), rig.projectionMatrix(640.0 / 480), 640, 480, 320, 2);
    EXPECT_FALSE(hit.building);
    EXPECT_FALSE(hit.area);
}

TEST(CameraRig, FliesSmoothlyToItsTargetAndKeepsLimits)
{
    map::CameraRig rig;
    rig.setPose({osg::Vec3d(0, 0, 0), 1000, 0, 60});
    rig.flyTo({osg::Vec3d(500, 200, 0), 200, 350, 45}, 1.0);
    EXPECT_TRUE(rig.animating());
    rig.advance(0.5);
    EXPECT_GT(rig.pose().target.x(), 0);
    EXPECT_LT(rig.pose().target.x(), 500);
    while (rig.advance(0.1)) {
    }
    EXPECT_FALSE(rig.animating());
    EXPECT_NEAR(rig.pose().target.x(), 500, 1e-6);
    EXPECT_NEAR(rig.pose().distance, 200, 1e-6);
    EXPECT_NEAR(rig.pose().heading, 350, 1e-6) << "turned the short way through north";

    rig.zoom(1e-6);
    EXPECT_GE(rig.pose().distance, 30);
    rig.orbit(0, 90);
    EXPECT_LE(rig.pose().pitch, 89);
}

TEST_F(MapScene, LabelsCarryChineseNamesInTheCjkFont)
{
    struct Labels : osg::NodeVisitor {
        Labels() : osg::NodeVisitor(TRAVERSE_ALL_CHILDREN) { setNodeMaskOverride(~0u); }
        void apply(osg::Drawable& d) override
        {
            if (auto* text = dynamic_cast<osgText::Text*>(&d))
                found.push_back(text);
        }
        std::vector<osgText::Text*> found;
    } labels;
    s_scene->root()->accept(labels);
    ASSERT_FALSE(labels.found.empty());
    bool community = false;
    for (osgText::Text* text : labels.found) {
        const std::string utf8 = text->getText().createUTF8EncodedString();
        ASSERT_FALSE(utf8.empty());
        community |= QString::fromStdString(utf8) == QStringLiteral("景和社区");
        ASSERT_NE(text->getFont(), nullptr);
        EXPECT_NE(text->getFont()->getFileName().find("NotoSansCJK"), std::string::npos)
            << text->getFont()->getFileName();
    }
    EXPECT_TRUE(community);
}

TEST_F(MapScene, LabelsNeverOverlapAndThinOutWithDistance)
{
    const int width = 1280, height = 800;
    map::CameraRig rig;
    rig.setPose(map::CameraRig::framing(s_scene->bounds(), double(width) / height));
    map::LabelLayer& labels = s_scene->labels();
    const auto& far =
        labels.layout(rig.viewMatrix(), rig.projectionMatrix(double(width) / height), width, height);
    int communities = 0;
    for (const auto& p : far) {
        EXPECT_NE(labels.labels()[p.index].kind, map::LabelKind::Building) << "no addresses from afar";
        communities += labels.labels()[p.index].kind == map::LabelKind::Community;
    }
    EXPECT_EQ(communities, 15) << "every community is named in the whole-district view";
    for (size_t i = 0; i < far.size(); ++i)
        for (size_t j = i + 1; j < far.size(); ++j)
            EXPECT_FALSE(
                std::fabs(far[i].centre.x() - far[j].centre.x()) < far[i].half.x() + far[j].half.x() &&
                std::fabs(far[i].centre.y() - far[j].centre.y()) < far[i].half.y() + far[j].half.y());

    // Close to one building, its address is shown.
    const map::BuildingEntry& entry = s_scene->buildings()[200];
    rig.setPose({osg::Vec3d(entry.box.center().x(), entry.box.center().y(), 0), 180, 0, 55});
    const auto& near =
        labels.layout(rig.viewMatrix(), rig.projectionMatrix(double(width) / height), width, height, 2.0);
    const QString address = core::DistrictRepository(s_district->db()).building(entry.id)->address;
    EXPECT_TRUE(std::any_of(near.begin(), near.end(),
                            [&](const auto& p) { return labels.labels()[p.index].text == address; }));
}

TEST_F(MapScene, FloorViewStacksEveryDwellingAndPicksItsCell)
{
    const core::ResidentRepository residents(s_district->db());
    const map::BuildingEntry& entry = s_scene->buildings()[17];
    const auto statuses = residents.dwellingStatuses(entry.id);
    ASSERT_FALSE(statuses.empty());
    map::FloorScene floors(statuses);
    ASSERT_EQ(floors.dwellings().size(), statuses.size());

    const int width = 1000, height = 800;
    const osg::BoundingBox box = floors.bounds();
    map::CameraRig rig;
    rig.setLimits(1, 5000);
    rig.setPose({osg::Vec3d(box.center()), 120, 0, 14});
    int checked = 0;
    for (const core::DwellingStatus& status : floors.dwellings()) {
        const auto centre = floors.cellCentre(status.dwelling.id);
        ASSERT_TRUE(centre);
        // The middle of the cell's front face, seen from the south.
        const osg::Vec3d front(centre->x(), box.yMin(), centre->z());
        const osg::Vec2d at = project(front, rig, width, height);
        const auto hit =
            map::pickPrimitive(floors.pickable(), rig.viewMatrix(),
                               rig.projectionMatrix(double(width) / height), width, height, at.x(), at.y());
        ASSERT_TRUE(hit);
        const core::DwellingStatus* owner = floors.owner(hit->drawable, hit->primitiveIndex);
        ASSERT_NE(owner, nullptr);
        EXPECT_EQ(owner->dwelling.id, status.dwelling.id);
        ++checked;
    }
    EXPECT_EQ(checked, int(statuses.size()));

    // Floor names and door numbers are shown.
    const auto& placed =
        floors.labels().layout(rig.viewMatrix(), rig.projectionMatrix(double(width) / height), width, height);
    EXPECT_GT(placed.size(), statuses.size() / 2) << "of " << floors.labels().labels().size();
}
