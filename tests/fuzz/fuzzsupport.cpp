#include "fuzzsupport.h"

#include "shegong/core/storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <memory>

namespace shegong::fuzz {
namespace {

QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

QString asFile(const uint8_t* data, size_t size, const QString& name)
{
    const QString path = scratch().filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

const core::Access& administrator()
{
    static std::unique_ptr<core::Database> db = [] {
        auto opened = core::Database::open(scratch().filePath(QStringLiteral("fuzz.db")));
        return std::move(opened).value();
    }();
    static const core::Access access = [] {
        core::Session session;
        session.worker = {1,
                          QStringLiteral("admin"),
                          QStringLiteral("管理员"),
                          core::Role::SubdistrictAdmin,
                          std::nullopt,
                          std::nullopt,
                          true};
        return core::Access(*db, session);
    }();
    return access;
}

} // namespace shegong::fuzz
