// Map figures (issue 4): frame time, picking, click to household panel, start to first frame, and the
// cost of the QOpenGLWidget embedding against a stock osgViewer window on the same scene.
#include "benchdistrict.h"
#include "demodistrict.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/authservice.h"
#include "shegong/core/work/visitservice.h"
#include "shegong/map/districtscene.h"
#include "shegong/map/labellayer.h"
#include "shegong/map/picker.h"
#include "shegong/ui/map/householdpanel.h"
#include "shegong/ui/map/mappage.h"
#include "shegong/ui/map/mapwidget.h"
#include "shegong/ui/shell/mainwindow.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QTest>
#include <QTimer>
#include <osgViewer/Viewer>

using namespace shegong;

namespace {

constexpr int kWidth = 1280, kHeight = 800;

bool haveGl(benchmark::State& state)
{
    if (QGuiApplication::platformName() == QLatin1String("xcb"))
        return true;
    state.SkipWithError("needs an X server with GL: run under xvfb-run");
    return false;
}

map::SceneInput inputOf(const core::Database& db)
{
    const core::DistrictRepository district(db);
    return {district.communities(), district.areas(), district.lanes(), district.buildings()};
}

//! The demo geography tiled until it holds at least `buildings` buildings (a large district).
map::SceneInput tiled(const map::SceneInput& base, size_t buildings)
{
    map::SceneInput out;
    osg::BoundingBox extent;
    for (const auto& b : base.buildings)
        for (const auto& p : b.footprint[0])
            extent.expandBy(float(p.x), float(p.y), 0);
    const double w = extent.xMax() - extent.xMin() + 200, h = extent.yMax() - extent.yMin() + 200;
    core::Id nextId = 1;
    for (int tile = 0; out.buildings.size() < buildings; ++tile) {
        const double dx = (tile % 5) * w, dy = (tile / 5) * h;
        const auto shift = [&](core::Polygon polygon) {
            for (auto& ring : polygon)
                for (auto& p : ring)
                    p.x += dx, p.y += dy;
            return polygon;
        };
        for (core::Area a : base.areas) {
            a.id += tile * 100000;
            a.outline = shift(a.outline);
            out.areas.push_back(a);
        }
        for (core::Building b : base.buildings) {
            b.id = nextId++;
            b.areaId += tile * 100000;
            b.footprint = shift(b.footprint);
            out.buildings.push_back(b);
        }
    }
    return out;
}

//! Renders one frame and returns the seconds spent in paintGL, GL work finished included.
double finishedFrame(ui::MapWidget& widget)
{
    const int before = widget.framesPainted();
    widget.grabFramebuffer();
    if (widget.framesPainted() != before + 1)
        qFatal("the map did not paint");
    return widget.lastFrameMilliseconds() / 1000.0;
}

void frameBenchmark(benchmark::State& state, const map::SceneInput& input)
{
    ui::MapWidget widget;
    widget.resize(kWidth, kHeight);
    widget.setScene(std::make_shared<map::DistrictScene>(input));
    widget.setFrameTiming(true);
    widget.show();
    (void)QTest::qWaitForWindowExposed(&widget);
    widget.home(false);
    for (int i = 0; i < 3; ++i)
        finishedFrame(widget); // glyphs and buffers are made on the first frames
    for (auto _ : state) {
        widget.camera().orbit(1.5, 0); // a new view each frame, as while dragging
        state.SetIterationTime(finishedFrame(widget));
    }
    state.counters["buildings"] = double(input.buildings.size());
}

void BM_MapFrameDemo(benchmark::State& state)
{
    if (!haveGl(state))
        return;
    frameBenchmark(state, inputOf(bench::benchDistrict(1.0)));
}
BENCHMARK(BM_MapFrameDemo)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(3);

void BM_MapFrame10k(benchmark::State& state)
{
    if (!haveGl(state))
        return;
    frameBenchmark(state, tiled(inputOf(bench::benchDistrict(1.0)), 10000));
}
BENCHMARK(BM_MapFrame10k)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(3);

// The same scene and view in a plain osgViewer window (what osgviewer does), for the embedding's cost.
void BM_StockViewerFrameDemo(benchmark::State& state)
{
    if (!haveGl(state))
        return;
    map::DistrictScene scene(inputOf(bench::benchDistrict(1.0)));
    map::CameraRig rig;
    rig.setPose(map::CameraRig::framing(scene.bounds(), double(kWidth) / kHeight));
    osgViewer::Viewer viewer;
    viewer.setThreadingModel(osgViewer::Viewer::SingleThreaded);
    viewer.setUpViewInWindow(0, 0, kWidth, kHeight);
    viewer.setSceneData(scene.root());
    viewer.getCamera()->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
    viewer.realize();
    const auto frame = [&] {
        QElapsedTimer timer;
        timer.start();
        viewer.getCamera()->setViewMatrix(rig.viewMatrix());
        viewer.getCamera()->setProjectionMatrix(rig.projectionMatrix(double(kWidth) / kHeight));
        scene.labels().layout(rig.viewMatrix(), rig.projectionMatrix(double(kWidth) / kHeight), kWidth,
                              kHeight);
        viewer.frame();
        viewer.getCamera()->getGraphicsContext()->makeCurrent();
        glFinish();
        return double(timer.nsecsElapsed()) / 1e9;
    };
    for (int i = 0; i < 3; ++i)
        frame();
    for (auto _ : state) {
        rig.orbit(1.5, 0);
        state.SetIterationTime(frame());
    }
}
BENCHMARK(BM_StockViewerFrameDemo)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(3);

void BM_Pick(benchmark::State& state)
{
    const map::DistrictScene scene(inputOf(bench::benchDistrict(1.0)));
    map::CameraRig rig;
    rig.setPose(map::CameraRig::framing(scene.bounds(), double(kWidth) / kHeight));
    const osg::Matrixd view = rig.viewMatrix(), projection = rig.projectionMatrix(double(kWidth) / kHeight);
    int x = 0, hits = 0;
    bench::timeEach(state, [&] {
        x = (x + 7919) % (kWidth * kHeight);
        hits +=
            map::pick(scene, view, projection, kWidth, kHeight, x % kWidth, x / kWidth).building.has_value();
    });
    state.counters["hit_share"] = double(hits) / double(state.iterations());
}
BENCHMARK(BM_Pick)->Unit(benchmark::kMicrosecond);

// Click to panel: pick the building, then fill the household panel with its dwellings and residents.
void BM_ClickToHouseholdPanel(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    const map::DistrictScene scene(inputOf(db));
    // As the administrator: every building shows its people, the heaviest panel.
    const core::Access admin(db, bench::administratorSession(db));
    const core::VisitService visits(admin);
    ui::HouseholdPanel panel(visits);
    panel.resize(420, 800);
    map::CameraRig rig;
    size_t next = 0;
    bench::timeEach(state, [&] {
        const map::BuildingEntry& entry = scene.buildings()[(next += 97) % scene.buildings().size()];
        rig.setPose({osg::Vec3d(entry.box.center().x(), entry.box.center().y(), 0), 300, 0, 89});
        const auto hit = map::pick(scene, rig.viewMatrix(), rig.projectionMatrix(double(kWidth) / kHeight),
                                   kWidth, kHeight, kWidth / 2.0, kHeight / 2.0);
        panel.showBuilding(hit.building.value_or(entry.id));
    });
}
BENCHMARK(BM_ClickToHouseholdPanel)->Unit(benchmark::kMillisecond);

// The same click as a social worker on the buildings of their own areas: the read scope's checks
// (the building, then each household's history) are in the time; compare with the administrator's.
void BM_ClickToHouseholdPanelAsWorker(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    const core::Access worker(db, test::sessionFor(db, QStringLiteral("sg001")));
    const core::VisitService visits(worker);
    ui::HouseholdPanel panel(visits);
    panel.resize(420, 800);
    std::vector<core::Id> own;
    const core::DistrictRepository district(db);
    for (core::Id area : worker.ownAreas())
        for (const core::Building& b : district.buildingsOf(area))
            own.push_back(b.id);
    size_t next = 0;
    bench::timeEach(state, [&] { panel.showBuilding(own[next++ % own.size()]); });
    state.counters["buildings"] = double(own.size());
}
BENCHMARK(BM_ClickToHouseholdPanelAsWorker)->Unit(benchmark::kMillisecond);

// Start to first frame: open the database, build the scene and the window, paint the map once.
void BM_StartToFirstFrame(benchmark::State& state)
{
    if (!haveGl(state))
        return;
    const QString path = bench::benchDistrictOnFile(1.0).path();
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto db = core::Database::open(path, core::Database::Options{false, -1});
        ui::MainWindow window(*db.value(), nullptr, test::sessionFor(*db.value(), QStringLiteral("admin")));
        ui::MapWidget* map = window.page<ui::MapPage>(QStringLiteral("map"))->mapWidget();
        QEventLoop loop;
        QObject::connect(map, &ui::MapWidget::firstFramePainted, &loop, &QEventLoop::quit);
        window.show();
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        if (map->framesPainted() == 0) // show() may already have painted
            loop.exec();
        if (map->framesPainted() == 0)
            qFatal("no map frame within 20 s (visible=%d, size=%dx%d)", map->isVisible(), map->width(),
                   map->height());
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
}
BENCHMARK(BM_StartToFirstFrame)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->Repetitions(3);

// Issue 18: the worker's wait after pressing "log in" — the login (Argon2 at the default limits), the
// window with the worker's modules, the first map frame framed on their areas.
void BM_LoginToFirstFrame(benchmark::State& state)
{
    if (!haveGl(state))
        return;
    const core::Database& db = bench::benchDistrict(1.0);
    const QString password = bench::givePassword(db, QStringLiteral("sg001"));
    core::AuthService auth(db);
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const auto session = auth.login(QStringLiteral("sg001"), password, QStringLiteral("bench"));
        if (!session) {
            state.SkipWithError("sg001 does not log in");
            return;
        }
        ui::MainWindow window(db, &auth, session.value());
        ui::MapWidget* map = window.page<ui::MapPage>(QStringLiteral("map"))->mapWidget();
        QEventLoop loop;
        QObject::connect(map, &ui::MapWidget::firstFramePainted, &loop, &QEventLoop::quit);
        window.show();
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        if (map->framesPainted() == 0)
            loop.exec();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
}
BENCHMARK(BM_LoginToFirstFrame)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->Repetitions(3)
    ->ReportAggregatesOnly();

} // namespace
