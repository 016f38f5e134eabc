#include "shegong/ui/registry/residentdialog.h"

#include "shegong/core/base/validation.h"
#include "shegong/core/people/masking.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/ui/common/dialogbuttons.h"
#include "shegong/ui/common/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace shegong::ui {
namespace {

std::optional<QString> optionalText(const QLineEdit* field)
{
    const QString text = field->text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

} // namespace

ResidentDialog::ResidentDialog(const core::ResidentService& service, const core::Access& access,
                               std::optional<core::Resident> existing, core::Id householdId, QWidget* parent)
    : QDialog(parent), m_service(service), m_existing(std::move(existing)),
      m_household(m_existing ? m_existing->householdId : householdId), m_name(new QLineEdit),
      m_idNumber(new QLineEdit), m_phone(new QLineEdit), m_gender(new QComboBox), m_birthDate(new QLineEdit),
      m_relation(new QComboBox), m_registration(new QComboBox), m_permit(new QLineEdit),
      m_permitExpiry(new QLineEdit), m_employer(new QLineEdit), m_occupation(new QLineEdit),
      m_movedIn(new QDateEdit(access.today())), m_message(new QLabel)
{
    setWindowTitle(m_existing ? tr("Edit resident — %1").arg(m_existing->name) : tr("Add a resident"));
    m_gender->addItem(tr("(from the ID number)"), QString());
    m_gender->addItem(genderLabel(core::Gender::Male), QStringLiteral("M"));
    m_gender->addItem(genderLabel(core::Gender::Female), QStringLiteral("F"));
    m_birthDate->setPlaceholderText(tr("YYYY-MM-DD, only without an ID number"));
    for (const char* code : {"head", "spouse", "child", "parent", "grandchild", "sibling", "other"})
        m_relation->addItem(relationLabel(QString::fromLatin1(code)), QString::fromLatin1(code));
    m_registration->addItem(registrationLabel(core::Registration::Local), int(core::Registration::Local));
    m_registration->addItem(registrationLabel(core::Registration::Floating),
                            int(core::Registration::Floating));
    m_permitExpiry->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_movedIn->setCalendarPopup(true);
    m_movedIn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_movedIn->setMaximumDate(access.today());
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_message->setWordWrap(true);

    // Personal data stays masked: an existing value is shown as a hint and kept unless replaced.
    if (m_existing) {
        const core::Resident& r = *m_existing;
        m_name->setText(r.name);
        m_idNumber->setPlaceholderText(
            r.idNumber ? tr("%1 — type a new number to replace it").arg(core::maskIdNumber(*r.idNumber))
                       : tr("none"));
        m_phone->setPlaceholderText(
            r.phone ? tr("%1 — type a new number to replace it").arg(core::maskPhone(*r.phone)) : tr("none"));
        if (!r.idNumber) {
            m_gender->setCurrentIndex(r.gender ? (*r.gender == core::Gender::Male ? 1 : 2) : 0);
            m_birthDate->setText(r.birthDate ? r.birthDate->toString(Qt::ISODate) : QString());
        }
        m_relation->setCurrentIndex(std::max(0, m_relation->findData(r.relation)));
        m_registration->setCurrentIndex(m_registration->findData(int(r.registration)));
        m_permit->setText(r.permitNumber.value_or(QString()));
        m_permitExpiry->setText(r.permitExpiry ? r.permitExpiry->toString(Qt::ISODate) : QString());
        m_employer->setText(r.employer.value_or(QString()));
        m_occupation->setText(r.occupation.value_or(QString()));
        m_movedIn->setDate(r.movedIn);
        m_movedIn->setEnabled(false); // a move is recorded with "move in", not by editing the date
    } else {
        m_idNumber->setPlaceholderText(tr("18 characters (GB 11643)"));
        m_phone->setPlaceholderText(tr("mobile, 11 digits"));
    }

    auto* form = new QFormLayout;
    addField(form, tr("Name"), m_name, QStringLiteral("name"));
    addField(form, tr("ID number"), m_idNumber, QStringLiteral("id_number"));
    addField(form, tr("Gender"), m_gender, QStringLiteral("gender"));
    addField(form, tr("Birth date"), m_birthDate, QStringLiteral("birth_date"));
    addField(form, tr("Mobile phone"), m_phone, QStringLiteral("phone"));
    addField(form, tr("Relation to the head"), m_relation, QStringLiteral("relation"));
    addField(form, tr("Registration"), m_registration, QStringLiteral("registration"));
    addField(form, tr("Residence permit"), m_permit, QStringLiteral("permit_number"));
    addField(form, tr("Permit expires"), m_permitExpiry, QStringLiteral("permit_expiry"));
    addField(form, tr("Employer"), m_employer, QStringLiteral("employer"));
    addField(form, tr("Occupation"), m_occupation, QStringLiteral("occupation"));
    addField(form, tr("Moved in"), m_movedIn, QStringLiteral("moved_in"));
    const auto floatingOnly = [this] {
        const bool floating = m_registration->currentData().toInt() == int(core::Registration::Floating);
        m_permit->setEnabled(floating);
        m_permitExpiry->setEnabled(floating);
    };
    connect(m_registration, &QComboBox::currentIndexChanged, this, floatingOnly);
    floatingOnly();

    auto* tags = new QGroupBox(tr("Categories"));
    auto* grid = new QGridLayout(tags);
    const bool sensitive = access.may(core::Permission::ViewSensitiveTags);
    int i = 0;
    for (const core::TagKind& kind : core::ResidentRepository(access.database()).tagKinds()) {
        if (kind.sensitive && !sensitive)
            continue;
        auto* box = new QCheckBox(kind.name);
        box->setChecked(m_existing && m_existing->tags.contains(kind.code));
        m_tags[kind.code] = box;
        grid->addWidget(box, i / 3, i % 3);
        ++i;
    }

    auto* buttons = dialogButtons(this, tr("Save"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tags);
    if (m_existing) {
        auto* history = new QListWidget;
        if (const auto residences = m_service.residenceHistory(m_existing->id)) {
            for (const auto& r : residences.value())
                history->addItem(tr("%1 → %2  %3")
                                     .arg(r.movedIn.toString(Qt::ISODate),
                                          r.movedOut ? r.movedOut->toString(Qt::ISODate) : tr("now"),
                                          r.address));
        }
        history->setMaximumHeight(history->sizeHintForRow(0) * 4 + 6);
        layout->addWidget(new QLabel(tr("Where the resident has lived")));
        layout->addWidget(history);
    }
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void ResidentDialog::addField(QFormLayout* form, const QString& label, QWidget* field, const QString& key)
{
    auto* problem = new QLabel;
    problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    problem->setWordWrap(true);
    problem->hide();
    auto* cell = new QVBoxLayout;
    cell->setSpacing(1);
    cell->addWidget(field);
    cell->addWidget(problem);
    form->addRow(label, cell);
    m_problems[key] = problem;
}

QString ResidentDialog::problemOf(const QString& field) const
{
    const auto it = m_problems.find(field);
    return it == m_problems.end() || it->second->isHidden() ? QString() : it->second->text();
}

core::Resident ResidentDialog::candidate() const
{
    core::Resident r = m_existing.value_or(core::Resident{});
    r.householdId = m_household;
    r.name = m_name->text();
    // An empty field keeps the stored number; a typed one replaces it.
    if (auto typed = optionalText(m_idNumber))
        r.idNumber = typed;
    if (auto typed = optionalText(m_phone))
        r.phone = typed;
    if (!r.idNumber) {
        const QString gender = m_gender->currentData().toString();
        r.gender = gender.isEmpty() ? std::nullopt
                                    : std::optional(gender == QLatin1String("M") ? core::Gender::Male
                                                                                 : core::Gender::Female);
        r.birthDate = optionalText(m_birthDate)
                          ? std::optional(QDate::fromString(m_birthDate->text().trimmed(), Qt::ISODate))
                          : std::nullopt;
    }
    r.relation = m_relation->currentData().toString();
    r.registration = core::Registration(m_registration->currentData().toInt());
    const bool floating = r.registration == core::Registration::Floating;
    r.permitNumber = floating ? optionalText(m_permit) : std::nullopt;
    r.permitExpiry = floating && optionalText(m_permitExpiry)
                         ? std::optional(QDate::fromString(m_permitExpiry->text().trimmed(), Qt::ISODate))
                         : std::nullopt;
    r.employer = optionalText(m_employer);
    r.occupation = optionalText(m_occupation);
    if (!m_existing)
        r.movedIn = m_movedIn->date();
    QStringList tags;
    for (const auto& [code, box] : m_tags)
        if (box->isChecked())
            tags << code;
    r.tags = tags;
    return r;
}

void ResidentDialog::showProblems(const std::vector<core::Error>& problems)
{
    for (auto& [key, label] : m_problems)
        label->hide();
    QStringList general;
    for (const core::Error& e : problems) {
        const auto it = m_problems.find(e.field);
        if (it == m_problems.end()) {
            general << e.message;
            continue;
        }
        it->second->setText(e.message);
        it->second->show();
    }
    m_message->setText(general.isEmpty() && !problems.empty() ? tr("Please correct the fields marked in red.")
                                                              : general.join(QLatin1Char('\n')));
}

void ResidentDialog::accept()
{
    const core::Resident r = candidate();
    std::vector<core::Error> problems = m_service.problems(r);
    // Dates typed by hand that do not parse are problems too.
    if (r.birthDate && !r.birthDate->isValid())
        problems.push_back({QStringLiteral("birth_date"), tr("Birth date: use YYYY-MM-DD")});
    if (r.permitExpiry && !r.permitExpiry->isValid())
        problems.push_back({QStringLiteral("permit_expiry"), tr("Permit expiry: use YYYY-MM-DD")});
    showProblems(problems);
    if (!problems.empty())
        return;
    if (m_existing) {
        if (auto done = m_service.update(r); !done)
            return showProblems({done.error()});
        m_saved = r.id;
    } else {
        auto added = m_service.add(r);
        if (!added)
            return showProblems({added.error()});
        m_saved = added.value();
    }
    QDialog::accept();
}

} // namespace shegong::ui
