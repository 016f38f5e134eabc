#pragma once

#include "shegong/core/people/residentrepository.h"
#include "shegong/map/camerarig.h"
#include "shegong/ui/map/tools/mapviewport.h"

#include <QElapsedTimer>
#include <QOpenGLWidget>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace osgViewer {
class GraphicsWindowEmbedded;
class Viewer;
} // namespace osgViewer

namespace shegong::map {
class DistrictScene;
class FloorScene;
} // namespace shegong::map

namespace shegong::ui {

class DistrictTool;
class FloorTool;
class MapTool;

/*! The 3D district in a QOpenGLWidget: osgViewer on an embedded graphics window, rendered on demand.
    Left-drag pans, right-drag (or Ctrl+left) orbits, the wheel zooms; arrows, +/-, Q/E, PgUp/PgDn and
    Home do the same from the keyboard. A click selects a building (or an area), hovering highlights
    it with a tooltip. Input goes to the active tool (district navigation or the floor view). */
class MapWidget : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit MapWidget(QWidget* parent = nullptr);
    ~MapWidget() override;

    void setScene(std::shared_ptr<map::DistrictScene> scene);
    map::DistrictScene* scene() const { return m_scene.get(); }
    map::CameraRig& camera() { return m_rig; }

    //! Text for the hover tooltip of a building (address, households, residents).
    void setDescriber(std::function<QString(core::Id)> describe);
    //! The size, device-pixel ratio and matrices of the view now: what a point on it means.
    MapViewport viewport() const;
    //! The tool input goes to: the district's, or the floor view's while it is open.
    MapTool* activeTool() const;

    void home(bool animate = true);
    void flyToBuilding(core::Id building);
    void flyToArea(core::Id area);
    void selectBuilding(std::optional<core::Id> building);
    //! What lies under a point in logical (Qt) coordinates.
    std::optional<core::Id> buildingAt(QPointF logical) const;

    //! Shows one building's dwellings as a stack of cells; Escape (or closeFloors) returns.
    void openFloors(std::shared_ptr<map::FloorScene> floors);
    void closeFloors();
    map::FloorScene* floors() const { return m_floors.get(); }
    //! What lies under a point of the floor view, in logical coordinates.
    const core::DwellingStatus* dwellingAt(QPointF logical) const;

    //! Frames painted so far, and the time the last one took inside paintGL (ms).
    int framesPainted() const { return m_frames; }
    //! Wait for the GL to finish inside paintGL, so the frame time counts rasterising too (benchmarks).
    void setFrameTiming(bool finish) { m_finishFrames = finish; }
    double lastFrameMilliseconds() const { return m_lastFrameMs; }

Q_SIGNALS:
    void buildingClicked(core::Id building);
    void buildingActivated(core::Id building); //!< double-click: open the floors
    void areaClicked(core::Id area);
    void dwellingClicked(core::Id dwelling, core::Id household); //!< household 0 when vacant
    void floorsClosed();
    void firstFramePainted();

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QSize physicalSize() const;
    double aspect() const;
    void connectTool(MapTool& tool);
    void animate();
    void startAnimation();

    osg::Node* activeRoot() const;
    void layoutLabels();

    std::shared_ptr<map::DistrictScene> m_scene;
    std::shared_ptr<map::FloorScene> m_floors;
    map::CameraRig::Pose m_districtPose;
    map::CameraRig m_rig;
    osg::ref_ptr<osgViewer::Viewer> m_viewer;
    osg::ref_ptr<osgViewer::GraphicsWindowEmbedded> m_window;
    std::function<QString(core::Id)> m_describe;
    std::unique_ptr<DistrictTool> m_districtTool;
    std::unique_ptr<FloorTool> m_floorTool;
    QTimer m_animation;
    QElapsedTimer m_clock;
    bool m_framed = false;
    int m_frames = 0;
    bool m_finishFrames = false;
    double m_lastFrameMs = 0;
};

} // namespace shegong::ui
