// The exported scene opens in a stock OSG viewer at interactive rates: written, read back with
// osgDB::readNodeFile and drawn frame after frame under Xvfb within a budget.
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/map/districtscene.h"
#include "shegong/map/labellayer.h"
#include "shegong/map/sceneexport.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <gtest/gtest.h>
#include <osg/NodeVisitor>
#include <osgDB/ReadFile>
#include <osgDB/WriteFile>
#include <osgText/Text>
#include <osgViewer/Viewer>

using namespace shegong;

namespace {

struct TextCounter : osg::NodeVisitor {
    TextCounter() : osg::NodeVisitor(TRAVERSE_ALL_CHILDREN) {}
    void apply(osg::Drawable& drawable) override
    {
        count += dynamic_cast<osgText::Text*>(&drawable) != nullptr;
    }
    int count = 0;
};

} // namespace

TEST(SceneExport, AStockViewerDrawsTheExportedDistrictAtInteractiveRates)
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        GTEST_SKIP() << "needs an X server with GL (run under xvfb-run)";
    test::TestDatabase t(QStringLiteral("scene.db"));
    ASSERT_TRUE(core::generateDemoDistrict(t.db(), core::DemoOptions{3, 0.3, QDate(2026, 11, 1)}));
    const core::DistrictRepository district(t.db());
    const map::DistrictScene scene(
        {district.communities(), district.areas(), district.lanes(), district.buildings()});
    ASSERT_GT(scene.labels().labels().size(), 300u) << "the application's labels: hundreds";
    for (const bool names : {false, true}) {
        const std::string path = (t.folder() + QStringLiteral("/district-%1.ive").arg(names)).toStdString();
        ASSERT_TRUE(osgDB::writeNodeFile(*map::sceneForViewers(scene, names), path));
        const osg::ref_ptr<osg::Node> loaded = osgDB::readRefNodeFile(path);
        ASSERT_TRUE(loaded) << "read back";
        TextCounter texts;
        loaded->accept(texts);
        if (names)
            EXPECT_LT(texts.count, 200) << "community and area names only";
        else
            EXPECT_EQ(texts.count, 0);
        osgViewer::Viewer viewer;
        viewer.setSceneData(loaded.get());
        viewer.setUpViewInWindow(0, 0, 800, 600);
        viewer.setThreadingModel(osgViewer::Viewer::SingleThreaded);
        viewer.realize();
        ASSERT_TRUE(viewer.isRealized());
        viewer.frame(); // first frame: textures and display lists
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 20; ++i)
            viewer.frame();
        const double perFrame = clock.elapsed() / 20.0;
        RecordProperty(names ? "ms_per_frame_with_names" : "ms_per_frame", std::to_string(perFrame));
        EXPECT_LT(perFrame, 250) << "well within a viewer's interactive budget on llvmpipe";
    }
}
