#pragma once

#include "shegong/core/geography/geography.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/authservice.h"
#include "shegong/core/storage/database.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

namespace shegong::cli {

QTextStream& out();
QTextStream& err();
//! Prints "shegong-cli: message" on stderr; returns the exit code 1.
int fail(const QString& message);

//! Opens (or with `create`, creates) the database of --db; empty with `error` set when it cannot.
std::unique_ptr<core::Database> openDatabase(const QString& path, bool create, QString& error);
bool writeFile(const QString& path, const QByteArray& data, QString& error);
QString workstation();
core::AuthSettings authSettings(const QCommandLineParser& args);

/*! Logs in the account named by --as (the password from the prompt or stdin). Refused without one,
    with a wrong password, while the first password is unchanged, or without `permission`. */
std::optional<core::Session> operatorSession(core::AuthService& auth, const QCommandLineParser& args,
                                             core::Permission permission);

//! The community with this name (三堡社区) or code (C15).
std::optional<core::Community> communityNamed(const core::Database& db, const QString& nameOrCode);

//! What a command runs as: the database of --db, its accounts, and the session of --as.
struct Operator {
    std::unique_ptr<core::Database> db;
    std::unique_ptr<core::AuthService> auth;
    core::Session session;
};

//! Opens --db (never creating it) and logs in --as with `permission`; empty after saying why.
std::unique_ptr<Operator> openAs(const QCommandLineParser& args, core::Permission permission);

} // namespace shegong::cli
