// What every shegong-cli command shares: its streams, opening --db, logging in --as, writing files.
#include "clisupport.h"

#include "passwordprompt.h"
#include "shegong/core/geography/districtrepository.h"

#include <QFile>

using namespace shegong::core;

namespace shegong::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message)
{
    err() << "shegong-cli: " << message << Qt::endl;
    return 1;
}

std::unique_ptr<Database> openDatabase(const QString& path, bool create, QString& error)
{
    if (path.isEmpty()) {
        error = QStringLiteral("--db PATH is required");
        return nullptr;
    }
    auto db = Database::open(path, Database::Options{create, -1});
    if (!db) {
        error = db.error().message;
        return nullptr;
    }
    return std::move(db).value();
}

bool writeFile(const QString& path, const QByteArray& data, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString workstation()
{
    return QStringLiteral("cli@") +
           QString::fromLocal8Bit(qgetenv("HOSTNAME").isEmpty() ? "localhost" : qgetenv("HOSTNAME"));
}

AuthSettings authSettings(const QCommandLineParser& args)
{
    AuthSettings settings;
    settings.tryingDemo = args.isSet(QStringLiteral("demo"));
    return settings;
}

std::optional<Session> operatorSession(AuthService& auth, const QCommandLineParser& args,
                                       Permission permission)
{
    const QString account = args.value(QStringLiteral("as"));
    if (account.isEmpty()) {
        fail(QStringLiteral("--as ACCOUNT is required (the CLI is a door like the application)"));
        return std::nullopt;
    }
    auto session =
        auth.login(account, readPassword(QStringLiteral("Password of %1: ").arg(account)), workstation());
    if (!session) {
        fail(session.error().message);
        return std::nullopt;
    }
    if (session->mustChangePassword) {
        fail(QStringLiteral("%1 must change the password first (shegong-cli password, or log in to the "
                            "application)")
                 .arg(account));
        return std::nullopt;
    }
    if (!Access(auth.database(), session.value()).may(permission)) {
        fail(QStringLiteral("%1 may not do this").arg(account));
        return std::nullopt;
    }
    return session.value();
}

std::unique_ptr<Operator> openAs(const QCommandLineParser& args, Permission permission)
{
    QString error;
    auto op = std::make_unique<Operator>();
    op->db = openDatabase(args.value(QStringLiteral("db")), false, error);
    if (!op->db) {
        fail(error);
        return nullptr;
    }
    op->auth = std::make_unique<AuthService>(*op->db, authSettings(args));
    auto session = operatorSession(*op->auth, args, permission);
    if (!session)
        return nullptr;
    op->session = std::move(*session);
    return op;
}

std::optional<Community> communityNamed(const Database& db, const QString& nameOrCode)
{
    for (const Community& c : DistrictRepository(db).communities())
        if (c.code == nameOrCode || c.name == nameOrCode)
            return c;
    return std::nullopt;
}

} // namespace shegong::cli
