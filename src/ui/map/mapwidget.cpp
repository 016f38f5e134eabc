#include "shegong/ui/map/mapwidget.h"

#include "shegong/map/districtscene.h"
#include "shegong/map/floorscene.h"
#include "shegong/map/labellayer.h"
#include "shegong/map/picker.h"
#include "shegong/ui/map/tools/districttool.h"
#include "shegong/ui/map/tools/floortool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QToolTip>
#include <QWheelEvent>
#include <chrono>
#include <cmath>
#include <osgViewer/Viewer>

namespace shegong::ui {

MapWidget::MapWidget(QWidget* parent) : QOpenGLWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(320, 240);
    m_animation.setInterval(16);
    connect(&m_animation, &QTimer::timeout, this, &MapWidget::animate);
}

MapWidget::~MapWidget()
{
    // GL objects belong to this widget's context: release them while it is current.
    makeCurrent();
    if (m_viewer)
        m_viewer->setSceneData(nullptr);
    m_viewer = nullptr;
    m_window = nullptr;
    doneCurrent();
}

osg::Node* MapWidget::activeRoot() const
{
    if (m_floors)
        return m_floors->root();
    return m_scene ? m_scene->root() : nullptr;
}

void MapWidget::setScene(std::shared_ptr<map::DistrictScene> scene)
{
    m_scene = std::move(scene);
    m_floorTool.reset();
    m_floors.reset();
    m_districtTool = std::make_unique<DistrictTool>(m_rig, *m_scene);
    m_districtTool->setDescriber(m_describe);
    connectTool(*m_districtTool);
    connect(m_districtTool.get(), &DistrictTool::buildingClicked, this, &MapWidget::buildingClicked);
    connect(m_districtTool.get(), &DistrictTool::buildingActivated, this, &MapWidget::buildingActivated);
    connect(m_districtTool.get(), &DistrictTool::areaClicked, this, &MapWidget::areaClicked);
    if (m_viewer)
        m_viewer->setSceneData(activeRoot());
    m_framed = false;
    home(false);
    update();
}

void MapWidget::connectTool(MapTool& tool)
{
    connect(&tool, &MapTool::changed, this, qOverload<>(&MapWidget::update));
    connect(&tool, &MapTool::homeRequested, this, [this] { home(); });
    connect(&tool, &MapTool::toolTipRequested, this, [this](QPoint global, const QString& text) {
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(global, text, this);
    });
}

void MapWidget::setDescriber(std::function<QString(core::Id)> describe)
{
    m_describe = std::move(describe);
    if (m_districtTool)
        m_districtTool->setDescriber(m_describe);
}

MapTool* MapWidget::activeTool() const
{
    if (m_floorTool)
        return m_floorTool.get();
    return m_districtTool.get();
}

MapViewport MapWidget::viewport() const
{
    return {size(), devicePixelRatioF(), m_rig.viewMatrix(), m_rig.projectionMatrix(aspect())};
}

QSize MapWidget::physicalSize() const
{
    const double ratio = devicePixelRatioF();
    return {int(std::lround(width() * ratio)), int(std::lround(height() * ratio))};
}

double MapWidget::aspect() const
{
    return height() > 0 ? double(width()) / double(height()) : 1.0;
}

void MapWidget::initializeGL()
{
    const QSize size = physicalSize();
    m_window = new osgViewer::GraphicsWindowEmbedded(0, 0, size.width(), size.height());
    m_viewer = new osgViewer::Viewer;
    m_viewer->setThreadingModel(osgViewer::Viewer::SingleThreaded);
    m_viewer->setKeyEventSetsDone(0);
    m_viewer->setQuitEventSetsDone(false);
    osg::Camera* camera = m_viewer->getCamera();
    camera->setGraphicsContext(m_window.get());
    camera->setViewport(0, 0, size.width(), size.height());
    camera->setClearColor(osg::Vec4(0.93f, 0.94f, 0.95f, 1));
    camera->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
    m_viewer->setSceneData(activeRoot());
    m_viewer->realize();
}

void MapWidget::resizeGL(int, int)
{
    const QSize size = physicalSize();
    if (m_window) {
        m_window->resized(0, 0, size.width(), size.height());
        m_viewer->getCamera()->setViewport(0, 0, size.width(), size.height());
    }
    if (!m_framed)
        home(false);
}

void MapWidget::paintGL()
{
    if (!m_viewer)
        return;
    const auto start = std::chrono::steady_clock::now();
    // QOpenGLWidget renders into its own framebuffer, which can change on every resize.
    m_window->setDefaultFboId(defaultFramebufferObject());
    osg::Camera* camera = m_viewer->getCamera();
    camera->setViewMatrix(m_rig.viewMatrix());
    camera->setProjectionMatrix(m_rig.projectionMatrix(aspect()));
    layoutLabels();
    m_viewer->frame();
    // Qt composes this widget's framebuffer by its alpha: blended drawing (labels, fills) leaves it
    // below 1 in places, where the window would show through. Make it opaque again.
    QOpenGLFunctions* gl = context()->functions();
    gl->glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    gl->glClearColor(0, 0, 0, 1);
    gl->glClear(GL_COLOR_BUFFER_BIT);
    gl->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    if (m_finishFrames)
        context()->functions()->glFinish();
    m_lastFrameMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (++m_frames == 1)
        Q_EMIT firstFramePainted();
}

void MapWidget::layoutLabels()
{
    map::LabelLayer* labels = m_floors ? &m_floors->labels() : m_scene ? &m_scene->labels() : nullptr;
    if (!labels)
        return;
    const QSize size = physicalSize();
    labels->layout(m_rig.viewMatrix(), m_rig.projectionMatrix(aspect()), size.width(), size.height(),
                   devicePixelRatioF());
}

void MapWidget::openFloors(std::shared_ptr<map::FloorScene> floors)
{
    if (!floors || floors->dwellings().empty())
        return;
    if (!m_floors)
        m_districtPose = m_rig.pose();
    m_floors = std::move(floors);
    m_floorTool = std::make_unique<FloorTool>(m_rig, *m_floors);
    connectTool(*m_floorTool);
    connect(m_floorTool.get(), &FloorTool::dwellingClicked, this, &MapWidget::dwellingClicked);
    connect(m_floorTool.get(), &FloorTool::closeRequested, this, &MapWidget::closeFloors);
    QToolTip::hideText();
    if (m_viewer)
        m_viewer->setSceneData(activeRoot());
    // Face the stack from the front, far enough for every floor and stairwell to fit.
    const osg::BoundingBox box = m_floors->bounds();
    const double tanHalf = std::tan(35.0 / 2 * 3.14159265358979 / 180);
    const double halfWidth = (box.xMax() - box.xMin()) / 2 + 6,
                 halfHeight = (box.zMax() - box.zMin()) / 2 + 4;
    m_rig.setLimits(5, 2000);
    m_rig.setPose({osg::Vec3d(box.center().x(), box.center().y(), box.center().z()),
                   1.15 * std::max(halfHeight / tanHalf, halfWidth / (tanHalf * aspect())), 0, 14});
    update();
}

void MapWidget::closeFloors()
{
    if (!m_floors)
        return;
    m_floorTool.reset();
    m_floors.reset();
    QToolTip::hideText(); // a cell's tooltip must not stay over the district
    if (m_viewer)
        m_viewer->setSceneData(activeRoot());
    m_rig.setLimits(30, m_scene ? std::max(2000.0, double(m_scene->bounds().radius()) * 6) : 20000);
    m_rig.setPose(m_districtPose);
    update();
    Q_EMIT floorsClosed();
}

const core::DwellingStatus* MapWidget::dwellingAt(QPointF logical) const
{
    return m_floorTool ? m_floorTool->dwellingAt(viewport(), logical) : nullptr;
}

void MapWidget::home(bool animate)
{
    if (!m_scene || !m_scene->bounds().valid())
        return;
    const auto pose = map::CameraRig::framing(m_scene->bounds(), aspect());
    const double radius = m_scene->bounds().radius();
    m_rig.setLimits(30, std::max(2000.0, radius * 6));
    m_framed = width() > 0;
    if (animate) {
        m_rig.flyTo(pose);
        startAnimation();
    } else {
        m_rig.setPose(pose);
        update();
    }
}

void MapWidget::flyToBuilding(core::Id id)
{
    closeFloors();
    const map::BuildingEntry* entry = m_scene ? m_scene->building(id) : nullptr;
    if (!entry)
        return;
    map::CameraRig::Pose pose = m_rig.pose();
    pose.target = osg::Vec3d(entry->box.center().x(), entry->box.center().y(), entry->box.zMax() / 3);
    pose.distance = std::max(160.0, double(entry->box.radius()) * 4.5);
    pose.pitch = std::max(35.0, std::min(pose.pitch, 60.0));
    m_rig.flyTo(pose);
    startAnimation();
}

void MapWidget::flyToArea(core::Id id)
{
    const auto centre = m_scene ? m_scene->areaCentre(id) : std::nullopt;
    if (!centre)
        return;
    map::CameraRig::Pose pose = m_rig.pose();
    pose.target = *centre;
    pose.distance = 480;
    m_rig.flyTo(pose);
    startAnimation();
}

void MapWidget::selectBuilding(std::optional<core::Id> building)
{
    if (!m_scene)
        return;
    m_scene->setSelected(building);
    update();
}

std::optional<core::Id> MapWidget::buildingAt(QPointF logical) const
{
    if (!m_districtTool || m_floors)
        return std::nullopt;
    return m_districtTool->buildingAt(viewport(), logical);
}

void MapWidget::startAnimation()
{
    m_clock.restart();
    if (!m_animation.isActive())
        m_animation.start();
    update();
}

void MapWidget::animate()
{
    const double seconds = double(m_clock.restart()) / 1000.0;
    if (!m_rig.advance(seconds))
        m_animation.stop();
    update();
}

// Input goes to the active tool, with what a point on the view means now.
void MapWidget::mousePressEvent(QMouseEvent* event)
{
    if (MapTool* tool = activeTool())
        tool->press(viewport(), *event);
}

void MapWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (MapTool* tool = activeTool())
        tool->move(viewport(), *event);
}

void MapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (MapTool* tool = activeTool())
        tool->release(viewport(), *event);
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (MapTool* tool = activeTool())
        tool->doubleClick(viewport(), event->position());
}

void MapWidget::wheelEvent(QWheelEvent* event)
{
    if (MapTool* tool = activeTool())
        tool->wheel(*event);
}

void MapWidget::keyPressEvent(QKeyEvent* event)
{
    MapTool* tool = activeTool();
    if (!tool || !tool->key(*event))
        QOpenGLWidget::keyPressEvent(event);
}

void MapWidget::leaveEvent(QEvent* event)
{
    if (MapTool* tool = activeTool())
        tool->leave();
    QOpenGLWidget::leaveEvent(event);
}

} // namespace shegong::ui
