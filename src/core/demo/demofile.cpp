#include "shegong/core/demo/demofile.h"

#include "core/storage/durablefile.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace shegong::core {
namespace {

struct DemoFileText {
    Q_DECLARE_TR_FUNCTIONS(DemoFile)
};

//! The demo district, with its published passwords, built into the database at `location` (named
//! `shown` in messages).
Result<DistrictStats> buildDemo(const QString& location, const QString& shown, const DemoOptions& options)
{
    auto db = Database::open(location);
    if (!db)
        return db.error();
    try {
        auto generated = generateDemoDistrict(*db.value(), options);
        if (generated)
            setDemoPasswords(*db.value());
        return generated;
    } catch (const DatabaseError& e) {
        return Error{QStringLiteral("demo"),
                     DemoFileText::tr("Demo district %1: %2").arg(shown, describe(e))};
    }
}

} // namespace

Result<DistrictStats> createDemoFile(const QString& path, const DemoOptions& options)
{
    const auto refused = [&](const QString& why) {
        return Error{QStringLiteral("demo"), DemoFileText::tr("Demo district %1: %2").arg(path, why)};
    };
    // On a server the demo is one transaction into its database, which must hold no district yet
    // (generateDemoDistrict refuses one that does, and changes nothing).
    if (Database::isServerAddress(path))
        return buildDemo(path, path, options);
    if (QFileInfo::exists(path))
        return refused(DemoFileText::tr("the file exists already; the demo is written to a new file"));
    const QFileInfo target(path);
    const QString building = target.dir().filePath(QStringLiteral(".%1.building").arg(target.fileName()));
    removeWithSidecars(building); // what a build that was stopped left behind

    // Closed on return: the last connection folds the write-ahead log into the file and removes it.
    Result<DistrictStats> stats = buildDemo(building, path, options);
    if (stats && QFileInfo::exists(building + QStringLiteral("-wal")))
        stats = refused(DemoFileText::tr("its write-ahead log could not be folded into it"));
    if (stats && !syncToDisk(building))
        stats = refused(DemoFileText::tr("it could not be flushed to the disk"));
    if (stats && !QFile::rename(building, path))
        stats = refused(DemoFileText::tr("it could not be renamed into place"));
    if (!stats) {
        removeWithSidecars(building);
        return stats;
    }
    syncToDisk(target.absolutePath());
    return stats;
}

} // namespace shegong::core
