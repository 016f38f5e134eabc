#pragma once

#include "shegong/core/geography/geography.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace shegong::core {
class Access;
class VisitService;
} // namespace shegong::core
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
    //! With a session's visit service the panel offers "record visit" and shows the history.
    void setVisitService(const core::VisitService* visits) { m_visits = visits; }
    //! The session's scope: masking, sensitive tags and who may reveal personal data.
    void setAccess(const core::Access* access) { m_access = access; }
    //! Shows the current resident's full ID number and phone after asking for a reason (audited).
    void revealCurrentResident();
    //! The household of the current row (or of its dwelling), 0 if none.
    core::Id currentHousehold() const;
    QListWidget* historyView() const { return m_history; }
    //! Opens the visit dialog for the current household; returns the recorded visit or 0.
    core::Id recordVisit();
    //! Opens the new-event dialog for the current household (or one member); returns the event or 0.
    core::Id openEvent();
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
    QPushButton* m_record;
    QPushButton* m_newEvent;
    QListWidget* m_history;
    const core::VisitService* m_visits = nullptr;
    const core::Access* m_access = nullptr;
    QPushButton* m_reveal;

    void showHistory();
    //! Reads the building again, keeping the current household.
    void refresh();
    DistrictTreeModel* m_model = nullptr;
};

} // namespace shegong::ui
