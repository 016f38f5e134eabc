#include "shegong/ui/admin/accountspage.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/ui/admin/accountdialog.h"
#include "shegong/ui/admin/logindialog.h"
#include "shegong/ui/common/changes.h"
#include "shegong/ui/common/listtable.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shegong::ui {

AccountsPage::AccountsPage(core::AuthService& auth, const core::Session& admin, const core::Database& db,
                           QWidget* parent)
    : QWidget(parent), m_auth(auth), m_admin(admin), m_db(db), m_table(new QTableWidget),
      m_add(new QPushButton(tr("New account…"))), m_reset(new QPushButton(tr("Reset password…"))),
      m_lock(new QPushButton(tr("Lock")))
{
    makeListTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const auto enable = [this] {
        const bool chosen = !selectedAccount().isEmpty();
        m_reset->setEnabled(chosen);
        m_lock->setEnabled(chosen && selectedAccount() != m_admin.worker.account);
        m_lock->setText(selectedIsLocked() ? tr("Unlock") : tr("Lock"));
    };
    connect(m_table, &QTableWidget::itemSelectionChanged, this, enable);
    connect(m_add, &QPushButton::clicked, this, [this] {
        AccountDialog dialog(m_auth, m_admin, m_db, this);
        dialog.exec(); // the list reloads on the change
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        ResetPasswordDialog dialog(m_auth, m_admin, selectedAccount(), this);
        dialog.exec(); // the list reloads on the change
    });
    connect(m_lock, &QPushButton::clicked, this, &AccountsPage::toggleLock);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_lock);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    reload();
    enable();
    onChanges(this, db, {core::ChangeKind::Account}, [this](const core::Change&) { reload(); });
}

void AccountsPage::reload()
{
    const QString current = selectedAccount();
    m_accounts = m_auth.accounts(m_admin);
    QHash<core::Id, QString> communities;
    for (const core::Community& c : core::DistrictRepository(m_db).communities())
        communities[c.id] = c.name;
    const QStringList headers{tr("Account"), tr("Name"), tr("Role"), tr("Community"), tr("State")};
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_accounts.size()));
    for (int i = 0; i < int(m_accounts.size()); ++i) {
        const auto& a = m_accounts[size_t(i)];
        QString state = tr("In use");
        if (!a.worker.active)
            state = tr("Left");
        else if (a.lockedUntil)
            state = a.lockedUntil->date().year() > 9000
                        ? tr("Locked by the administrator")
                        : tr("Locked until %1")
                              .arg(a.lockedUntil->toLocalTime().toString(QStringLiteral("HH:mm")));
        else if (!a.hasPassword)
            state = tr("No password yet");
        else if (a.mustChangePassword)
            state = tr("Must change the password");
        const QStringList cells{a.worker.account, a.worker.name, roleLabel(a.worker.role),
                                a.worker.communityId ? communities.value(*a.worker.communityId) : QString(),
                                state};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
        if (a.worker.account == current)
            m_table->selectRow(i);
    }
    m_table->resizeColumnsToContents();
}

QString AccountsPage::selectedAccount() const
{
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= int(m_accounts.size()))
        return {};
    return m_accounts[size_t(rows.first().row())].worker.account;
}

bool AccountsPage::selectedIsLocked() const
{
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return !rows.isEmpty() && rows.first().row() < int(m_accounts.size()) &&
           m_accounts[size_t(rows.first().row())].lockedUntil.has_value();
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
