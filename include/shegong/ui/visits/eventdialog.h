#pragma once

#include "shegong/core/work/eventservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace shegong::ui {

/*! Opens a service matter for a household or one of its members: duty, description, due day (two
    weeks by default, never past) and assignee (the area's worker unless another is chosen). */
class EventDialog : public QDialog {
    Q_OBJECT
public:
    EventDialog(const core::EventService& events, const core::Access& access, core::Id householdId,
                const QString& householdName, QWidget* parent = nullptr);

    QComboBox* categoryField() const { return m_category; }
    QComboBox* memberField() const { return m_member; }
    QPlainTextEdit* descriptionField() const { return m_description; }
    QDateEdit* dueField() const { return m_due; }
    QComboBox* assigneeField() const { return m_assignee; }
    QLabel* messageLabel() const { return m_message; }
    core::Id openedEvent() const { return m_opened; }

    void accept() override;

private:
    const core::EventService& m_events;
    core::Id m_household;
    core::Id m_opened = 0;
    QComboBox* m_category;
    QComboBox* m_member;
    QPlainTextEdit* m_description;
    QDateEdit* m_due;
    QComboBox* m_assignee;
    QLabel* m_message;
};

} // namespace shegong::ui
