#include "shegong/ui/visits/eventspage.h"

#include "shegong/core/base/displaynames.h"
#include "shegong/ui/common/changes.h"
#include "shegong/ui/mediation/mediationdialogs.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace shegong::ui {
EventsPage::EventsPage(const core::Access& access, QWidget* parent)
    : ListPage(parent), m_access(access), m_events(access), m_log(new QListWidget),
      m_unvisited(new QListWidget), m_start(addButton(tr("Start"))), m_resolve(addButton(tr("Resolve"))),
      m_close(addButton(tr("Close"))), m_escalate(addButton(tr("Escalate…"))),
      m_mediation(addButton(tr("Mediation case…"))),
      m_withResolved(new QCheckBox(tr("Resolved ones too (to close)")))
{
    // Open and in-progress matters by default: what still needs the worker.
    buttonRow()->insertWidget(0, m_withResolved);
    connect(m_withResolved, &QCheckBox::toggled, this, &EventsPage::reload);
    using Event = core::EventService::EventSummary;
    m_model = new RecordTableModel<Event>(
        {{tr("Due"), [](const Event& e) { return e.dueOn.toString(Qt::ISODate); }},
         {tr("Opened"), [](const Event& e) { return e.openedOn.toString(Qt::ISODate); }},
         {tr("Duty"), [](const Event& e) { return core::dutyName(core::dutyFrom(e.category)); }},
         {tr("Status"), [](const Event& e) { return core::eventStatusName(e.status); }},
         {tr("Escalated"), [](const Event& e) { return core::escalationName(e.escalatedTo); }},
         {tr("Household"), [](const Event& e) { return e.address; }},
         {tr("Matter"), [](const Event& e) { return e.description; }}},
        this);
    // Overdue events stand out.
    m_model->setForeground(
        [](const Event& e, int) { return e.overdue ? QVariant(QColor(179, 38, 30)) : QVariant(); });
    m_model->setBold([](const Event& e) { return e.overdue; });
    m_model->setToolTip([](const Event& e) { return e.overdue ? QVariant(tr("Overdue")) : QVariant(); });
    setModel(m_model);
    connect(m_start, &QPushButton::clicked, this, [this] { advanceSelected(core::EventStatus::InProgress); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { advanceSelected(core::EventStatus::Resolved); });
    connect(m_close, &QPushButton::clicked, this, [this] { advanceSelected(core::EventStatus::Closed); });
    connect(m_escalate, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString level = QInputDialog::getItem(
            this, tr("Escalate"), tr("To"), {tr("The community"), tr("The subdistrict")}, 0, false, &ok);
        if (!ok)
            return;
        const QString reason =
            QInputDialog::getText(this, tr("Escalate"), tr("Reason"), QLineEdit::Normal, {}, &ok);
        if (ok)
            escalateSelected(level == tr("The community") ? core::EscalationLevel::Community
                                                          : core::EscalationLevel::Subdistrict,
                             reason);
    });

    // Mediation is one of the six duties: an event may become a case, linked both ways.
    m_mediation->setVisible(access.may(core::Permission::ManageMediation));
    connect(m_mediation, &QPushButton::clicked, this, [this] { startMediation(); });

    pageLayout()->addWidget(new QLabel(tr("Steps of the selected event")));
    pageLayout()->addWidget(m_log, 1);
    pageLayout()->addWidget(new QLabel(tr("Households unvisited the longest (special groups first)")));
    pageLayout()->addWidget(m_unvisited, 2);
    reload();
    // Whoever records a visit or changes an event (the household panel, a handover), the list follows.
    onChanges(this, access.database(), {core::ChangeKind::Visit, core::ChangeKind::Event},
              [this](const core::Change&) { reload(); });
}

void EventsPage::reload()
{
    const core::Id selected = selectedEvent();
    m_model->setRecords(m_events.openEvents(m_access.session().worker.id, m_withResolved->isChecked()));
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (selected && m_model->record(row)->id == selected)
            selectRow(row);
    fitColumns();
    showLog();

    m_unvisited->clear();
    for (const core::OverdueHousehold& h : m_events.unvisitedLongest(m_access.session().worker.id, 20)) {
        const QString when =
            h.lastVisit ? tr("last visited %1").arg(h.lastVisit->toString(Qt::ISODate)) : tr("never visited");
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2  %3%4")
                                             .arg(h.address, tr("%1 household").arg(h.head), when,
                                                  h.specialGroup ? tr(" · special group") : QString()));
        if (h.specialGroup)
            item->setForeground(QColor(138, 90, 0));
        m_unvisited->addItem(item);
    }
}

core::Id EventsPage::selectedEvent() const
{
    const auto* e = m_model->record(selectedRow());
    return e ? e->id : 0;
}

void EventsPage::showLog()
{
    m_log->clear();
    const core::Id id = selectedEvent();
    for (QPushButton* b : {m_start, m_resolve, m_close, m_escalate, m_mediation})
        b->setEnabled(id != 0);
    if (!id)
        return;
    const auto* e = m_model->record(selectedRow());
    Q_EMIT householdSelected(e->buildingId, e->dwellingId);
    for (const core::EventAction& a : m_events.actions(id))
        m_log->addItem(QStringLiteral("%1  %2  %3  %4")
                           .arg(a.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), a.worker,
                                core::eventActionName(a.action), a.note));
}

bool EventsPage::advanceSelected(core::EventStatus to)
{
    const core::Id id = selectedEvent();
    if (!id)
        return false;
    auto done = m_events.advance(id, to);
    if (!done) {
        QMessageBox::warning(this, tr("Event"), done.error().message);
        return false;
    }
    return true; // the list reloads on the change, keeping the selection
}

core::Id EventsPage::startMediation()
{
    const auto draft = core::MediationService(m_access).draftFromEvent(selectedEvent());
    if (!draft) {
        QMessageBox::warning(this, tr("Mediation case"), draft.error().message);
        return 0;
    }
    CaseDialog dialog(m_access, draft.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    showLog(); // the event's log now names the case
    return dialog.caseId();
}

bool EventsPage::escalateSelected(core::EscalationLevel level, const QString& reason)
{
    const core::Id id = selectedEvent();
    if (!id)
        return false;
    auto done = m_events.escalate(id, level, reason);
    if (!done) {
        QMessageBox::warning(this, tr("Event"), done.error().message);
        return false;
    }
    return true;
}

} // namespace shegong::ui
