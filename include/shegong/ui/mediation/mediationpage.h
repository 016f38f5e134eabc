#pragma once

#include "shegong/core/mediation/mediationservice.h"
#include "shegong/ui/common/recordtablemodel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QTextBrowser;

namespace shegong::ui {

/*! The Mediation module: the cases of a period (number, title, state, place — content only where the
    session may read it, each read audited), the chosen case in full with its steps, and the actions
    that fit its state; consultations and new cases; the period's statistics with a chart. */
class MediationPage : public QWidget {
    Q_OBJECT
public:
    explicit MediationPage(const core::Access& access, QWidget* parent = nullptr);

    QTableView* cases() const { return m_table; }
    QDateEdit* from() const { return m_from; }
    QString caseText() const;
    QTextBrowser* caseView() const { return m_detail; }
    QString statisticsText() const;
    //! Whose figures: all places, or one (the studio, a station with its committees, a committee).
    QComboBox* statisticsPlace() const;
    //! "Sessions due in the next 7 days: 2 · cases idle for more than 30 days: 5" (the cases in its tooltip).
    QString remindersText() const;
    void selectCase(core::Id caseId);
    core::Id currentCase() const;
    void refresh();
    //! Another mediator for the chosen case (a conflict of interest asks for a reason).
    void addMediator();
    //! A payment of the chosen case's agreement checked off.
    void recordPayment();

Q_SIGNALS:
    //! A party's home, to be shown on the map.
    void householdRequested(core::Id buildingId, core::Id dwellingId);

private:
    void report(const QString& title, const core::Result<void>& done);
    void showCase();
    void showStatistics();
    void showReminders();
    //! Runs a step that needs a reason, asked for in a small dialog.
    void withReason(const QString& title, const std::function<core::Result<void>(const QString&)>& step);

    const core::Access& m_access;
    QDateEdit *m_from, *m_to;
    QComboBox* m_state;
    RecordTableModel<core::CaseSummary>* m_model;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QLabel* m_message;
    QLabel* m_stats;
    QLabel* m_reminders;
    QComboBox* m_place;
    QWidget* m_chart;
};

} // namespace shegong::ui
