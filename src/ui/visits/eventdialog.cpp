#include "shegong/ui/visits/eventdialog.h"

#include "shegong/core/base/displaynames.h"
#include "shegong/core/people/peoplereads.h"
#include "shegong/core/work/handover.h"
#include "shegong/ui/common/dialogbuttons.h"
#include "shegong/ui/common/labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shegong::ui {

EventDialog::EventDialog(const core::EventService& events, const core::Access& access, core::Id householdId,
                         const QString& householdName, QWidget* parent)
    : QDialog(parent), m_events(events), m_household(householdId), m_category(new QComboBox),
      m_member(new QComboBox), m_description(new QPlainTextEdit),
      m_due(new QDateEdit(access.today().addDays(14))), m_assignee(new QComboBox), m_message(new QLabel)
{
    setWindowTitle(tr("New event — %1").arg(householdName));
    for (core::Duty duty :
         {core::Duty::Mediation, core::Duty::FamilyPlanning, core::Duty::Health, core::Duty::CultureEducation,
          core::Duty::CivilAffairs, core::Duty::SpecialGroups})
        m_category->addItem(core::dutyName(duty), int(duty));
    m_member->addItem(tr("The whole household"), qint64(0));
    const auto members = core::residentsOfHousehold(access, householdId);
    for (const core::Resident& r : members ? members.value() : std::vector<core::Resident>{})
        if (!r.movedOut)
            m_member->addItem(QStringLiteral("%1 (%2)").arg(r.name, relationLabel(r.relation)), qint64(r.id));
    m_assignee->addItem(tr("The worker of the area"), qint64(0));
    if (const auto community = access.session().worker.communityId)
        for (const core::Worker& w : core::eligibleWorkers(access.database(), *community))
            m_assignee->addItem(QStringLiteral("%1 (%2)").arg(w.name, w.account), qint64(w.id));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setMinimumDate(access.today());
    m_description->setPlaceholderText(tr("What is the matter, and what has been agreed"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Duty"), m_category);
    form->addRow(tr("Concerns"), m_member);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Due"), m_due);
    form->addRow(tr("Assignee"), m_assignee);
    auto* buttons = dialogButtons(this, tr("Open the event"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void EventDialog::accept()
{
    core::EventService::NewEvent e;
    e.householdId = m_household;
    if (const core::Id member = m_member->currentData().toLongLong())
        e.residentId = member;
    e.category = core::Duty(m_category->currentData().toInt());
    e.description = m_description->toPlainText();
    e.dueOn = m_due->date();
    if (const core::Id assignee = m_assignee->currentData().toLongLong())
        e.assigneeId = assignee;
    auto opened = m_events.open(e);
    if (!opened) {
        m_message->setText(opened.error().message);
        return;
    }
    m_opened = opened.value();
    QDialog::accept();
}

} // namespace shegong::ui
