#include "shegong/core/people/exactlookup.h"

#include "core/storage/sql.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace shegong::core {
namespace {

struct LookUpText {
    Q_DECLARE_TR_FUNCTIONS(ExactLookUp)
};

const QRegularExpression& wholeId()
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{17}[0-9Xx]$"));
    return re;
}

const QRegularExpression& wholeMobile()
{
    static const QRegularExpression re(QStringLiteral("^1[3-9][0-9]{9}$"));
    return re;
}

} // namespace

bool isWholeNumber(const QString& text)
{
    const QString t = text.trimmed();
    return wholeId().match(t).hasMatch() || wholeMobile().match(t).hasMatch();
}

Result<std::vector<Id>> lookUpWholeNumber(const Access& access, const QString& text)
{
    const Database& db = access.database();
    const Session& session = access.session();
    const QString value = text.trimmed().toUpper();
    const bool idNumber = wholeId().match(value).hasMatch();
    const QString field = idNumber ? QStringLiteral("id_number") : QStringLiteral("phone");
    const auto audit = [&](const QString& result, const QString& details) {
        AuditLog(db).append({session.worker.account, session.workstation, QStringLiteral("look_up"),
                             QStringLiteral("resident"), result,
                             QStringLiteral("{\"field\":\"%1\"%2}").arg(field, details)});
    };
    if (!isWholeNumber(value))
        return Error{QStringLiteral("text"), LookUpText::tr("Not a whole ID number or mobile number")};
    const Scope scope = access.scope(Permission::EditResidents);
    if (scope.empty()) {
        audit(QStringLiteral("refused"), QStringLiteral(",\"reason\":\"scope\""));
        return Error{QStringLiteral("scope"),
                     LookUpText::tr("Whole ID numbers and phones are looked up only in the areas you edit")};
    }
    // Misses are what guessing produces: a few a minute are typos, more are refused for the minute.
    auto misses = cached(db, "SELECT count(*) FROM audit_log WHERE account = ? AND action = 'look_up'"
                             " AND result = 'miss' AND at >= ?");
    misses->bind(session.worker.account,
                 QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs));
    misses->next();
    const bool throttled = misses->integer(0) >= kLookUpMisses;
    misses->reset();
    if (throttled) {
        audit(QStringLiteral("refused"), QStringLiteral(",\"reason\":\"throttled\""));
        return Error{QStringLiteral("text"),
                     LookUpText::tr("Too many look-ups without a match: wait a minute and check the number")};
    }

    Statement query =
        prepare(db, idNumber ? "SELECT id FROM residents WHERE moved_out IS NULL AND id_number = ?"
                             : "SELECT id FROM residents WHERE moved_out IS NULL AND phone = ?");
    query.bind(value);
    std::vector<Id> found;
    while (query.next()) {
        const Id resident = query.integer(0);
        if (access.may(Permission::EditResidents, Record{RecordKind::Resident, resident}))
            found.push_back(resident);
    }
    audit(found.empty() ? QStringLiteral("miss") : QStringLiteral("ok"),
          QStringLiteral(",\"hits\":%1").arg(found.size()));
    return found;
}

} // namespace shegong::core
