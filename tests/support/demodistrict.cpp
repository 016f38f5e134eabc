#include "demodistrict.h"

#include "shegong/core/work/workerrepository.h"

#include <stdexcept>

namespace shegong::test {

DemoDistrict::DemoDistrict(core::DemoOptions options, core::Clock clock)
{
    const std::string templateName = "demo_" + std::to_string(options.seed) + "_" +
                                     std::to_string(int(options.scale * 10000)) + "_" +
                                     options.referenceDate.toString(QStringLiteral("yyyyMMdd")).toStdString();
    if (!m_file.cloneFrom(templateName)) {
        if (auto made = core::generateDemoDistrict(db(), options); !made)
            throw std::runtime_error("the demo district could not be generated: " +
                                     made.error().message.toStdString());
        core::setDemoPasswords(db());
        m_file.keepAsTemplate(templateName);
    }
    core::AuthSettings fast;
    fast.hashLimits = core::PasswordHasher::minimumLimits();
    fast.tryingDemo = true; // the demo accounts as `--demo` opens them
    m_auth = std::make_unique<core::AuthService>(db(), fast, std::move(clock));
}

core::Session DemoDistrict::login(const QString& account)
{
    auto session = m_auth->login(account, core::kDemoPassword, QStringLiteral("PC-TEST"));
    if (!session)
        throw std::runtime_error("login failed: " + session.error().message.toStdString());
    return session.value();
}

core::Session sessionFor(const core::Database& db, const QString& account)
{
    auto worker = core::WorkerRepository(db).workerByAccount(account);
    if (!worker)
        throw std::runtime_error("no account " + account.toStdString());
    return core::Session{*worker, QStringLiteral("PC-TEST"), QDateTime::currentDateTimeUtc(), false};
}

} // namespace shegong::test
