#pragma once

#include "shegong/ui/map/tools/mapviewport.h"

#include <QObject>
#include <QPoint>
#include <QString>

class QKeyEvent;
class QMouseEvent;
class QWheelEvent;

namespace shegong::map {
class CameraRig;
}

namespace shegong::ui {

/*! What the mouse and keyboard do on the map. The widget forwards its input to the active tool with
    the current viewport; every tool moves the camera (left-drag pans, right-drag or Ctrl+left orbits,
    the wheel zooms, the keys do the same) and says what a click, a hover or a double-click means. */
class MapTool : public QObject {
    Q_OBJECT
public:
    explicit MapTool(map::CameraRig& rig, QObject* parent = nullptr);

    void press(const MapViewport& viewport, const QMouseEvent& event);
    void move(const MapViewport& viewport, const QMouseEvent& event);
    void release(const MapViewport& viewport, const QMouseEvent& event);
    virtual void doubleClick(const MapViewport& viewport, QPointF at);
    void wheel(const QWheelEvent& event);
    //! True when the key meant something here.
    virtual bool key(const QKeyEvent& event);
    virtual void leave() {}

Q_SIGNALS:
    void changed();                                     //!< the view needs a new frame
    void toolTipRequested(QPoint global, QString text); //!< empty text hides it
    void homeRequested();

protected:
    virtual void hover(const MapViewport& viewport, QPointF at, QPoint global) = 0;
    virtual void click(const MapViewport& viewport, QPointF at) = 0;

    map::CameraRig& m_rig;

private:
    QPointF m_pressAt, m_lastAt;
    Qt::MouseButton m_dragButton = Qt::NoButton;
    bool m_dragged = false;
};

} // namespace shegong::ui
