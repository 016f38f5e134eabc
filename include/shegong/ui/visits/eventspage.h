#pragma once

#include "shegong/core/work/eventservice.h"
#include "shegong/ui/common/listpage.h"
#include "shegong/ui/common/recordtablemodel.h"

#include <QWidget>

class QCheckBox;
class QListWidget;
class QPushButton;

namespace shegong::ui {

//! A worker's service matters: overdue ones stand out; advance, escalate with a reason, read the log.
class EventsPage : public ListPage {
    Q_OBJECT
public:
    EventsPage(const core::Access& access, QWidget* parent = nullptr);

    //! The households unvisited the longest, special-group households first.
    QListWidget* unvisitedList() const { return m_unvisited; }
    QCheckBox* resolvedFilter() const { return m_withResolved; }
    void reload();
    //! Moves the selected event on; errors are shown and nothing changes.
    bool advanceSelected(core::EventStatus to);
    bool escalateSelected(core::EscalationLevel level, const QString& reason);
    //! A mediation case from the selected event (pre-filled, linked back); the new case's id, or 0.
    core::Id startMediation();
    QListWidget* eventLog() const { return m_log; }

Q_SIGNALS:
    //! The selected event's household, for the panel beside.
    void householdSelected(core::Id buildingId, core::Id dwellingId);

private:
    core::Id selectedEvent() const;
    void showLog();
    void selectionChanged() override { showLog(); }

    const core::Access& m_access;
    core::EventService m_events;
    RecordTableModel<core::EventService::EventSummary>* m_model;
    QListWidget* m_log;
    QListWidget* m_unvisited;
    QPushButton* m_start;
    QPushButton* m_resolve;
    QPushButton* m_close;
    QPushButton* m_escalate;
    QPushButton* m_mediation;
    QCheckBox* m_withResolved;
};

} // namespace shegong::ui
