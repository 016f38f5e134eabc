#pragma once

#include "shegong/core/base/clock.h"
#include "shegong/core/base/result.h"
#include "shegong/core/security/passwordhasher.h"
#include "shegong/core/work/worker.h"

#include <optional>
#include <vector>

namespace shegong::core {

class Database;

//! The account policy (MLPS 2.0 level 2 with the level-3 items); defaults as the subdistrict asked.
struct AuthSettings {
    int minimumLength = 8;
    int requiredClasses = 3; //!< of lower case, upper case, digits, symbols
    int historyDepth = 5;    //!< the last N passwords may not be reused
    int maxFailures = 5;     //!< consecutive failures before a lockout
    int lockoutMinutes = 30;
    int idleMinutes = 10;          //!< the session locks after this long without input
    std::optional<int> expiryDays; //!< force a change after N days (off by default)
    //! Started with --demo to try the demo: a demo database's accounts need not change their password.
    bool tryingDemo = false;
    PasswordHasher::Limits hashLimits = PasswordHasher::defaultLimits();
};

//! A logged-in worker on a workstation.
struct Session {
    Worker worker;
    QString workstation;
    QDateTime started;
    bool mustChangePassword = false;
};

//! Checks a new password against the policy; `account` and earlier hashes are refused too.
Result<void> checkPasswordPolicy(const QString& password, const QString& account,
                                 const AuthSettings& settings);

/*! Accounts and logins. Passwords are Argon2id (rehashed on login when the limits change), hashed
    before any write transaction; five wrong passwords on one workstation lock the account there for
    30 minutes (so nobody at another PC can lock the administrator out of their office); every refusal
    answers the same; every login, failure, lockout, unlock, reset and change is written to the audit
    log. Administrative actions need an administrator's session that has changed its first password. */
class AuthService {
public:
    AuthService(const Database& db, AuthSettings settings = {}, Clock clock = systemTime);

    //! True while no account has a password: the first start asks for the administrator.
    bool needsFirstAdministrator() const;
    Result<Id> createFirstAdministrator(const QString& account, const QString& name, const QString& password,
                                        const QString& workstation);

    Result<Session> login(const QString& account, const QString& password, const QString& workstation);
    //! Re-checks the password of a locked session (idle lock); audited like a login.
    Result<void> unlockSession(const Session& session, const QString& password);
    Result<void> changePassword(Session& session, const QString& current, const QString& next);

    //! Social workers and directors need a community; the first password must be changed at login.
    Result<Id> addAccount(const Session& admin, const Worker& worker, const QString& password);

    struct AccountStatus {
        Worker worker;
        std::optional<QDateTime> lockedUntil; //!< set while locked (far future: locked by an administrator)
        bool mustChangePassword = false;
        bool hasPassword = false;
    };
    //! Every account with its state, by account; empty unless `admin` is the administrator.
    std::vector<AccountStatus> accounts(const Session& admin) const;
    Result<void> resetPassword(const Session& admin, const QString& account, const QString& password);
    Result<void> setLocked(const Session& admin, const QString& account, bool locked);
    Result<void> assignArea(const Session& admin, const QString& account, const QString& areaCode,
                            QDate from);

    const AuthSettings& settings() const { return m_settings; }
    const Database& database() const { return m_db; }

private:
    Result<void> requireAdmin(const Session& session, const QString& action) const;
    //! The new password checked (policy, the last N) and hashed: slow, so before any write transaction.
    Result<QString> hashNewPassword(Id workerId, const QString& account, const QString& password) const;
    //! Stores a hash made by hashNewPassword and clears the account's locks; in the caller's transaction.
    void storeHash(Id workerId, const QString& hash, bool mustChange) const;
    //! Until when the account is locked on this workstation (or everywhere, by an administrator).
    std::optional<QDateTime> lockedUntil(Id workerId, const QString& workstation) const;
    /*! Counts a wrong password against the account on this workstation (a login or a password change),
        audited with `action`; locks it there at the limit and returns until when. Inside the caller's
        transaction. */
    std::optional<QDateTime> countFailure(Id workerId, const QString& account, const QString& workstation,
                                          const QString& action) const;
    void audit(const QString& account, const QString& workstation, const QString& action,
               const QString& object, const QString& result,
               const QString& details = QStringLiteral("{}")) const;

    const Database& m_db;
    AuthSettings m_settings;
    Clock m_clock;
    PasswordHasher m_hasher;
};

} // namespace shegong::core
