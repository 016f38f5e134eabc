#include "shegong/core/security/authservice.h"

#include "core/storage/sql.h"
#include "shegong/core/base/validation.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"
#include "shegong/core/work/handover.h"
#include "shegong/core/work/workerrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace shegong::core {
namespace {

struct AuthText {
    Q_DECLARE_TR_FUNCTIONS(Auth)
};

// The most common passwords (and the patterns people think are clever); refused whatever the policy.
const QStringList kCommonPasswords =
    QStringLiteral(
        "password password1 password123 passw0rd p@ssw0rd p@ssword 12345678 123456789 1234567890 11111111 "
        "88888888 "
        "66666666 00000000 12341234 abcd1234 abc12345 abc123456 a1234567 qwerty123 qwertyuiop 1qaz2wsx "
        "1q2w3e4r "
        "zaq12wsx admin123 admin@123 administrator root1234 welcome1 iloveyou woaini1314 5201314520 "
        "a123456789 "
        "qq123456 aa123456 asdf1234 asdfghjkl zxcvbnm123 letmein1 changeme shegong123 shegong@123 sheqv123")
        .split(u' ');

Error authError(const QString& field, const QString& message)
{
    return Error{field, message};
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

struct AccountRow {
    Worker worker;
    QString hash;
    bool mustChange = false;
    bool demoPassword = false; //!< still the demo's published password
    QDateTime changedAt;
    int failures = 0;
    QDateTime lockedUntil;
};

std::optional<AccountRow> accountRow(const Database& db, const QString& account)
{
    const auto worker = WorkerRepository(db).workerByAccount(account.trimmed());
    if (!worker)
        return std::nullopt;
    auto query = cached(db, "SELECT password_hash, must_change_password, password_changed_at, failed_logins,"
                            " locked_until, demo_password FROM workers WHERE id = ?");
    query->bind(worker->id);
    query->next();
    AccountRow row{*worker,
                   query->optionalText(0).value_or(QString()),
                   query->integer(1) != 0,
                   query->integer(5) != 0,
                   QDateTime::fromString(query->text(2), Qt::ISODate),
                   int(query->integer(3)),
                   QDateTime::fromString(query->text(4), Qt::ISODate)};
    return row;
}

} // namespace

Result<void> checkPasswordPolicy(const QString& password, const QString& account,
                                 const AuthSettings& settings)
{
    const QString field = QStringLiteral("password");
    if (password.size() < settings.minimumLength)
        return authError(field, AuthText::tr("Password: at least %1 characters").arg(settings.minimumLength));
    int lower = 0, upper = 0, digit = 0, symbol = 0;
    for (QChar c : password) {
        if (c.isLower())
            lower = 1;
        else if (c.isUpper())
            upper = 1;
        else if (c.isDigit())
            digit = 1;
        else
            symbol = 1;
    }
    if (lower + upper + digit + symbol < settings.requiredClasses)
        return authError(
            field, AuthText::tr("Password: use at least %1 of lower case, upper case, digits and symbols")
                       .arg(settings.requiredClasses));
    const QString folded = password.toLower();
    if (kCommonPasswords.contains(folded) || (!account.isEmpty() && folded.contains(account.toLower())))
        return authError(field, AuthText::tr("Password: too common or contains the account name"));
    return {};
}

AuthService::AuthService(const Database& db, AuthSettings settings, Clock clock)
    : m_db(db), m_settings(std::move(settings)), m_clock(std::move(clock)), m_hasher(m_settings.hashLimits)
{}

void AuthService::audit(const QString& account, const QString& workstation, const QString& action,
                        const QString& object, const QString& result, const QString& details) const
{
    AuditLog(m_db, m_clock).append({account, workstation, action, object, result, details});
}

bool AuthService::needsFirstAdministrator() const
{
    Statement query = prepare(m_db, "SELECT count(*) FROM workers WHERE password_hash IS NOT NULL");
    query.next();
    return query.integer(0) == 0;
}

Result<QString> AuthService::hashNewPassword(Id workerId, const QString& account,
                                             const QString& password) const
{
    if (auto policy = checkPasswordPolicy(password, account, m_settings); !policy)
        return policy.error();
    // Two passwords set within the same instant: the later-written one first.
    auto history = cached(m_db, spelled(m_db,
                                        "SELECT hash FROM password_history WHERE worker_id = ?"
                                        " ORDER BY set_at DESC, rowid DESC LIMIT ?",
                                        "SELECT hash FROM password_history WHERE worker_id = ?"
                                        " ORDER BY set_at DESC, ctid DESC LIMIT ?"));
    history->bind(workerId, m_settings.historyDepth);
    while (history->next()) {
        if (m_hasher.verify(history->text(0), password))
            return authError(
                QStringLiteral("password"),
                AuthText::tr("Password: must differ from the last %1").arg(m_settings.historyDepth));
    }
    const QString hash = m_hasher.hash(password);
    if (hash.isEmpty())
        return authError(QStringLiteral("password"), AuthText::tr("Password: not enough memory to hash it"));
    return hash;
}

void AuthService::storeHash(Id workerId, const QString& hash, bool mustChange) const
{
    const QString now = iso(m_clock());
    prepare(m_db, "UPDATE workers SET password_hash = ?, must_change_password = ?, password_changed_at = ?,"
                  " failed_logins = 0, locked_until = NULL, demo_password = 0 WHERE id = ?")
        .bind(hash, mustChange ? 1 : 0, now, workerId)
        .run();
    prepare(m_db, "DELETE FROM login_failures WHERE worker_id = ?").bind(workerId).run();
    prepare(m_db, "INSERT INTO password_history(worker_id, hash, set_at) VALUES(?, ?, ?)")
        .bind(workerId, hash, now)
        .run();
}

Result<Id> AuthService::createFirstAdministrator(const QString& account, const QString& name,
                                                 const QString& password, const QString& workstation)
{
    if (!needsFirstAdministrator())
        return authError(QStringLiteral("account"), AuthText::tr("An administrator exists already"));
    if (account.trimmed().isEmpty())
        return authError(QStringLiteral("account"), AuthText::tr("Account: must not be empty"));
    auto validName = parsePersonName(name);
    if (!validName)
        return validName.error();
    const WorkerRepository workers(m_db);
    auto hash = hashNewPassword(0, account.trimmed(), password); // before the write lock: Argon2 is slow
    if (!hash)
        return hash.error();
    WriteTransaction transaction(m_db);
    auto existing = workers.workerByAccount(account.trimmed());
    Id id = 0;
    if (existing) {
        if (existing->role != Role::SubdistrictAdmin)
            return authError(QStringLiteral("account"),
                             AuthText::tr("Account: %1 belongs to another role").arg(account));
        id = existing->id;
    } else {
        id = workers.add(Worker{0, account.trimmed(), validName.value(), Role::SubdistrictAdmin, std::nullopt,
                                std::nullopt, true});
    }
    storeHash(id, hash.value(), false);
    audit(account.trimmed(), workstation, QStringLiteral("create_first_administrator"),
          QStringLiteral("worker:%1").arg(id), QStringLiteral("ok"));
    transaction.commit();
    return id;
}

Result<Session> AuthService::login(const QString& account, const QString& password,
                                   const QString& workstation)
{
    // One answer for every refusal (no such account, wrong password, locked): the prompt tells nobody
    // which accounts exist or are locked.
    const Error refused = authError(
        QStringLiteral("password"),
        AuthText::tr("Wrong account or password (after %1 wrong passwords an account waits %2 minutes on "
                     "this computer)")
            .arg(m_settings.maxFailures)
            .arg(m_settings.lockoutMinutes));
    // Argon2 runs before the write transaction: half a second of hashing must not hold the write lock
    // other workstations wait for. The same work is done for an unknown account (timing tells nothing).
    static const QString decoy = m_hasher.hash(QStringLiteral("decoy password"));
    const auto seen = accountRow(m_db, account);
    const bool usable = seen && !seen->hash.isEmpty() && seen->worker.active;
    const bool verified = m_hasher.verify(usable ? seen->hash : decoy, password) && usable;
    const QString rehash = verified && m_hasher.needsRehash(seen->hash) ? m_hasher.hash(password) : QString();

    const QDateTime now = m_clock();
    WriteTransaction transaction(m_db);
    const auto row = accountRow(m_db, account);
    if (!row || row->hash.isEmpty() || !row->worker.active) {
        // What was typed into the account field is not kept when it names no account: people type
        // their password there by mistake. An existing (inactive) account is named as usual.
        const QString who = row ? account : QStringLiteral("?");
        audit(who, workstation, QStringLiteral("login_failed"),
              row ? QStringLiteral("worker:%1").arg(row->worker.id) : QStringLiteral("account:unknown"),
              QStringLiteral("refused"),
              QStringLiteral("{\"reason\":\"%1\",\"typed_length\":%2}")
                  .arg(row ? QStringLiteral("inactive or no password") : QStringLiteral("unknown account"))
                  .arg(account.size()));
        transaction.commit();
        return refused;
    }
    const QString object = QStringLiteral("worker:%1").arg(row->worker.id);
    if (lockedUntil(row->worker.id, workstation)) {
        audit(account, workstation, QStringLiteral("login_failed"), object, QStringLiteral("refused"),
              QStringLiteral("{\"reason\":\"locked\"}"));
        transaction.commit();
        return refused;
    }
    // A password changed between the check and now counts as wrong: the check was of the old one.
    // A new hash of the same password (another login's rehash) is not a change: many logins at once
    // must not lock the account out. A change stamps password_changed_at (a reset also must_change).
    const bool changed = row->changedAt != seen->changedAt || row->mustChange != seen->mustChange;
    if (!verified || changed) {
        countFailure(row->worker.id, account, workstation, QStringLiteral("login_failed"));
        transaction.commit();
        return refused;
    }
    prepare(m_db, "DELETE FROM login_failures WHERE worker_id = ? AND workstation = ?")
        .bind(row->worker.id, workstation)
        .run();
    if (!rehash.isEmpty() && row->hash == seen->hash)
        prepare(m_db, "UPDATE workers SET password_hash = ? WHERE id = ?").bind(rehash, row->worker.id).run();
    const bool expired = m_settings.expiryDays && row->changedAt.isValid() &&
                         row->changedAt.addDays(*m_settings.expiryDays) < now;
    audit(account, workstation, QStringLiteral("login"), object, QStringLiteral("ok"),
          rehash.isEmpty() ? QStringLiteral("{}") : QStringLiteral("{\"rehashed\":true}"));
    // Handovers dated ahead take effect on their day: the first login from then on moves the events.
    carryOverEvents(m_db, now.toLocalTime().date(), m_clock);
    transaction.commit();
    // Trying the demo (--demo) spares its published password the change, and nothing else.
    const bool trial =
        m_settings.tryingDemo && row->demoPassword && m_db.meta(QStringLiteral("demo")) == QLatin1String("1");
    return Session{row->worker, workstation, now, (row->mustChange && !trial) || expired};
}

std::optional<QDateTime> AuthService::lockedUntil(Id workerId, const QString& workstation) const
{
    const QDateTime now = m_clock();
    auto query =
        cached(m_db, "SELECT w.locked_until, f.locked_until FROM workers w LEFT JOIN login_failures f"
                     " ON f.worker_id = w.id AND f.workstation = ?2 WHERE w.id = ?1");
    query->bind(workerId, workstation);
    if (!query->next())
        return std::nullopt;
    std::optional<QDateTime> until;
    for (int column : {0, 1}) {
        const QDateTime t = QDateTime::fromString(query->text(column), Qt::ISODate);
        if (t.isValid() && t > now && (!until || t > *until))
            until = t;
    }
    return until;
}

std::optional<QDateTime> AuthService::countFailure(Id workerId, const QString& account,
                                                   const QString& workstation, const QString& action) const
{
    const QDateTime now = m_clock();
    auto counted =
        cached(m_db, "SELECT failures FROM login_failures WHERE worker_id = ? AND workstation = ?");
    counted->bind(workerId, workstation);
    const int failures = (counted->next() ? int(counted->integer(0)) : 0) + 1;
    counted->reset();
    const bool lock = failures >= m_settings.maxFailures;
    const QDateTime until = now.addSecs(60LL * m_settings.lockoutMinutes);
    prepare(m_db,
            "INSERT INTO login_failures(worker_id, workstation, failures, locked_until) VALUES(?, ?, ?, ?)"
            " ON CONFLICT(worker_id, workstation) DO UPDATE SET failures = excluded.failures,"
            " locked_until = excluded.locked_until")
        .bind(workerId, workstation, lock ? 0 : failures,
              lock ? std::optional<QString>(iso(until)) : std::optional<QString>())
        .run();
    const QString object = QStringLiteral("worker:%1").arg(workerId);
    audit(account, workstation, action, object, QStringLiteral("refused"),
          QStringLiteral("{\"reason\":\"wrong password\",\"failures\":%1}").arg(failures));
    if (!lock)
        return std::nullopt;
    audit(QStringLiteral("-"), workstation, QStringLiteral("lockout"), object, QStringLiteral("ok"),
          QStringLiteral("{\"until\":\"%1\"}").arg(iso(until)));
    return until;
}

Result<void> AuthService::unlockSession(const Session& session, const QString& password)
{
    auto again = login(session.worker.account, password, session.workstation);
    if (!again)
        return again.error();
    return {};
}

Result<void> AuthService::changePassword(Session& session, const QString& current, const QString& next)
{
    const Error wrong =
        authError(QStringLiteral("current_password"), AuthText::tr("Current password: wrong"));
    const auto row = accountRow(m_db, session.worker.account);
    if (!row || lockedUntil(row->worker.id, session.workstation))
        return wrong;
    if (!m_hasher.verify(row->hash, current)) {
        // Counted and audited like a wrong password at login: an unattended session must not become a
        // way to guess the password without limit.
        WriteTransaction transaction(m_db);
        countFailure(row->worker.id, session.worker.account, session.workstation,
                     QStringLiteral("change_password"));
        transaction.commit();
        return wrong;
    }
    auto hash = hashNewPassword(row->worker.id, row->worker.account, next); // before the write lock
    if (!hash)
        return hash.error();
    WriteTransaction transaction(m_db);
    storeHash(row->worker.id, hash.value(), false);
    audit(session.worker.account, session.workstation, QStringLiteral("change_password"),
          QStringLiteral("worker:%1").arg(row->worker.id), QStringLiteral("ok"));
    transaction.commit();
    session.mustChangePassword = false;
    return {};
}

Result<void> AuthService::requireAdmin(const Session& session, const QString& action) const
{
    // A session that still has to change its password may do nothing else (the same rule as Access).
    if (roleHas(session.worker.role, Permission::ManageAccounts) && !session.mustChangePassword)
        return {};
    audit(session.worker.account, session.workstation, action, QStringLiteral("-"), QStringLiteral("refused"),
          QStringLiteral("{\"reason\":\"not an administrator\"}"));
    return authError(QStringLiteral("role"), AuthText::tr("Only the subdistrict administrator may do this"));
}

Result<Id> AuthService::addAccount(const Session& admin, const Worker& worker, const QString& password)
{
    if (auto allowed = requireAdmin(admin, QStringLiteral("create")); !allowed)
        return allowed.error();
    auto name = parsePersonName(worker.name);
    if (!name)
        return name.error();
    if (worker.account.trimmed().isEmpty() ||
        WorkerRepository(m_db).workerByAccount(worker.account.trimmed()))
        return authError(QStringLiteral("account"), AuthText::tr("Account: empty or taken"));
    if (roleBelongsToCommunity(worker.role) && !worker.communityId)
        return authError(QStringLiteral("community"),
                         AuthText::tr("Community: social workers and directors belong to one"));
    Worker w = worker;
    w.account = worker.account.trimmed();
    w.name = name.value();
    auto hash = hashNewPassword(0, w.account, password); // before the write lock: Argon2 is slow
    if (!hash)
        return hash.error();
    WriteTransaction transaction(m_db);
    const Id id = WorkerRepository(m_db).add(w);
    storeHash(id, hash.value(), true);
    audit(admin.worker.account, admin.workstation, QStringLiteral("create"),
          QStringLiteral("worker:%1").arg(id), QStringLiteral("ok"),
          QString::fromUtf8(
              QJsonDocument(QJsonObject{{QStringLiteral("after"),
                                         QJsonObject{{QStringLiteral("account"), w.account},
                                                     {QStringLiteral("name"), w.name},
                                                     {QStringLiteral("role"), toString(w.role)}}}})
                  .toJson(QJsonDocument::Compact)));
    transaction.changed({ChangeKind::Account, id});
    transaction.commit();
    return id;
}

std::vector<AuthService::AccountStatus> AuthService::accounts(const Session& admin) const
{
    std::vector<AccountStatus> result;
    if (!roleHas(admin.worker.role, Permission::ManageAccounts) || admin.mustChangePassword)
        return result;
    const QDateTime now = m_clock();
    for (Worker& w : WorkerRepository(m_db).workers()) {
        const auto row = accountRow(m_db, w.account);
        AccountStatus status{std::move(w), std::nullopt, row && row->mustChange, row && !row->hash.isEmpty()};
        if (row && row->lockedUntil.isValid() && row->lockedUntil > now)
            status.lockedUntil = row->lockedUntil;
        // A lock on any one workstation shows too (an unlock clears them all).
        auto anywhere = cached(m_db, "SELECT max(locked_until) FROM login_failures WHERE worker_id = ?");
        anywhere->bind(status.worker.id);
        const QDateTime elsewhere =
            anywhere->next() ? QDateTime::fromString(anywhere->text(0), Qt::ISODate) : QDateTime();
        anywhere->reset();
        if (elsewhere.isValid() && elsewhere > now &&
            (!status.lockedUntil || elsewhere > *status.lockedUntil))
            status.lockedUntil = elsewhere;
        result.push_back(std::move(status));
    }
    std::sort(result.begin(), result.end(), [](const AccountStatus& a, const AccountStatus& b) {
        return a.worker.account < b.worker.account;
    });
    return result;
}

Result<void> AuthService::resetPassword(const Session& admin, const QString& account, const QString& password)
{
    if (auto allowed = requireAdmin(admin, QStringLiteral("reset_password")); !allowed)
        return allowed;
    const auto row = accountRow(m_db, account);
    if (!row)
        return authError(QStringLiteral("account"), AuthText::tr("Account: %1 does not exist").arg(account));
    auto hash = hashNewPassword(row->worker.id, row->worker.account, password); // before the write lock
    if (!hash)
        return hash.error();
    WriteTransaction transaction(m_db);
    storeHash(row->worker.id, hash.value(), true);
    audit(admin.worker.account, admin.workstation, QStringLiteral("reset_password"),
          QStringLiteral("worker:%1").arg(row->worker.id), QStringLiteral("ok"));
    transaction.changed({ChangeKind::Account, row->worker.id});
    transaction.commit();
    return {};
}

Result<void> AuthService::setLocked(const Session& admin, const QString& account, bool locked)
{
    if (auto allowed = requireAdmin(admin, locked ? QStringLiteral("lock") : QStringLiteral("unlock"));
        !allowed)
        return allowed;
    const auto row = accountRow(m_db, account);
    if (!row)
        return authError(QStringLiteral("account"), AuthText::tr("Account: %1 does not exist").arg(account));
    WriteTransaction transaction(m_db);
    // An administrative lock lasts until an administrator unlocks it.
    prepare(m_db, "UPDATE workers SET locked_until = ?, failed_logins = 0 WHERE id = ?")
        .bind(locked ? std::optional<QString>(QStringLiteral("9999-12-31T00:00:00Z"))
                     : std::optional<QString>(),
              row->worker.id)
        .run();
    prepare(m_db, "DELETE FROM login_failures WHERE worker_id = ?").bind(row->worker.id).run();
    audit(admin.worker.account, admin.workstation, locked ? QStringLiteral("lock") : QStringLiteral("unlock"),
          QStringLiteral("worker:%1").arg(row->worker.id), QStringLiteral("ok"));
    transaction.changed({ChangeKind::Account, row->worker.id});
    transaction.commit();
    return {};
}

Result<void> AuthService::assignArea(const Session& admin, const QString& account, const QString& areaCode,
                                     QDate from)
{
    const Reach reach =
        admin.mustChangePassword ? Reach::None : reachOf(admin.worker.role, Permission::ReassignAreas);
    if (reach == Reach::None)
        return authError(QStringLiteral("role"),
                         AuthText::tr("Only a director or the administrator may assign areas"));
    const auto row = accountRow(m_db, account);
    if (!row || !roleHas(row->worker.role, Permission::AnswerForAreas))
        return authError(QStringLiteral("account"),
                         AuthText::tr("Account: %1 is not a social worker").arg(account));
    Statement area = prepare(m_db, "SELECT id, community_id FROM areas WHERE code = ?");
    area.bind(areaCode);
    if (!area.next())
        return authError(QStringLiteral("area"), AuthText::tr("Area: %1 does not exist").arg(areaCode));
    const Id areaId = area.integer(0), communityId = area.integer(1);
    area.reset();
    if (reach == Reach::Community && admin.worker.communityId != communityId)
        return authError(QStringLiteral("area"),
                         AuthText::tr("Area: %1 is in another community").arg(areaCode));
    const QString day = from.toString(Qt::ISODate);
    Statement current =
        prepare(m_db, "SELECT worker_id, starts FROM area_assignments WHERE area_id = ? AND ends IS NULL");
    current.bind(areaId);
    if (current.next()) {
        if (current.integer(0) == row->worker.id)
            return authError(QStringLiteral("account"),
                             AuthText::tr("Area: %1 is already %2's").arg(areaCode, account));
        if (current.text(1) >= day)
            return authError(QStringLiteral("from"),
                             AuthText::tr("Date: the area changes hands on %1 already; choose a later day")
                                 .arg(current.text(1)));
    }
    current.reset();
    WriteTransaction transaction(m_db);
    // The current assignment ends the day before; the history stays.
    prepare(m_db, "UPDATE area_assignments SET ends = ? WHERE area_id = ? AND ends IS NULL")
        .bind(from.addDays(-1).toString(Qt::ISODate), areaId)
        .run();
    WorkerRepository(m_db).add(
        AreaAssignment{0, areaId, row->worker.id, from, std::nullopt, admin.worker.id});
    audit(admin.worker.account, admin.workstation, QStringLiteral("assign_area"),
          QStringLiteral("area:%1").arg(areaId), QStringLiteral("ok"),
          QStringLiteral("{\"worker\":%1,\"from\":\"%2\"}").arg(row->worker.id).arg(day));
    carryOverEvents(m_db, m_clock().toLocalTime().date(), m_clock); // open events follow the area
    transaction.changed({ChangeKind::Assignment, areaId});
    transaction.commit();
    return {};
}

} // namespace shegong::core
