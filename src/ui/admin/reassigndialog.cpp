#include "shegong/ui/admin/reassigndialog.h"

#include "shegong/ui/common/dialogbuttons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shegong::ui {

ReassignDialog::ReassignDialog(core::AuthService& auth, const core::Access& access,
                               const core::AreaRosterRow& area, const std::vector<core::Worker>& candidates,
                               QWidget* parent)
    : QDialog(parent), m_auth(auth), m_access(access), m_areaCode(area.code), m_worker(new QComboBox),
      m_from(new QDateEdit(access.today())), m_message(new QLabel)
{
    setWindowTitle(tr("Hand over area %1 %2").arg(area.code, area.name));
    for (const core::Worker& w : candidates)
        if (w.account != area.account)
            m_worker->addItem(QStringLiteral("%1 (%2)").arg(w.name, w.account), w.account);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(
        tr("Now"),
        new QLabel(
            area.worker.isEmpty()
                ? tr("nobody")
                : tr("%1 (%2) since %3").arg(area.worker, area.account, area.since.toString(Qt::ISODate))));
    form->addRow(tr("New worker"), m_worker);
    form->addRow(tr("From"), m_from);
    auto* note = new QLabel(tr("The area's %n open event(s) move to the new worker on that day. Visits and "
                               "events stay with the households, so the new worker sees the whole history.",
                               nullptr, area.openEvents));
    note->setWordWrap(true);

    auto* buttons = dialogButtons(this, tr("Hand over"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_worker->count() > 0);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void ReassignDialog::accept()
{
    auto done =
        m_auth.assignArea(m_access.session(), m_worker->currentData().toString(), m_areaCode, m_from->date());
    if (!done) {
        m_message->setText(done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace shegong::ui
