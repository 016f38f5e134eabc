// The map's tools driven by synthetic events, offscreen: picking works on matrices alone, so no GL.
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/map/camerarig.h"
#include "shegong/map/districtscene.h"
#include "shegong/map/floorscene.h"
#include "shegong/ui/map/tools/districttool.h"
#include "shegong/ui/map/tools/floortool.h"
#include "testdatabase.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QWheelEvent>
#include <gtest/gtest.h>

using namespace shegong;

namespace {

class MapTools : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_file = new test::TestDatabase;
        ASSERT_TRUE(core::generateDemoDistrict(s_file->db(), core::DemoOptions{6, 0.05, QDate(2026, 11, 1)}));
    }
    static void TearDownTestSuite()
    {
        delete s_file;
        s_file = nullptr;
    }
    void SetUp() override
    {
        const core::DistrictRepository district(s_file->db());
        scene = std::make_unique<map::DistrictScene>(map::SceneInput{district.communities(), district.areas(),
                                                                     district.lanes(), district.buildings()});
        // A building whose roof covers the centre of its box (L-shaped ones do not), framed.
        ui::DistrictTool probe(rig, *scene);
        for (const map::BuildingEntry& b : scene->buildings()) {
            entry = &b;
            rig.setPose({osg::Vec3d(b.box.center().x(), b.box.center().y(), 0), 260, 15, 55});
            if (probe.buildingAt(viewport(), roof()) == b.id)
                break;
        }
    }

    ui::MapViewport viewport() const
    {
        const QSize size(800, 600);
        return {size, 1.0, rig.viewMatrix(), rig.projectionMatrix(double(size.width()) / size.height())};
    }
    //! Where a point of the scene shows on the view, in logical pixels.
    QPointF onScreen(const osg::Vec3d& point) const
    {
        const ui::MapViewport v = viewport();
        const osg::Vec3d p = point * v.view * v.projection * osg::Matrixd::translate(1, 1, 1) *
                             osg::Matrixd::scale(0.5 * v.logical.width(), 0.5 * v.logical.height(), 0.5);
        return {p.x(), v.logical.height() - p.y()};
    }
    QPointF roof() const
    {
        return onScreen(osg::Vec3d(entry->box.center().x(), entry->box.center().y(), entry->box.zMax()));
    }
    static QMouseEvent mouse(QEvent::Type type, QPointF at, Qt::MouseButton button,
                             Qt::KeyboardModifiers modifiers = {})
    {
        return QMouseEvent(type, at, at, button, type == QEvent::MouseButtonRelease ? Qt::NoButton : button,
                           modifiers);
    }

    static test::TestDatabase* s_file;
    std::unique_ptr<map::DistrictScene> scene;
    const map::BuildingEntry* entry = nullptr;
    map::CameraRig rig;
};
test::TestDatabase* MapTools::s_file = nullptr;

TEST_F(MapTools, DistrictToolClicksSelectsAndActivatesTheBuildingUnderThePointer)
{
    ui::DistrictTool tool(rig, *scene);
    QSignalSpy clicked(&tool, &ui::DistrictTool::buildingClicked);
    QSignalSpy activated(&tool, &ui::DistrictTool::buildingActivated);
    ASSERT_EQ(tool.buildingAt(viewport(), roof()), entry->id);

    tool.press(viewport(), mouse(QEvent::MouseButtonPress, roof(), Qt::LeftButton));
    tool.release(viewport(), mouse(QEvent::MouseButtonRelease, roof(), Qt::LeftButton));
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.first().first().value<core::Id>(), entry->id);
    EXPECT_EQ(scene->selected(), entry->id);

    tool.doubleClick(viewport(), roof());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().first().value<core::Id>(), entry->id);
}

TEST_F(MapTools, HoveringHighlightsAndDescribesABuilding)
{
    ui::DistrictTool tool(rig, *scene);
    tool.setDescriber([](core::Id id) { return QStringLiteral("building %1").arg(id); });
    QSignalSpy tips(&tool, &ui::MapTool::toolTipRequested);
    const QPointF outside(2, 2);
    ASSERT_FALSE(tool.buildingAt(viewport(), outside));
    tool.move(viewport(), mouse(QEvent::MouseMove, roof(), Qt::NoButton));
    EXPECT_EQ(scene->hovered(), entry->id);
    ASSERT_EQ(tips.count(), 1);
    EXPECT_EQ(tips.last().at(1).toString(), QStringLiteral("building %1").arg(entry->id));
    tool.leave();
    EXPECT_FALSE(scene->hovered());
    EXPECT_TRUE(tips.last().at(1).toString().isEmpty()) << "leaving hides the tooltip";
}

TEST_F(MapTools, DragsPanAndOrbitWheelAndKeysMoveTheCameraAndADragIsNoClick)
{
    ui::DistrictTool tool(rig, *scene);
    QSignalSpy clicked(&tool, &ui::DistrictTool::buildingClicked);
    const map::CameraRig::Pose start = rig.pose();

    tool.press(viewport(), mouse(QEvent::MouseButtonPress, roof(), Qt::LeftButton));
    tool.move(viewport(), mouse(QEvent::MouseMove, roof() + QPointF(60, 0), Qt::LeftButton));
    tool.release(viewport(), mouse(QEvent::MouseButtonRelease, roof() + QPointF(60, 0), Qt::LeftButton));
    EXPECT_NE(rig.pose().target, start.target) << "left-drag pans";
    EXPECT_EQ(clicked.count(), 0) << "a drag is not a click";

    const double heading = rig.pose().heading;
    tool.press(viewport(), mouse(QEvent::MouseButtonPress, roof(), Qt::LeftButton, Qt::ControlModifier));
    tool.move(viewport(), mouse(QEvent::MouseMove, roof() + QPointF(50, 0), Qt::LeftButton));
    tool.release(viewport(), mouse(QEvent::MouseButtonRelease, roof() + QPointF(50, 0), Qt::LeftButton));
    EXPECT_NE(rig.pose().heading, heading) << "Ctrl+left-drag orbits";

    const double distance = rig.pose().distance;
    tool.wheel(QWheelEvent(roof(), roof(), {}, QPoint(0, 120), Qt::NoButton, {}, Qt::NoScrollPhase, false));
    EXPECT_LT(rig.pose().distance, distance) << "the wheel zooms in";

    const osg::Vec3d before = rig.pose().target;
    EXPECT_TRUE(tool.key(QKeyEvent(QEvent::KeyPress, Qt::Key_Left, Qt::NoModifier)));
    EXPECT_NE(rig.pose().target, before);
    QSignalSpy home(&tool, &ui::MapTool::homeRequested);
    EXPECT_TRUE(tool.key(QKeyEvent(QEvent::KeyPress, Qt::Key_Home, Qt::NoModifier)));
    EXPECT_EQ(home.count(), 1);
    EXPECT_FALSE(tool.key(QKeyEvent(QEvent::KeyPress, Qt::Key_F5, Qt::NoModifier)));
}

TEST_F(MapTools, FloorToolPicksADwellingAndEscapeAsksToReturn)
{
    core::Id building = 0;
    std::vector<core::DwellingStatus> statuses;
    for (const auto& b : scene->buildings()) {
        statuses = core::ResidentRepository(s_file->db()).dwellingStatuses(b.id);
        if (!statuses.empty()) {
            building = b.id;
            break;
        }
    }
    ASSERT_NE(building, 0);
    map::FloorScene floors(statuses);
    const auto centre = floors.cellCentre(statuses.front().dwelling.id);
    ASSERT_TRUE(centre);
    const osg::BoundingBox box = floors.bounds();
    rig.setLimits(5, 2000);
    rig.setPose({osg::Vec3d(box.center()), 120, 0, 14});
    ui::FloorTool tool(rig, floors);
    QSignalSpy clicked(&tool, &ui::FloorTool::dwellingClicked);
    QSignalSpy close(&tool, &ui::FloorTool::closeRequested);

    const QPointF cell = onScreen(*centre);
    ASSERT_NE(tool.dwellingAt(viewport(), cell), nullptr);
    EXPECT_EQ(tool.dwellingAt(viewport(), cell)->dwelling.id, statuses.front().dwelling.id);
    tool.press(viewport(), mouse(QEvent::MouseButtonPress, cell, Qt::LeftButton));
    tool.release(viewport(), mouse(QEvent::MouseButtonRelease, cell, Qt::LeftButton));
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.first().first().value<core::Id>(), statuses.front().dwelling.id);

    EXPECT_TRUE(tool.key(QKeyEvent(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier)));
    EXPECT_EQ(close.count(), 1);
}

} // namespace
