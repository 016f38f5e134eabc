#include "shegong/ui/map/tools/districttool.h"

#include "shegong/map/districtscene.h"
#include "shegong/map/picker.h"

namespace shegong::ui {
namespace {

map::DistrictScene::Hit pickAt(const map::DistrictScene& scene, const MapViewport& viewport, QPointF at)
{
    const QSize size = viewport.physical();
    const QPointF p = viewport.toPhysical(at);
    return map::pick(scene, viewport.view, viewport.projection, size.width(), size.height(), p.x(), p.y());
}

} // namespace

DistrictTool::DistrictTool(map::CameraRig& rig, map::DistrictScene& scene, QObject* parent)
    : MapTool(rig, parent), m_scene(scene)
{}

std::optional<core::Id> DistrictTool::buildingAt(const MapViewport& viewport, QPointF at) const
{
    return pickAt(m_scene, viewport, at).building;
}

void DistrictTool::hover(const MapViewport& viewport, QPointF at, QPoint global)
{
    // Highlight the building under the pointer and describe it.
    const auto id = buildingAt(viewport, at);
    const auto hovered = id == m_scene.selected() ? std::nullopt : id;
    if (hovered != m_scene.hovered()) {
        m_scene.setHovered(hovered);
        Q_EMIT changed();
    }
    Q_EMIT toolTipRequested(global, id && m_describe ? m_describe(*id) : QString());
}

void DistrictTool::click(const MapViewport& viewport, QPointF at)
{
    const auto hit = pickAt(m_scene, viewport, at);
    if (hit.building) {
        m_scene.setHovered(std::nullopt);
        m_scene.setSelected(hit.building);
        Q_EMIT changed();
        Q_EMIT buildingClicked(*hit.building);
    } else if (hit.area) {
        Q_EMIT areaClicked(*hit.area);
    }
}

void DistrictTool::doubleClick(const MapViewport& viewport, QPointF at)
{
    if (const auto id = buildingAt(viewport, at))
        Q_EMIT buildingActivated(*id);
}

void DistrictTool::leave()
{
    m_scene.setHovered(std::nullopt);
    Q_EMIT toolTipRequested({}, QString());
    Q_EMIT changed();
}

} // namespace shegong::ui
