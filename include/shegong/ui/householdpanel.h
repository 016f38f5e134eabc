#pragma once

#include "shegong/core/geography.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace shegong::core {
class Database;
}

namespace shegong::ui {

class DistrictTreeModel;

//! Beside the map: the chosen building's dwellings, households and residents.
class HouseholdPanel : public QWidget {
    Q_OBJECT
public:
    explicit HouseholdPanel(const core::Database& db, QWidget* parent = nullptr);

    void showBuilding(core::Id buildingId);
    //! Selects (and opens) a dwelling of the shown building.
    void selectDwelling(core::Id dwellingId);
    core::Id building() const { return m_building; }
    QTreeView* view() const { return m_view; }
    DistrictTreeModel* model() const { return m_model; }

Q_SIGNALS:
    void openFloorsRequested(core::Id buildingId);

private:
    const core::Database& m_db;
    core::Id m_building = 0;
    QLabel* m_title;
    QLabel* m_summary;
    QTreeView* m_view;
    QPushButton* m_floors;
    DistrictTreeModel* m_model = nullptr;
};

} // namespace shegong::ui
