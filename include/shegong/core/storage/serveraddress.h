#pragma once

#include "shegong/core/base/result.h"

#include <QString>
#include <optional>

namespace shegong::core {

/*! The parts of a PostgreSQL server address as the connection dialog shows them, and the address
    (`postgresql://user@host:port/dbname?sslmode=…`) they make. Never a password: shegong does not
    keep one (setServerPassword). */
struct ServerAddress {
    //! How the connection is encrypted; libpq's sslmode. Only a local server may go without.
    enum class Tls { VerifyFull, VerifyCa, Require, Disable };

    QString host; //!< name or IP address; empty = this computer's Unix socket
    int port = 5432;
    QString database = QStringLiteral("shegong");
    QString user = QStringLiteral("shegong_app");
    Tls tls = Tls::VerifyFull;
    QString clientCertificate; //!< the workstation's certificate (PEM file), when the server asks for one
    QString clientKey;         //!< its private key (PEM file)
    QString rootCertificate;   //!< the office's certificate authority, to verify the server

    //! Whether the server is this computer (a Unix socket, localhost, 127.0.0.1, ::1).
    bool local() const;
    //! What is missing or not allowed (no database, no user, an unencrypted remote server).
    Result<void> validate() const;
    //! The address to open (Database::open); percent-encoded where needed.
    QString toAddress() const;
    //! An address made by toAddress() (or typed in the same URI form), split back into its parts.
    static std::optional<ServerAddress> fromAddress(const QString& address);
};

//! Whether a host names this computer: empty (the Unix socket), a socket folder, localhost, 127.0.0.1, ::1.
bool isLocalServer(const QString& host);

/*! The server's password for this process: asked of the person at the keyboard when the server wants
    one, kept in memory only — never in a file, the settings or a log — and used by every connection the
    process opens to the server (the background readers too). Empty clears it. */
void setServerPassword(const QString& password);

//! Whether opening a server failed because the server wants a password (none given, or a wrong one).
bool needsServerPassword(const Error& error);

} // namespace shegong::core
