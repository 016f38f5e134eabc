#pragma once

#include "shegong/core/geography/geography.h"
#include "shegong/ui/map/tools/maptool.h"

namespace shegong::core {
struct DwellingStatus;
}
namespace shegong::map {
class FloorScene;
}

namespace shegong::ui {

//! One building floor by floor: hovering names a dwelling, a click selects it, Escape returns.
class FloorTool : public MapTool {
    Q_OBJECT
public:
    FloorTool(map::CameraRig& rig, map::FloorScene& floors, QObject* parent = nullptr);

    const core::DwellingStatus* dwellingAt(const MapViewport& viewport, QPointF at) const;
    bool key(const QKeyEvent& event) override;

Q_SIGNALS:
    void dwellingClicked(core::Id dwelling, core::Id household); //!< household 0 when vacant
    void closeRequested();

protected:
    void hover(const MapViewport& viewport, QPointF at, QPoint global) override;
    void click(const MapViewport& viewport, QPointF at) override;

private:
    map::FloorScene& m_floors;
};

} // namespace shegong::ui
