#include "shegong/ui/visits/eventspage.h"

#include "shegong/core/base/displaynames.h"
#include "shegong/ui/common/changes.h"
#include "shegong/ui/common/listtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shegong::ui {
EventsPage::EventsPage(const core::Access& access, QWidget* parent)
    : QWidget(parent), m_access(access), m_events(access), m_table(new QTableWidget), m_log(new QListWidget),
      m_unvisited(new QListWidget), m_start(new QPushButton(tr("Start"))),
      m_resolve(new QPushButton(tr("Resolve"))), m_close(new QPushButton(tr("Close"))),
      m_escalate(new QPushButton(tr("Escalate…")))
{
    makeListTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EventsPage::showLog);
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

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_start, m_resolve, m_close, m_escalate})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 3);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Steps of the selected event")));
    layout->addWidget(m_log, 1);
    layout->addWidget(new QLabel(tr("Households unvisited the longest (special groups first)")));
    layout->addWidget(m_unvisited, 2);
    reload();
    // Whoever records a visit or changes an event (the household panel, a handover), the list follows.
    onChanges(this, access.database(), {core::ChangeKind::Visit, core::ChangeKind::Event},
              [this](const core::Change&) { reload(); });
}

void EventsPage::reload()
{
    const core::Id selected = selectedEvent();
    m_shown = m_events.openEvents(m_access.session().worker.id);
    const auto& events = m_shown;
    const QStringList headers{tr("Due"),       tr("Opened"),    tr("Duty"),  tr("Status"),
                              tr("Escalated"), tr("Household"), tr("Matter")};
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(events.size()));
    for (int row = 0; row < int(events.size()); ++row) {
        const auto& e = events[size_t(row)];
        const QStringList cells{e.dueOn.toString(Qt::ISODate),
                                e.openedOn.toString(Qt::ISODate),
                                core::dutyName(core::dutyFrom(e.category)),
                                core::eventStatusName(e.status),
                                core::escalationName(e.escalatedTo),
                                e.address,
                                e.description};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (e.overdue) {
                item->setForeground(QColor(179, 38, 30)); // overdue events stand out
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, c, item);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, qint64(e.id));
        if (e.overdue)
            m_table->item(row, 0)->setToolTip(tr("Overdue"));
    }
    m_table->resizeColumnsToContents();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (selected && m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == selected)
            m_table->selectRow(row);
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
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void EventsPage::showLog()
{
    m_log->clear();
    const core::Id id = selectedEvent();
    for (QPushButton* b : {m_start, m_resolve, m_close, m_escalate})
        b->setEnabled(id != 0);
    if (!id)
        return;
    for (const auto& e : m_shown)
        if (e.id == id)
            Q_EMIT householdSelected(e.buildingId, e.dwellingId);
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
