#pragma once

#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/security/authservice.h"
#include "testdatabase.h"

namespace shegong::test {

/*! A demo district in a real file with the demo passwords, an AuthService with the cheapest Argon2id
    limits (tests log in often), and logins by account. */
class DemoDistrict {
public:
    explicit DemoDistrict(core::DemoOptions options, core::Clock clock = core::systemTime);
    core::Database& db() { return m_file.db(); }
    //! The file, or the server address that reaches this district's database.
    QString path() const { return m_file.path(); }
    QString folder() const { return m_file.folder(); }
    core::AuthService& auth() { return *m_auth; }
    //! Logs in with the demo password; throws if the account cannot.
    core::Session login(const QString& account);

private:
    TestDatabase m_file;
    std::unique_ptr<core::AuthService> m_auth;
};

//! A session of an account without logging in: for views whose test is not about logging in.
core::Session sessionFor(const core::Database& db, const QString& account);

} // namespace shegong::test
