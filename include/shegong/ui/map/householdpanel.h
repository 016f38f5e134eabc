#pragma once

#include "shegong/core/geography/geography.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

class QTreeView;

namespace shegong::core {
class Access;
class VisitService;
} // namespace shegong::core

namespace shegong::ui {

class DistrictTreeModel;

/*! Beside the map: the chosen building's dwellings, households and residents, as the session's visit
    service (and its access policy) lets it read them; a building outside the read scope shows its
    address and counts only. Records visits and events, reveals in full with a reason. */
class HouseholdPanel : public QWidget {
    Q_OBJECT
public:
    explicit HouseholdPanel(const core::VisitService& visits, QWidget* parent = nullptr);

    void showBuilding(core::Id buildingId);
    //! Selects (and opens) a dwelling of the shown building.
    void selectDwelling(core::Id dwellingId);
    //! Shows the current resident's full ID number and phone after asking for a reason (audited).
    void revealCurrentResident();
    //! The household of the current row (or of its dwelling), 0 if none.
    core::Id currentHousehold() const;
    QListWidget* historyView() const { return m_history; }
    //! Opens the visit dialog for the current household; returns the recorded visit or 0.
    core::Id recordVisit();
    //! Opens the new-event dialog for the current household (or one member); returns the event or 0.
    core::Id openEvent();
    //! Opens a mediation case with the chosen resident (or the household's head) as applicant.
    core::Id startMediation();
    core::Id building() const { return m_building; }
    //! The building's line under its address: kind, counts, social worker, rental houses.
    QString summary() const;
    QTreeView* view() const { return m_view; }
    DistrictTreeModel* model() const { return m_model; }

Q_SIGNALS:
    void openFloorsRequested(core::Id buildingId);

private:
    const core::VisitService& m_visits;
    const core::Access& m_access;
    core::Id m_building = 0;
    QLabel* m_title;
    QLabel* m_summary;
    QTreeView* m_view;
    QPushButton* m_floors;
    QPushButton* m_record;
    QPushButton* m_newEvent;
    QListWidget* m_history;
    QPushButton* m_reveal;
    QPushButton* m_mediation;

    void showHistory();
    //! Reads the building again, keeping the current household.
    void refresh();
    DistrictTreeModel* m_model = nullptr;
};

} // namespace shegong::ui
