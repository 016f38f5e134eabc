#pragma once

#include "shegong/core/geography/geography.h"

#include <QObject>

namespace shegong::ui {

/*! How pages ask for a place to be shown without knowing who shows it: the map selects and frames
    the building, the household panel lists its households. */
class Navigator : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void showBuilding(core::Id building, bool fly = true) { Q_EMIT buildingRequested(building, fly); }
    //! A dwelling's household in the panel (its building shown first if it is not).
    void showDwelling(core::Id building, core::Id dwelling) { Q_EMIT dwellingRequested(building, dwelling); }
    void openFloors(core::Id building) { Q_EMIT floorsRequested(building); }
    //! A household on the map: the map module shown, the building framed, the household in the panel.
    void showOnMap(core::Id building, core::Id dwelling)
    {
        Q_EMIT mapRequested();
        showBuilding(building);
        showDwelling(building, dwelling);
    }

Q_SIGNALS:
    void buildingRequested(core::Id building, bool fly);
    void dwellingRequested(core::Id building, core::Id dwelling);
    void floorsRequested(core::Id building);
    void mapRequested();
};

} // namespace shegong::ui
