#include "shegong/ui/map/tools/maptool.h"

#include "shegong/map/camerarig.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace shegong::ui {
namespace {
constexpr double kClickSlop = 4; // logical pixels a press may move and still be a click
}

MapTool::MapTool(map::CameraRig& rig, QObject* parent) : QObject(parent), m_rig(rig) {}

void MapTool::press(const MapViewport&, const QMouseEvent& event)
{
    m_pressAt = m_lastAt = event.position();
    m_dragged = false;
    m_dragButton = event.button();
    if (m_dragButton == Qt::LeftButton && event.modifiers() & Qt::ControlModifier)
        m_dragButton = Qt::RightButton;
}

void MapTool::move(const MapViewport& viewport, const QMouseEvent& event)
{
    const QPointF at = event.position();
    if (m_dragButton == Qt::NoButton) {
        hover(viewport, at, event.globalPosition().toPoint());
        return;
    }
    const QPointF delta = at - m_lastAt;
    m_lastAt = at;
    if ((at - m_pressAt).manhattanLength() > kClickSlop)
        m_dragged = true;
    if (!m_dragged)
        return;
    const int height = std::max(1, viewport.logical.height());
    if (m_dragButton == Qt::LeftButton)
        m_rig.pan(delta.x() / height, delta.y() / height);
    else
        m_rig.orbit(delta.x() * 0.4, delta.y() * 0.3);
    Q_EMIT changed();
}

void MapTool::release(const MapViewport& viewport, const QMouseEvent& event)
{
    const bool isClick = !m_dragged && m_dragButton == Qt::LeftButton;
    m_dragButton = Qt::NoButton;
    if (isClick)
        click(viewport, event.position());
}

void MapTool::doubleClick(const MapViewport&, QPointF) {}

void MapTool::wheel(const QWheelEvent& event)
{
    m_rig.zoom(std::pow(0.85, event.angleDelta().y() / 120.0));
    Q_EMIT changed();
}

bool MapTool::key(const QKeyEvent& event)
{
    switch (event.key()) {
    case Qt::Key_Left:
        m_rig.pan(-0.08, 0);
        break;
    case Qt::Key_Right:
        m_rig.pan(0.08, 0);
        break;
    case Qt::Key_Up:
        m_rig.pan(0, -0.08);
        break;
    case Qt::Key_Down:
        m_rig.pan(0, 0.08);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_rig.zoom(0.8);
        break;
    case Qt::Key_Minus:
        m_rig.zoom(1.25);
        break;
    case Qt::Key_Q:
        m_rig.orbit(-10, 0);
        break;
    case Qt::Key_E:
        m_rig.orbit(10, 0);
        break;
    case Qt::Key_PageUp:
        m_rig.orbit(0, 5);
        break;
    case Qt::Key_PageDown:
        m_rig.orbit(0, -5);
        break;
    case Qt::Key_Home:
        Q_EMIT homeRequested();
        return true;
    default:
        return false;
    }
    Q_EMIT changed();
    return true;
}

} // namespace shegong::ui
