#include "shegong/ui/map/tools/floortool.h"

#include "shegong/core/people/residentrepository.h"
#include "shegong/map/floorscene.h"
#include "shegong/map/picker.h"
#include "shegong/ui/common/labels.h"

#include <QKeyEvent>

namespace shegong::ui {

FloorTool::FloorTool(map::CameraRig& rig, map::FloorScene& floors, QObject* parent)
    : MapTool(rig, parent), m_floors(floors)
{}

const core::DwellingStatus* FloorTool::dwellingAt(const MapViewport& viewport, QPointF at) const
{
    const QSize size = viewport.physical();
    const QPointF p = viewport.toPhysical(at);
    const auto hit = map::pickPrimitive(m_floors.pickable(), viewport.view, viewport.projection, size.width(),
                                        size.height(), p.x(), p.y());
    return hit ? m_floors.owner(hit->drawable, hit->primitiveIndex) : nullptr;
}

void FloorTool::hover(const MapViewport& viewport, QPointF at, QPoint global)
{
    const core::DwellingStatus* cell = dwellingAt(viewport, at);
    if (!cell) {
        Q_EMIT toolTipRequested(global, QString());
        return;
    }
    const QString who = cell->householdId ? tr("%1 household").arg(cell->head) : QString();
    Q_EMIT toolTipRequested(
        global, QStringLiteral("%1 %2\n%3").arg(cell->dwelling.number, who, dwellingStateLabel(cell->state)));
}

void FloorTool::click(const MapViewport& viewport, QPointF at)
{
    if (const core::DwellingStatus* cell = dwellingAt(viewport, at)) {
        m_floors.setSelected(cell->dwelling.id);
        Q_EMIT changed();
        Q_EMIT dwellingClicked(cell->dwelling.id, cell->householdId);
    }
}

bool FloorTool::key(const QKeyEvent& event)
{
    if (event.key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return true;
    }
    return MapTool::key(event);
}

} // namespace shegong::ui
