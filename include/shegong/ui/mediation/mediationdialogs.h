#pragma once

#include "shegong/core/mediation/mediationservice.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace shegong::ui {

/*! A person at the counter or in a case: a resident found by name in the session's read scope, or —
    ticked "not in the registry" — a name with an ID number and phone (validated in core). */
class PersonPicker : public QWidget {
    Q_OBJECT
public:
    explicit PersonPicker(const core::Access& access, QWidget* parent = nullptr);
    QLineEdit* search() const { return m_search; }
    QComboBox* matches() const { return m_matches; }
    QCheckBox* outside() const { return m_outside; }
    QLineEdit* idNumber() const { return m_idNumber; }
    QLineEdit* phone() const { return m_phone; }
    core::MediationPerson person() const;
    //! Chooses a resident of the registry (found by name, then picked by id).
    void choose(core::Id residentId, const QString& name);

private:
    void find();

    const core::Access& m_access;
    QLineEdit* m_search;
    QComboBox* m_matches;
    QCheckBox* m_outside;
    QLineEdit* m_idNumber;
    QLineEdit* m_phone;
};

//! A consultation at the counter: quick to enter (the counter reaches thousands a year).
class ConsultationDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConsultationDialog(const core::Access& access, QWidget* parent = nullptr);
    void accept() override;
    PersonPicker* person() const { return m_person; }
    QComboBox* place() const { return m_place; }
    QPlainTextEdit* advice() const { return m_advice; }
    QComboBox* outcome() const { return m_outcome; }
    QString problem() const;
    core::Id consultationId() const { return m_id; }
    //! What the consultation was about, to open a case from it.
    core::Consultation consultation() const;

private:
    const core::Access& m_access;
    QDateEdit* m_day;
    QComboBox* m_place;
    PersonPicker* m_person;
    QComboBox* m_category;
    QPlainTextEdit* m_advice;
    QComboBox* m_outcome;
    QLabel* m_error;
    core::Id m_id = 0;
};

//! A new case: place, category, kind, title and description, amount, applicant and respondent, mediator.
class CaseDialog : public QDialog {
    Q_OBJECT
public:
    /*! Filled in from a draft: a consultation's (place, category, person), a household's (its applicant)
        or an event's (linked to it); the draft's source and links go with the case. */
    explicit CaseDialog(const core::Access& access, core::NewCase draft = {}, QWidget* parent = nullptr);
    void accept() override;
    QLineEdit* title() const { return m_title; }
    QPlainTextEdit* description() const { return m_description; }
    PersonPicker* applicant() const { return m_applicant; }
    PersonPicker* respondent() const { return m_respondent; }
    QLineEdit* conflictOverride() const { return m_override; }
    QString problem() const;
    core::Id caseId() const { return m_id; }

private:
    const core::Access& m_access;
    core::NewCase m_draft;
    QDateEdit* m_intake;
    QComboBox* m_place;
    QComboBox* m_category;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QSpinBox* m_amount;
    PersonPicker* m_applicant;
    PersonPicker* m_respondent;
    QLineEdit* m_override;
    QLabel* m_error;
    core::Id m_id = 0;
};

//! A session of a case: when, where, who, what was said, the next step and date.
class SessionDialog : public QDialog {
    Q_OBJECT
public:
    SessionDialog(const core::Access& access, core::Id caseId, QWidget* parent = nullptr);
    void accept() override;
    QDateTimeEdit* heldAt() const { return m_heldAt; }
    QPlainTextEdit* summary() const { return m_summary; }
    QString problem() const;

private:
    const core::Access& m_access;
    core::Id m_case;
    QDateTimeEdit* m_heldAt;
    QLineEdit* m_place;
    QLineEdit* m_attendees;
    QPlainTextEdit* m_summary;
    QLineEdit* m_nextStep;
    QLabel* m_error;
};

//! The agreement: each party's consent ticked, facts, terms, amount; core refuses what does not fit.
class AgreementDialog : public QDialog {
    Q_OBJECT
public:
    AgreementDialog(const core::Access& access, const core::CaseDetail& detail, QWidget* parent = nullptr);
    void accept() override;
    std::vector<QCheckBox*> consents() const { return m_consents; }
    QPlainTextEdit* terms() const { return m_terms; }
    QSpinBox* amount() const { return m_amount; }
    QString problem() const;

private:
    const core::Access& m_access;
    core::CaseDetail m_detail;
    std::vector<QCheckBox*> m_consents;
    QDateEdit* m_signedOn;
    QPlainTextEdit* m_facts;
    QPlainTextEdit* m_terms;
    QSpinBox* m_amount;
    QLabel* m_error;
};

} // namespace shegong::ui
