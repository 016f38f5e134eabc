#pragma once

#include "shegong/core/people/residentservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace shegong::ui {

/*! Where to: a building of the editable scope, a dwelling of it (with its state), and, for a person,
    a household living there or a new one. Moves a resident, or a whole household, from a day (today
    by default, never later). The service's refusal is shown and nothing changes. */
class MoveDialog : public QDialog {
    Q_OBJECT
public:
    enum class Subject { Resident, Household };
    MoveDialog(const core::ResidentService& service, const core::Access& access, Subject subject, core::Id id,
               const QString& name, QWidget* parent = nullptr);

    QComboBox* buildingField() const { return m_building; }
    QComboBox* dwellingField() const { return m_dwelling; }
    //! Households at the dwelling, then "a new household" (resident moves only).
    QComboBox* householdField() const { return m_household; }
    QDateEdit* dateField() const { return m_date; }
    QLabel* messageLabel() const { return m_message; }

    void accept() override;

private:
    void showDwellings();
    void showHouseholds();

    const core::ResidentService& m_service;
    const core::Access& m_access;
    Subject m_subject;
    core::Id m_id;
    QComboBox* m_building;
    QComboBox* m_dwelling;
    QComboBox* m_household;
    QComboBox* m_tenure;
    QDateEdit* m_date;
    QLabel* m_message;
};

} // namespace shegong::ui
