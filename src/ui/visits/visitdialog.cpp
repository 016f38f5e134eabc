#include "shegong/ui/visits/visitdialog.h"

#include "shegong/core/base/displaynames.h"
#include "shegong/ui/common/dialogbuttons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shegong::ui {

VisitDialog::VisitDialog(const core::VisitService& visits, core::Id householdId, const QString& householdName,
                         QWidget* parent)
    : QDialog(parent), m_visits(visits), m_household(householdId),
      m_date(new QDateEdit(visits.access().today())), m_mode(new QComboBox), m_notes(new QPlainTextEdit),
      m_followUp(new QCheckBox(tr("Needs follow-up (opens an event)"))), m_message(new QLabel)
{
    setWindowTitle(tr("Record a visit — %1").arg(householdName));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(visits.access().today());
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    for (core::VisitMode mode :
         {core::VisitMode::InPerson, core::VisitMode::Phone, core::VisitMode::WeChat, core::VisitMode::Other})
        m_mode->addItem(core::visitModeName(mode), int(mode));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_message->setWordWrap(true);

    auto* duties = new QGridLayout;
    int i = 0;
    for (core::Duty duty :
         {core::Duty::Mediation, core::Duty::FamilyPlanning, core::Duty::Health, core::Duty::CultureEducation,
          core::Duty::CivilAffairs, core::Duty::SpecialGroups}) {
        auto* box = new QCheckBox(core::dutyName(duty));
        m_duties[duty] = box;
        duties->addWidget(box, i / 3, i % 3);
        ++i;
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Mode"), m_mode);
    form->addRow(tr("Duties"), duties);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(QString(), m_followUp);

    auto* buttons = dialogButtons(this, tr("Save"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void VisitDialog::accept()
{
    core::Visit visit;
    visit.householdId = m_household;
    visit.visitedOn = m_date->date();
    visit.mode = core::VisitMode(m_mode->currentData().toInt());
    for (const auto& [duty, box] : m_duties)
        if (box->isChecked())
            visit.duties.push_back(duty);
    visit.notes = m_notes->toPlainText();
    visit.followUp = m_followUp->isChecked();
    auto recorded = m_visits.recordVisit(visit);
    if (!recorded) {
        m_message->setText(recorded.error().message);
        return;
    }
    m_recorded = recorded.value();
    QDialog::accept();
}

} // namespace shegong::ui
