#pragma once

#include "shegong/core/people/residentservice.h"

#include <QDialog>
#include <map>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace shegong::ui {

/*! Adds a resident to a household, or edits one. The ID number and phone are never shown in full: an
    existing value appears masked and stays unless a new one is typed. Every field's problem is shown
    under that field at once (an ID number registered to someone else names its holder); nothing is
    written until all are fixed. Editing shows where the person has lived. */
class ResidentDialog : public QDialog {
    Q_OBJECT
public:
    //! Editing `existing`, or (without it) adding to `householdId`.
    ResidentDialog(const core::ResidentService& service, const core::Access& access,
                   std::optional<core::Resident> existing, core::Id householdId, QWidget* parent = nullptr);

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* idNumberField() const { return m_idNumber; }
    QLineEdit* phoneField() const { return m_phone; }
    QComboBox* relationField() const { return m_relation; }
    QComboBox* registrationField() const { return m_registration; }
    QDateEdit* movedInField() const { return m_movedIn; }
    QCheckBox* tagBox(const QString& code) const { return m_tags.count(code) ? m_tags.at(code) : nullptr; }
    //! The problem shown under a field ("name", "id_number", "phone"…), empty when none.
    QString problemOf(const QString& field) const;
    core::Id savedResident() const { return m_saved; }

    void accept() override;

private:
    void addField(QFormLayout* form, const QString& label, QWidget* field, const QString& key);
    core::Resident candidate() const;
    void showProblems(const std::vector<core::Error>& problems);

    const core::ResidentService& m_service;
    std::optional<core::Resident> m_existing;
    core::Id m_household;
    core::Id m_saved = 0;
    QLineEdit* m_name;
    QLineEdit* m_idNumber;
    QLineEdit* m_phone;
    QComboBox* m_gender;
    QLineEdit* m_birthDate;
    QComboBox* m_relation;
    QComboBox* m_registration;
    QLineEdit* m_permit;
    QLineEdit* m_permitExpiry;
    QLineEdit* m_employer;
    QLineEdit* m_occupation;
    QDateEdit* m_movedIn;
    std::map<QString, QCheckBox*> m_tags;
    std::map<QString, QLabel*> m_problems;
    QLabel* m_message;
};

} // namespace shegong::ui
