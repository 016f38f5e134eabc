#pragma once

#include "shegong/core/storage/serveraddress.h"

#include <QDialog>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shegong::core {
class Database;
}

namespace shegong::ui {

/*! Where the office's database server is: host, port, database, the role shegong logs in as,
    encryption, and the workstation's certificate when the server asks for one. Accepts only an
    address core accepts (ServerAddress::validate); never asks for a password (the server does). */
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(const core::ServerAddress& start, QWidget* parent = nullptr);

    core::ServerAddress address() const;
    //! Why the last try failed (the server's refusal), shown under the form.
    void showRefusal(const QString& message);
    void accept() override;

    QLineEdit* hostField() const { return m_host; }
    QComboBox* tlsField() const { return m_tls; }
    QLabel* messageLabel() const { return m_message; }

private:
    QLineEdit* fileField(const QString& filter);

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_tls;
    QLineEdit* m_certificate;
    QLineEdit* m_key;
    QLineEdit* m_root;
    QLabel* m_message;
};

/*! The server's password, asked when the server wants one (`why` says so, or that the last one was
    refused). Nothing when the person cancels. */
std::optional<QString> askServerPassword(const QString& why, QWidget* parent = nullptr);

/*! Opens the office's server at `address`: asks for the password while the server wants one, and shows
    the connection dialog with the server's refusal for anything else, until it opens or the person
    gives up (nullptr). `address` becomes the address that opened. */
std::unique_ptr<core::Database> connectToServer(QString& address, QWidget* parent = nullptr);

} // namespace shegong::ui
