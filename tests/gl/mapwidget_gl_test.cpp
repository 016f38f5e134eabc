#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/map/districtscene.h"
#include "shegong/map/floorscene.h"
#include "shegong/map/labellayer.h"
#include "shegong/ui/map/mapwidget.h"
#include "testdatabase.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QSignalSpy>
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
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            GTEST_SKIP() << "needs an X server with GL (run under xvfb-run)";
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
    frame.save(artefact(QStringLiteral("map-district.png")));
    ASSERT_EQ(frame.size(), QSize(1280, 800) * widget->devicePixelRatio());
    // The district fills the middle of the view: many distinct colours there, not a blank clear colour.
    QSet<QRgb> colours;
    for (int y = 200; y < 600; y += 4)
        for (int x = 300; x < 980; x += 4)
            colours.insert(frame.pixel(x, y));
    EXPECT_GT(colours.size(), 50);
    EXPECT_GT(widget->framesPainted(), 0);
}

// Qt composes the widget's framebuffer by its alpha: anything drawn translucent (area fills, labels)
// must leave it opaque, or the window shows through.
TEST_F(MapWidgetGl, TheFramebufferStaysOpaqueUnderLabels)
{
    const map::BuildingEntry& entry = widget->scene()->buildings()[123];
    widget->camera().setPose({osg::Vec3d(entry.box.center().x(), entry.box.center().y(), 0), 260, 15, 55});
    render();
    // grabFramebuffer() drops alpha: read the widget's framebuffer as it is.
    widget->makeCurrent();
    QOpenGLFunctions* gl = QOpenGLContext::currentContext()->functions();
    gl->glBindFramebuffer(GL_FRAMEBUFFER, widget->defaultFramebufferObject());
    const int w = int(widget->width() * widget->devicePixelRatio());
    const int h = int(widget->height() * widget->devicePixelRatio());
    std::vector<unsigned char> rgba(size_t(w) * size_t(h) * 4);
    gl->glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    widget->doneCurrent();
    qint64 translucent = 0;
    for (size_t i = 3; i < rgba.size(); i += 4)
        translucent += rgba[i] != 255;
    EXPECT_EQ(translucent, 0) << "pixels the window would show through";
}

// GIVEN the district on screen, WHEN a worker clicks a building,
// THEN the click names that building and only its pixels carry the selection colour.
TEST_F(MapWidgetGl, ClickingABuildingHighlightsExactlyThatBuilding)
{
    const map::BuildingEntry& entry = widget->scene()->buildings()[123];
    widget->camera().setPose({osg::Vec3d(entry.box.center().x(), entry.box.center().y(), 0), 260, 15, 55});
    const QImage before = render();
    int highlighted = 0;
    for (int y = 0; y < before.height(); ++y)
        for (int x = 0; x < before.width(); ++x)
            highlighted += isSelectionColour(before.pixel(x, y));
    EXPECT_EQ(highlighted, 0) << "nothing is selected yet";

    // Where the roof's centre lands on screen, in logical pixels.
    const double ratio = widget->devicePixelRatioF();
    const int w = int(widget->width() * ratio), h = int(widget->height() * ratio);
    const osg::Matrixd toWindow =
        widget->camera().viewMatrix() * widget->camera().projectionMatrix(double(w) / h) *
        osg::Matrixd::translate(1, 1, 1) * osg::Matrixd::scale(0.5 * w, 0.5 * h, 0.5);
    const auto screen = [&](const osg::Vec3d& world) {
        const osg::Vec3d p = world * toWindow;
        return QPointF(p.x() / ratio, (h - p.y()) / ratio);
    };
    const QPointF roof = screen(osg::Vec3d(entry.box.center().x(), entry.box.center().y(), entry.box.zMax()));
    ASSERT_EQ(widget->buildingAt(roof), entry.id) << "the roof's centre is not open sky (courtyard)";

    QSignalSpy clicked(widget.get(), &ui::MapWidget::buildingClicked);
    QTest::mouseClick(widget.get(), Qt::LeftButton, {}, roof.toPoint());
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.at(0).at(0).value<core::Id>(), entry.id);

    const QImage after = render();
    after.save(artefact(QStringLiteral("map-selected.png")));
    QRectF expected;
    for (int corner = 0; corner < 8; ++corner)
        expected |= QRectF(screen(entry.box.corner(corner)) * ratio, QSizeF(1, 1));
    expected.adjust(-2, -2, 2, 2);
    int inside = 0, outside = 0;
    for (int y = 0; y < after.height(); ++y)
        for (int x = 0; x < after.width(); ++x)
            if (isSelectionColour(after.pixel(x, y)))
                (expected.contains(x, y) ? inside : outside)++;
    EXPECT_GT(inside, 200) << "the selected roof shows the selection colour";
    EXPECT_EQ(outside, 0) << "no other building carries it";
}

// The whole-district view compared with a reference picture taken on Mesa llvmpipe, with a tolerance
// for rasterisation differences (anti-aliasing, glyph edges).
TEST_F(MapWidgetGl, HomeViewMatchesTheReferenceImage)
{
    widget->home(false);
    const QImage frame = render().convertToFormat(QImage::Format_RGB32);
    const QString referencePath = QStringLiteral(SHEGONG_TEST_DATA "/map-home-reference.png");
    if (qEnvironmentVariableIsSet("SHEGONG_UPDATE_REFERENCE"))
        frame.save(referencePath);
    const QImage reference = QImage(referencePath).convertToFormat(QImage::Format_RGB32);
    ASSERT_FALSE(reference.isNull()) << "set SHEGONG_UPDATE_REFERENCE=1 to create "
                                     << referencePath.toStdString();
    ASSERT_EQ(frame.size(), reference.size());
    qint64 differing = 0;
    for (int y = 0; y < frame.height(); ++y)
        for (int x = 0; x < frame.width(); ++x) {
            const QRgb a = frame.pixel(x, y), b = reference.pixel(x, y);
            if (std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                    std::abs(qBlue(a) - qBlue(b)) >
                48)
                ++differing;
        }
    const double share = double(differing) / double(frame.width() * frame.height());
    if (share > 0.005)
        frame.save(artefact(QStringLiteral("map-home-actual.png")));
    EXPECT_LT(share, 0.005) << "differing pixels: " << differing;
}

// GIVEN a building opened floor by floor, WHEN a worker clicks a cell, THEN it names that dwelling and
// its household; Escape returns to the district.
TEST_F(MapWidgetGl, FloorViewOpensClicksAndCloses)
{
    const map::BuildingEntry& entry = widget->scene()->buildings()[42];
    const auto statuses = core::ResidentRepository(s_district->db()).dwellingStatuses(entry.id);
    auto floors = std::make_shared<map::FloorScene>(statuses);
    widget->openFloors(floors);
    render();
    const QImage frame = render();
    EXPECT_GT(floors->labels().placed().size(), floors->dwellings().size() / 2)
        << "floor and door names are shown";
    frame.save(artefact(QStringLiteral("map-floors.png")));

    const core::DwellingStatus& target = floors->dwellings()[floors->dwellings().size() / 2];
    const double ratio = widget->devicePixelRatioF();
    const int w = int(widget->width() * ratio), h = int(widget->height() * ratio);
    const osg::Vec3 centre = *floors->cellCentre(target.dwelling.id);
    const osg::Vec3d front(centre.x(), floors->bounds().yMin(), centre.z());
    const osg::Vec3d p =
        front * (widget->camera().viewMatrix() * widget->camera().projectionMatrix(double(w) / h) *
                 osg::Matrixd::translate(1, 1, 1) * osg::Matrixd::scale(0.5 * w, 0.5 * h, 0.5));
    const QPoint at(int(p.x() / ratio), int((h - p.y()) / ratio));

    QSignalSpy clicked(widget.get(), &ui::MapWidget::dwellingClicked);
    QTest::mouseClick(widget.get(), Qt::LeftButton, {}, at);
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.at(0).at(0).value<core::Id>(), target.dwelling.id);
    EXPECT_EQ(clicked.at(0).at(1).value<core::Id>(), target.householdId);

    QSignalSpy closed(widget.get(), &ui::MapWidget::floorsClosed);
    QTest::keyClick(widget.get(), Qt::Key_Escape);
    EXPECT_EQ(closed.count(), 1);
    EXPECT_EQ(widget->floors(), nullptr);
}
