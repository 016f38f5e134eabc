#include "shegong/ui/mediation/mediationdialogs.h"

#include "shegong/core/people/peoplereads.h"
#include "shegong/core/people/residentsearch.h"
#include "shegong/ui/common/dialogbuttons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shegong::ui {
namespace {

QComboBox* categories()
{
    auto* box = new QComboBox;
    for (core::DisputeCategory c :
         {core::DisputeCategory::Neighbours, core::DisputeCategory::Family, core::DisputeCategory::Property,
          core::DisputeCategory::Labour, core::DisputeCategory::Tenancy, core::DisputeCategory::Damages,
          core::DisputeCategory::Contract, core::DisputeCategory::Other})
        box->addItem(core::disputeCategoryName(c), int(c));
    return box;
}

//! The places where the session works: all for the studio, the community's committees for a director.
QComboBox* placesFor(const core::Access& access)
{
    auto* box = new QComboBox;
    const auto community = access.session().worker.communityId;
    const bool everywhere = access.reach(core::Permission::ManageMediation) == core::Reach::Subdistrict;
    for (const core::MediationPlace& p : core::MediationService(access).places())
        if (everywhere || (p.communityId && community && *p.communityId == *community))
            box->addItem(p.name, QVariant::fromValue(p.id));
    return box;
}

QPlainTextEdit* textBox(int height)
{
    auto* edit = new QPlainTextEdit;
    edit->setMaximumHeight(height);
    return edit;
}

} // namespace

PersonPicker::PersonPicker(const core::Access& access, QWidget* parent)
    : QWidget(parent), m_access(access), m_search(new QLineEdit), m_matches(new QComboBox),
      m_outside(new QCheckBox(tr("Not in the registry"))), m_idNumber(new QLineEdit), m_phone(new QLineEdit)
{
    m_search->setPlaceholderText(tr("name or pinyin initials"));
    m_idNumber->setPlaceholderText(tr("ID number"));
    m_phone->setPlaceholderText(tr("phone"));
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(m_search, m_matches);
    layout->addRow(m_outside);
    layout->addRow(m_idNumber, m_phone);
    const auto follow = [this] {
        m_matches->setEnabled(!m_outside->isChecked());
        m_idNumber->setEnabled(m_outside->isChecked());
        m_phone->setEnabled(m_outside->isChecked());
    };
    connect(m_outside, &QCheckBox::toggled, this, follow);
    connect(m_search, &QLineEdit::textChanged, this, &PersonPicker::find);
    follow();
}

void PersonPicker::find()
{
    m_matches->clear();
    if (m_search->text().trimmed().size() < 1)
        return;
    core::ResidentQuery query;
    query.text = m_search->text().trimmed();
    for (const core::ResidentRow& r : core::ResidentSearch(m_access, m_access.today()).find(query, 0, 20))
        m_matches->addItem(tr("%1 · %2").arg(r.name, r.address), QVariant::fromValue(r.id));
}

void PersonPicker::choose(core::Id residentId, const QString& name)
{
    m_outside->setChecked(false);
    m_search->setText(name);
    m_matches->setCurrentIndex(m_matches->findData(QVariant::fromValue(residentId)));
}

core::MediationPerson PersonPicker::person() const
{
    core::MediationPerson p;
    if (m_outside->isChecked()) {
        p.name = m_search->text().trimmed();
        p.idNumber = m_idNumber->text().trimmed();
        p.phone = m_phone->text().trimmed();
    } else if (m_matches->currentIndex() >= 0) {
        p.residentId = m_matches->currentData().toLongLong();
        p.name = m_matches->currentText().section(QStringLiteral(" · "), 0, 0);
    }
    return p;
}

ConsultationDialog::ConsultationDialog(const core::Access& access, QWidget* parent)
    : QDialog(parent), m_access(access), m_day(dayEdit(access.today())), m_place(placesFor(access)),
      m_person(new PersonPicker(access)), m_category(categories()), m_advice(textBox(90)),
      m_outcome(new QComboBox), m_error(errorLabel())
{
    setWindowTitle(tr("Consultation"));
    for (auto outcome : {core::ConsultationOutcome::Advice, core::ConsultationOutcome::Referred,
                         core::ConsultationOutcome::Case})
        m_outcome->addItem(core::consultationOutcomeName(outcome), int(outcome));
    auto* form = new QFormLayout;
    form->addRow(tr("Date"), m_day);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Person"), m_person);
    form->addRow(tr("About"), m_category);
    form->addRow(tr("Advice"), m_advice);
    form->addRow(tr("Outcome"), m_outcome);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(dialogButtons(this, tr("Record consultation")));
}

core::Consultation ConsultationDialog::consultation() const
{
    return {m_id,
            m_day->date(),
            m_place->currentData().toLongLong(),
            m_person->person(),
            core::DisputeCategory(m_category->currentData().toInt()),
            m_advice->toPlainText(),
            core::ConsultationOutcome(m_outcome->currentData().toInt())};
}

QString ConsultationDialog::problem() const
{
    return m_error->text();
}

void ConsultationDialog::accept()
{
    core::Consultation c = consultation();
    // "Becomes a case" is recorded when the case is opened from it.
    if (c.outcome == core::ConsultationOutcome::Case)
        c.outcome = core::ConsultationOutcome::Advice;
    const auto saved = core::MediationService(m_access).recordConsultation(c);
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    m_id = saved.value();
    QDialog::accept();
}

CaseDialog::CaseDialog(const core::Access& access, core::NewCase draft, QWidget* parent)
    : QDialog(parent), m_access(access), m_draft(std::move(draft)), m_intake(dayEdit(access.today())),
      m_place(placesFor(access)), m_category(categories()), m_kind(new QComboBox), m_title(new QLineEdit),
      m_description(textBox(90)), m_amount(new QSpinBox), m_applicant(new PersonPicker(access)),
      m_respondent(new PersonPicker(access)), m_override(new QLineEdit), m_error(errorLabel())
{
    setWindowTitle(m_draft.eventId ? tr("New mediation case from an event") : tr("New mediation case"));
    m_kind->addItem(tr("people's mediation"), int(core::MediationKind::People));
    m_kind->addItem(tr("administrative mediation"), int(core::MediationKind::Administrative));
    m_kind->addItem(tr("judicial mediation"), int(core::MediationKind::Judicial));
    m_amount->setRange(0, 100000000);
    m_amount->setSuffix(tr(" yuan"));
    m_override->setPlaceholderText(tr("only when a mediator lives with a party"));
    if (m_draft.placeId)
        m_place->setCurrentIndex(m_place->findData(QVariant::fromValue(m_draft.placeId)));
    m_category->setCurrentIndex(m_category->findData(int(m_draft.category)));
    m_description->setPlainText(m_draft.description);
    for (const core::CaseParty& p : m_draft.parties)
        // A read in the session's scope: outside it the dialog opens without that person.
        if (p.person.residentId)
            if (const auto resident = core::readResident(access, *p.person.residentId))
                (p.role == core::PartyRole::Respondent ? m_respondent : m_applicant)
                    ->choose(*p.person.residentId, resident->name);
    auto* form = new QFormLayout;
    form->addRow(tr("Intake"), m_intake);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Amount in dispute"), m_amount);
    form->addRow(tr("Applicant"), m_applicant);
    form->addRow(tr("Respondent"), m_respondent);
    form->addRow(tr("Conflict of interest"), m_override);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(dialogButtons(this, tr("Open case")));
}

QString CaseDialog::problem() const
{
    return m_error->text();
}

void CaseDialog::accept()
{
    core::NewCase c = m_draft; // its source, links and consultation
    c.intakeDay = m_intake->date();
    c.placeId = m_place->currentData().toLongLong();
    c.category = core::DisputeCategory(m_category->currentData().toInt());
    c.kind = core::MediationKind(m_kind->currentData().toInt());
    c.title = m_title->text();
    c.description = m_description->toPlainText();
    if (m_amount->value() > 0)
        c.amountYuan = m_amount->value();
    c.parties = {{0, core::PartyRole::Applicant, m_applicant->person(), std::nullopt},
                 {0, core::PartyRole::Respondent, m_respondent->person(), std::nullopt}};
    c.mediators = {m_access.session().worker.id}; // who opens it mediates it; more can join later
    c.conflictOverride = m_override->text();
    const auto opened = core::MediationService(m_access).openCase(c);
    if (!opened) {
        m_error->setText(opened.error().message);
        return;
    }
    m_id = opened.value();
    QDialog::accept();
}

SessionDialog::SessionDialog(const core::Access& access, core::Id caseId, QWidget* parent)
    : QDialog(parent), m_access(access), m_case(caseId),
      m_heldAt(new QDateTimeEdit(QDateTime::currentDateTime())), m_place(new QLineEdit),
      m_attendees(new QLineEdit), m_summary(textBox(120)), m_nextStep(new QLineEdit), m_error(errorLabel())
{
    setWindowTitle(tr("Mediation session"));
    m_heldAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_heldAt->setDateTime(QDateTime(access.today(), QTime(9, 30)));
    m_place->setText(tr("mediation room"));
    m_attendees->setText(tr("both parties, the mediator"));
    auto* form = new QFormLayout;
    form->addRow(tr("Held at"), m_heldAt);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Attendees"), m_attendees);
    form->addRow(tr("Summary"), m_summary);
    form->addRow(tr("Next step"), m_nextStep);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(dialogButtons(this, tr("Record session")));
}

QString SessionDialog::problem() const
{
    return m_error->text();
}

void SessionDialog::accept()
{
    const core::MediationSession s{0,
                                   m_heldAt->dateTime(),
                                   m_place->text(),
                                   m_attendees->text(),
                                   m_summary->toPlainText(),
                                   m_nextStep->text(),
                                   std::nullopt};
    const auto added = core::MediationService(m_access).addSession(m_case, s);
    if (!added) {
        m_error->setText(added.error().message);
        return;
    }
    QDialog::accept();
}

AgreementDialog::AgreementDialog(const core::Access& access, const core::CaseDetail& detail, QWidget* parent)
    : QDialog(parent), m_access(access), m_detail(detail), m_signedOn(dayEdit(access.today())),
      m_facts(textBox(80)), m_terms(textBox(120)), m_amount(new QSpinBox), m_error(errorLabel())
{
    setWindowTitle(tr("Agreement of %1").arg(detail.summary.number));
    m_amount->setRange(0, 100000000);
    m_amount->setSuffix(tr(" yuan"));
    m_amount->setValue(detail.amountYuan.value_or(0));
    m_facts->setPlainText(detail.description);
    auto* form = new QFormLayout;
    for (const core::CaseParty& p : detail.parties) {
        auto* consent = new QCheckBox(tr("%1 agrees to the terms").arg(p.person.name));
        consent->setChecked(p.consentedOn.has_value());
        consent->setEnabled(!p.consentedOn.has_value());
        m_consents.push_back(consent);
        form->addRow(consent);
    }
    form->addRow(tr("Signed on"), m_signedOn);
    form->addRow(tr("Facts"), m_facts);
    form->addRow(tr("Terms"), m_terms);
    form->addRow(tr("Amount"), m_amount);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(dialogButtons(this, tr("Record agreement")));
}

QString AgreementDialog::problem() const
{
    return m_error->text();
}

void AgreementDialog::accept()
{
    const core::MediationService service(m_access);
    // Consent first (each ticked party), then the agreement: core refuses it while any is missing.
    for (size_t i = 0; i < m_consents.size(); ++i)
        if (m_consents[i]->isChecked() && m_consents[i]->isEnabled()) {
            if (auto done = service.recordConsent(m_detail.parties[i].id, m_signedOn->date()); !done) {
                m_error->setText(done.error().message);
                return;
            }
            m_consents[i]->setEnabled(false);
        }
    const core::Agreement a{m_signedOn->date(),
                            m_facts->toPlainText(),
                            m_terms->toPlainText(),
                            m_amount->value(),
                            {},
                            std::nullopt,
                            QString()};
    if (auto done = service.recordAgreement(m_detail.summary.id, a); !done) {
        m_error->setText(done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace shegong::ui
