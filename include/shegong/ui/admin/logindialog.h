#pragma once

#include "shegong/core/security/authservice.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;

namespace shegong::ui {

/*! Account and password. Says "wrong account or password" or "locked until HH:MM" under the form,
    warns when Caps Lock seems on, and asks for a new password when the account must change it. In
    `unlock` mode the account is fixed (the idle lock of a running session). */
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(core::AuthService& auth, QString workstation, QWidget* parent = nullptr);
    //! The idle lock: only the password of the session's own account opens it again.
    static LoginDialog* forUnlock(core::AuthService& auth, const core::Session& session,
                                  QWidget* parent = nullptr);

    const std::optional<core::Session>& session() const { return m_session; }
    QLineEdit* accountField() const { return m_account; }
    QLineEdit* passwordField() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }
    bool capsLockWarningShown() const;

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool changePasswordIfRequired();

    core::AuthService& m_auth;
    QString m_workstation;
    std::optional<core::Session> m_session;
    std::optional<core::Session> m_unlocking;
    QLineEdit* m_account;
    QLineEdit* m_password;
    QLabel* m_message;
    QLabel* m_capsLock;
};

//! First start on an empty database: the subdistrict administrator's account.
class FirstAdministratorDialog : public QDialog {
    Q_OBJECT
public:
    FirstAdministratorDialog(core::AuthService& auth, QString workstation, QWidget* parent = nullptr);
    void accept() override;

private:
    core::AuthService& m_auth;
    QString m_workstation;
    QLineEdit* m_account;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
};

//! A new password, twice, checked against the policy; used when one must be changed.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(core::AuthService& auth, core::Session& session, const QString& currentPassword,
                         QWidget* parent = nullptr);
    void accept() override;

private:
    core::AuthService& m_auth;
    core::Session& m_session;
    QString m_current;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
};

QString roleLabel(core::Role role);

} // namespace shegong::ui
