#pragma once

#include "shegong/core/security/authservice.h"
#include "shegong/ui/common/listpage.h"
#include "shegong/ui/common/recordtablemodel.h"

#include <QWidget>

class QPushButton;

namespace shegong::ui {

//! The administrator's accounts: who has which role and community, who is locked; add, reset, lock.
class AccountsPage : public ListPage {
    Q_OBJECT
public:
    AccountsPage(core::AuthService& auth, const core::Session& admin, const core::Database& db,
                 QWidget* parent = nullptr);

    void reload();
    //! Locks the selected account, or unlocks it when locked; errors are shown.
    bool toggleLock();

private:
    using Account = core::AuthService::AccountStatus;
    const Account* selectedRecord() const;
    QString selectedAccount() const;
    bool selectedIsLocked() const;
    void selectionChanged() override;

    core::AuthService& m_auth;
    const core::Session& m_admin;
    const core::Database& m_db;
    RecordTableModel<Account>* m_model;
    QPushButton* m_add;
    QPushButton* m_reset;
    QPushButton* m_lock;
};

} // namespace shegong::ui
