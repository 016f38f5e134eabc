#pragma once

#include "shegong/core/security/authservice.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace shegong::ui {

//! The administrator's accounts: who has which role and community, who is locked; add, reset, lock.
class AccountsPage : public QWidget {
    Q_OBJECT
public:
    AccountsPage(core::AuthService& auth, const core::Session& admin, const core::Database& db,
                 QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void reload();
    //! Locks the selected account, or unlocks it when locked; errors are shown.
    bool toggleLock();

private:
    QString selectedAccount() const;
    bool selectedIsLocked() const;

    core::AuthService& m_auth;
    const core::Session& m_admin;
    const core::Database& m_db;
    std::vector<core::AuthService::AccountStatus> m_accounts;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_reset;
    QPushButton* m_lock;
};

} // namespace shegong::ui
