#pragma once

#include "shegong/core/work/visitservice.h"

#include <QDialog>
#include <map>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace shegong::ui {

//! Record a visit to one household: date (today, never later), mode, duties, notes, follow-up.
class VisitDialog : public QDialog {
    Q_OBJECT
public:
    VisitDialog(const core::VisitService& visits, core::Id householdId, const QString& householdName,
                QWidget* parent = nullptr);

    QDateEdit* dateField() const { return m_date; }
    QComboBox* modeField() const { return m_mode; }
    QCheckBox* dutyBox(core::Duty duty) const { return m_duties.at(duty); }
    QPlainTextEdit* notesField() const { return m_notes; }
    QCheckBox* followUpBox() const { return m_followUp; }
    QLabel* messageLabel() const { return m_message; }
    core::Id recordedVisit() const { return m_recorded; }

    void accept() override;

private:
    const core::VisitService& m_visits;
    core::Id m_household;
    core::Id m_recorded = 0;
    QDateEdit* m_date;
    QComboBox* m_mode;
    std::map<core::Duty, QCheckBox*> m_duties;
    QPlainTextEdit* m_notes;
    QCheckBox* m_followUp;
    QLabel* m_message;
};

} // namespace shegong::ui
