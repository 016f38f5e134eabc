#pragma once

#include "shegong/core/geography.h"

#include <QWidget>

class QLabel;
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
    core::Id building() const { return m_building; }
    QTreeView* view() const { return m_view; }
    DistrictTreeModel* model() const { return m_model; }

private:
    const core::Database& m_db;
    core::Id m_building = 0;
    QLabel* m_title;
    QLabel* m_summary;
    QTreeView* m_view;
    DistrictTreeModel* m_model = nullptr;
};

} // namespace shegong::ui
