#include "shegong/ui/admin/accountspage.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/ui/admin/accountdialog.h"
#include "shegong/ui/admin/logindialog.h"
#include "shegong/ui/common/changes.h"
#include "shegong/ui/common/labels.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace shegong::ui {

AccountsPage::AccountsPage(core::AuthService& auth, const core::Session& admin, const core::Database& db,
                           QWidget* parent)
    : ListPage(parent), m_auth(auth), m_admin(admin), m_db(db), m_add(addButton(tr("New account…"))),
      m_reset(addButton(tr("Reset password…"))), m_lock(addButton(tr("Lock")))
{
    auto communities = std::make_shared<QHash<core::Id, QString>>();
    for (const core::Community& c : core::DistrictRepository(db).communities())
        (*communities)[c.id] = c.name;
    m_model = new RecordTableModel<Account>(
        {{tr("Account"), [](const Account& a) { return a.worker.account; }},
         {tr("Name"), [](const Account& a) { return a.worker.name; }},
         {tr("Role"), [](const Account& a) { return roleLabel(a.worker.role); }},
         {tr("Community"),
          [communities](const Account& a) {
              return a.worker.communityId ? communities->value(*a.worker.communityId) : QString();
          }},
         {tr("State"),
          [](const Account& a) {
              if (!a.worker.active)
                  return tr("Left");
              if (a.lockedUntil)
                  return a.lockedUntil->date().year() > 9000
                             ? tr("Locked by the administrator")
                             : tr("Locked until %1")
                                   .arg(a.lockedUntil->toLocalTime().toString(QStringLiteral("HH:mm")));
              if (!a.hasPassword)
                  return tr("No password yet");
              if (a.mustChangePassword)
                  return tr("Must change the password");
              return tr("In use");
          }}},
        this);
    setModel(m_model);
    connect(m_add, &QPushButton::clicked, this, [this] {
        AccountDialog dialog(m_auth, m_admin, m_db, this);
        dialog.exec(); // the list reloads on the change
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        ResetPasswordDialog dialog(m_auth, m_admin, selectedAccount(), this);
        dialog.exec(); // the list reloads on the change
    });
    connect(m_lock, &QPushButton::clicked, this, &AccountsPage::toggleLock);
    reload();
    onChanges(this, db, {core::ChangeKind::Account}, [this](const core::Change&) { reload(); });
}

void AccountsPage::reload()
{
    const QString current = selectedAccount();
    m_model->setRecords(m_auth.accounts(m_admin));
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->record(row)->worker.account == current)
            selectRow(row);
    fitColumns();
}

void AccountsPage::selectionChanged()
{
    const bool chosen = selectedRecord() != nullptr;
    m_reset->setEnabled(chosen);
    m_lock->setEnabled(chosen && selectedAccount() != m_admin.worker.account);
    m_lock->setText(selectedIsLocked() ? tr("Unlock") : tr("Lock"));
}

const AccountsPage::Account* AccountsPage::selectedRecord() const
{
    return m_model->record(selectedRow());
}

QString AccountsPage::selectedAccount() const
{
    const Account* a = selectedRecord();
    return a ? a->worker.account : QString();
}

bool AccountsPage::selectedIsLocked() const
{
    const Account* a = selectedRecord();
    return a && a->lockedUntil.has_value();
}

bool AccountsPage::toggleLock()
{
    const QString account = selectedAccount();
    if (account.isEmpty())
        return false;
    auto done = m_auth.setLocked(m_admin, account, !selectedIsLocked());
    if (!done) {
        QMessageBox::warning(this, tr("Accounts"), done.error().message);
        return false;
    }
    return true;
}

} // namespace shegong::ui
