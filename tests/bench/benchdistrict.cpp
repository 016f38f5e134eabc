#include "benchdistrict.h"

#include "core/storage/sql.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/security/passwordhasher.h"

#include <QDir>
#include <QFileInfo>
#include <map>
#include <memory>
#include <stdexcept>

namespace shegong::bench {

const core::Database& benchDistrict(double scale)
{
    static std::map<double, std::unique_ptr<core::Database>> open;
    auto& slot = open[scale];
    if (slot)
        return *slot;
    const QString folder = qEnvironmentVariable("SHEGONG_BENCH_DIR", QStringLiteral("/tmp/shegong-bench"));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("demo-x%1.db").arg(scale));
    const bool fresh = !QFileInfo::exists(path);
    auto db = core::Database::open(path);
    if (!db)
        throw std::runtime_error(db.error().message.toStdString());
    if (fresh) {
        auto made =
            core::generateDemoDistrict(*db.value(), core::DemoOptions{2026, scale, QDate(2026, 11, 1)});
        if (!made)
            throw std::runtime_error(made.error().message.toStdString());
    }
    slot = std::move(db).value();
    return *slot;
}

core::Session administratorSession(const core::Database& db)
{
    core::Statement admin =
        prepare(db, "SELECT id, account, name FROM workers WHERE role = 'subdistrict_admin'");
    admin.next();
    core::Session session;
    session.worker = {admin.integer(0), admin.text(1), admin.text(2), core::Role::SubdistrictAdmin,
                      std::nullopt,     std::nullopt,  true};
    return session;
}

QString givePassword(const core::Database& db, const QString& account)
{
    const QString password = QStringLiteral("Harbour#Lamp7");
    prepare(db, "UPDATE workers SET password_hash = ?, must_change_password = 0 WHERE account = ?")
        .bind(core::PasswordHasher().hash(password), account)
        .run();
    return password;
}

} // namespace shegong::bench
