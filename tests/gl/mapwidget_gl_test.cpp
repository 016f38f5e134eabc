#include "shegong/core/demogenerator.h"
#include "shegong/core/districtrepository.h"
#include "shegong/map/districtscene.h"
#include "shegong/ui/mapwidget.h"
#include "testdatabase.h"

#include <QDir>
#include <QImage>
#include <QTest>
#include <gtest/gtest.h>

using namespace shegong;

namespace {

QString artefact(const QString& name)
{
    return QDir(QStringLiteral(SHEGONG_BINARY_DIR)).filePath(name);
}

class MapWidgetGl : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_district = new test::TestDatabase(QStringLiteral("gl.db"));
        ASSERT_TRUE(core::generateDemoDistrict(s_district->db()));
        const core::DistrictRepository district(s_district->db());
        s_input = new map::SceneInput{district.communities(), district.areas(), district.lanes(),
                                      district.buildings()};
    }
    static void TearDownTestSuite()
    {
        delete s_input;
        delete s_district;
    }

    void SetUp() override
    {
        widget = std::make_unique<ui::MapWidget>();
        widget->resize(1280, 800);
        widget->setScene(std::make_shared<map::DistrictScene>(*s_input));
        widget->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(widget.get()));
    }

    QImage render()
    {
        widget->update();
        return widget->grabFramebuffer();
    }

    static test::TestDatabase* s_district;
    static map::SceneInput* s_input;
    std::unique_ptr<ui::MapWidget> widget;
};
test::TestDatabase* MapWidgetGl::s_district = nullptr;
map::SceneInput* MapWidgetGl::s_input = nullptr;

bool isSelectionColour(QRgb pixel)
{
    const osg::Vec4 c = map::DistrictScene::selectionColour();
    return std::abs(qRed(pixel) - int(c.r() * 255)) <= 3 && std::abs(qGreen(pixel) - int(c.g() * 255)) <= 3 &&
           std::abs(qBlue(pixel) - int(c.b() * 255)) <= 3;
}

} // namespace

TEST_F(MapWidgetGl, RendersTheDistrict)
{
    const QImage frame = render();
    frame.save(artefact("map-district.png"));
    ASSERT_EQ(frame.size(), QSize(1280, 800) * widget->devicePixelRatio());
    // The district fills the middle of the view: many distinct colours there, not a blank clear colour.
    QSet<QRgb> colours;
    for (int y = 200; y < 600; y += 4)
        for (int x = 300; x < 980; x += 4)
            colours.insert(frame.pixel(x, y));
    EXPECT_GT(colours.size(), 50);
    EXPECT_GT(widget->framesPainted(), 0);
}
