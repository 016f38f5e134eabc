#pragma once

#include "shegong/core/geography/geography.h"
#include "shegong/ui/map/tools/maptool.h"

#include <functional>
#include <optional>

namespace shegong::map {
class DistrictScene;
}

namespace shegong::ui {

//! The district: hovering highlights and describes a building, a click selects it (or an area), a
//! double-click opens its floors.
class DistrictTool : public MapTool {
    Q_OBJECT
public:
    DistrictTool(map::CameraRig& rig, map::DistrictScene& scene, QObject* parent = nullptr);

    void setDescriber(std::function<QString(core::Id)> describe) { m_describe = std::move(describe); }
    std::optional<core::Id> buildingAt(const MapViewport& viewport, QPointF at) const;
    void doubleClick(const MapViewport& viewport, QPointF at) override;
    void leave() override;

Q_SIGNALS:
    void buildingClicked(core::Id building);
    void buildingActivated(core::Id building);
    void areaClicked(core::Id area);

protected:
    void hover(const MapViewport& viewport, QPointF at, QPoint global) override;
    void click(const MapViewport& viewport, QPointF at) override;

private:
    map::DistrictScene& m_scene;
    std::function<QString(core::Id)> m_describe;
};

} // namespace shegong::ui
