#pragma once

#include "shegong/core/geography/geography.h"
#include "shegong/map/colour/colourmode.h"

#include <QWidget>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace shegong::core {
class Access;
struct DwellingStatus;
} // namespace shegong::core

namespace shegong::ui {

class MapWidget;
class Navigator;

/*! The map module: the 3D district with a search box, the colour-mode chooser with its legend and a
    "whole district" button. A click asks the navigator to show the building; the navigator's requests
    select, frame and open buildings here. */
class MapPage : public QWidget {
    Q_OBJECT
public:
    MapPage(const core::Access& access, Navigator& navigator, std::vector<map::ColourModeFactory> modes,
            QWidget* parent = nullptr);
    ~MapPage() override;

    MapWidget* mapWidget() const { return m_map; }
    //! The ids of the colour modes offered, in order.
    QStringList colourModes() const;
    //! Colours the map by the mode with this id; false if it is not offered.
    bool setColourMode(const QString& id);
    QString legendText() const;

    //! Finds a building by address or code (the search box); false when nothing matches.
    bool searchBuilding(const QString& text);
    void showBuilding(core::Id buildingId, bool fly);
    void openFloors(core::Id buildingId);

private:
    void showModeLegend();
    void showFloorLegend(const std::vector<core::DwellingStatus>& dwellings);
    void frameOwnAreas();

    const core::Access& m_access;
    Navigator& m_navigator;
    MapWidget* m_map;
    QLineEdit* m_search;
    QComboBox* m_modeChooser;
    QLabel* m_legend;
    std::vector<std::unique_ptr<map::ColourMode>> m_modes;
    const map::ColourMode* m_mode = nullptr;
    core::Id m_floorsOf = 0; //!< the building whose floors are open
};

} // namespace shegong::ui
