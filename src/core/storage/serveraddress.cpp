#include "shegong/core/storage/serveraddress.h"

#include "core/storage/postgresengine.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace shegong::core {
namespace {

struct AddressText {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
};

constexpr auto kPasswordField = "server-password";

struct Tls {
    ServerAddress::Tls tls;
    const char* sslmode;
};
constexpr Tls kTlsModes[] = {{ServerAddress::Tls::VerifyFull, "verify-full"},
                             {ServerAddress::Tls::VerifyCa, "verify-ca"},
                             {ServerAddress::Tls::Require, "require"},
                             {ServerAddress::Tls::Disable, "disable"}};

QMutex& passwordLock()
{
    static QMutex lock;
    return lock;
}

QString& processPassword()
{
    static QString password;
    return password;
}

} // namespace

bool isLocalServer(const QString& host)
{
    return host.isEmpty() || host.startsWith(u'/') || host == QLatin1String("localhost") ||
           host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

bool ServerAddress::local() const
{
    return isLocalServer(host);
}

Result<void> ServerAddress::validate() const
{
    if (database.trimmed().isEmpty())
        return Error{QStringLiteral("database"), AddressText::tr("Enter the database's name.")};
    if (user.trimmed().isEmpty())
        return Error{QStringLiteral("user"), AddressText::tr("Enter the database role shegong logs in as.")};
    if (port < 1 || port > 65535)
        return Error{QStringLiteral("port"), AddressText::tr("A port is a number from 1 to 65535.")};
    if (tls == Tls::Disable && !local())
        return Error{QStringLiteral("tls"),
                     AddressText::tr("A server on another computer is reached only over an encrypted "
                                     "connection: residents' records cross the office network.")};
    if (clientKey.isEmpty() != clientCertificate.isEmpty())
        return Error{
            QStringLiteral("clientKey"),
            AddressText::tr("A client certificate needs its private key, and a key its certificate.")};
    return {};
}

QString ServerAddress::toAddress() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    if (host.trimmed().isEmpty() || host.startsWith(u'/')) {
        // A socket folder is no URI host, and a URI has no user without a host: both go in the query.
        if (!host.trimmed().isEmpty())
            query.addQueryItem(QStringLiteral("host"), host);
        query.addQueryItem(QStringLiteral("user"), user.trimmed());
    } else {
        url.setUserName(user.trimmed());
        url.setHost(host.trimmed());
    }
    if (port != 5432)
        url.setPort(port);
    url.setPath(u'/' + database.trimmed());
    for (const auto& mode : kTlsModes)
        if (mode.tls == tls)
            query.addQueryItem(QStringLiteral("sslmode"), QString::fromLatin1(mode.sslmode));
    const auto file = [&](const char* key, const QString& path) {
        if (!path.isEmpty())
            query.addQueryItem(QString::fromLatin1(key), path);
    };
    file("sslcert", clientCertificate);
    file("sslkey", clientKey);
    file("sslrootcert", rootCertificate);
    url.setQuery(query);
    // QUrl writes "postgresql:/db" for an empty host; libpq wants the authority marker all the same.
    QString text = url.toString(QUrl::FullyEncoded);
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

std::optional<ServerAddress> ServerAddress::fromAddress(const QString& address)
{
    // libpq also takes a socket folder percent-encoded as the host ("postgresql://u@%2Frun%2Fpg/db"),
    // which is no host to QUrl: it is read here and a stand-in host parsed instead.
    static const QRegularExpression encodedSocket(
        QStringLiteral("^(postgres(?:ql)?://(?:[^@/?]*@)?)(%2F[^:/?]*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString socket;
    QString parsed = address;
    if (const auto match = encodedSocket.match(address); match.hasMatch()) {
        socket = QUrl::fromPercentEncoding(match.captured(2).toUtf8());
        parsed.replace(match.capturedStart(2), match.capturedLength(2), QStringLiteral("localhost"));
    }
    const QUrl url(parsed, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return std::nullopt;
    ServerAddress parts;
    parts.host = socket.isEmpty() ? url.host() : socket;
    parts.port = url.port(5432);
    parts.database = url.path().mid(1);
    parts.user = url.userName();
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        parts.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("user")))
        parts.user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    // libpq's default (prefer) is no promise of encryption: shown as "required" only when written so.
    parts.tls = parts.local() ? Tls::Disable : Tls::Require;
    const QString sslmode = query.queryItemValue(QStringLiteral("sslmode"));
    for (const auto& mode : kTlsModes)
        if (sslmode == QLatin1String(mode.sslmode))
            parts.tls = mode.tls;
    parts.clientCertificate = query.queryItemValue(QStringLiteral("sslcert"), QUrl::FullyDecoded);
    parts.clientKey = query.queryItemValue(QStringLiteral("sslkey"), QUrl::FullyDecoded);
    parts.rootCertificate = query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    return parts;
}

void setServerPassword(const QString& password)
{
    QMutexLocker lock(&passwordLock());
    processPassword() = password;
}

QString serverPassword()
{
    QMutexLocker lock(&passwordLock());
    return processPassword();
}

Error serverPasswordError(const QString& message)
{
    return Error{QString::fromLatin1(kPasswordField), message};
}

bool needsServerPassword(const Error& error)
{
    return error.field == QLatin1String(kPasswordField);
}

} // namespace shegong::core
