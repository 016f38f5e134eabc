#pragma once

#include "shegong/core/security/authservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace shegong::ui {

/*! A new account, as the administrator: account, name, role, community (for social workers and
    directors) and a first password, typed twice, which must be changed at the first login. */
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    AccountDialog(core::AuthService& auth, const core::Session& admin, const core::Database& db,
                  QWidget* parent = nullptr);

    QLineEdit* accountField() const { return m_account; }
    QLineEdit* nameField() const { return m_name; }
    QComboBox* roleField() const { return m_role; }
    QComboBox* communityField() const { return m_community; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* repeatField() const { return m_repeat; }
    QLabel* messageLabel() const { return m_message; }

    void accept() override;

private:
    core::AuthService& m_auth;
    const core::Session& m_admin;
    QLineEdit* m_account;
    QLineEdit* m_name;
    QComboBox* m_role;
    QComboBox* m_community;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
};

//! A new password for someone else's account (typed twice); they must change it at their next login.
class ResetPasswordDialog : public QDialog {
    Q_OBJECT
public:
    ResetPasswordDialog(core::AuthService& auth, const core::Session& admin, QString account,
                        QWidget* parent = nullptr);

    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* repeatField() const { return m_repeat; }
    QLabel* messageLabel() const { return m_message; }

    void accept() override;

private:
    core::AuthService& m_auth;
    const core::Session& m_admin;
    QString m_target;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
};

} // namespace shegong::ui
