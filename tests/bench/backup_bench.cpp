// Backups of the demo district (scale 1, 85,000 residents) while the application has it open, and
// their verified restore. Issue 15's figures: backup <= 2 s, restore with verification <= 5 s.
#include "benchdistrict.h"
#include "core/storage/sql.h"
#include "shegong/core/security/access.h"
#include "shegong/core/storage/backup.h"

#include <QTemporaryDir>

using namespace shegong;

namespace {

void BM_BackupWhileInUse(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrictOnFile(1.0); // a server is backed up where it runs
    const core::Access admin(db, bench::administratorSession(db));
    // Another connection reads, as the registry's search thread does, with a read open.
    auto reader = core::Database::openReader(db.path());
    core::Statement reading = prepare(*reader.value(), "SELECT id FROM residents");
    reading.next();
    QTemporaryDir folder;
    bench::timeEach(state, [&] {
        const auto made = core::backupDatabase(admin, folder.path(), 2);
        if (!made)
            state.SkipWithError(made.error().message.toUtf8().constData());
    });
}
BENCHMARK(BM_BackupWhileInUse)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_RestoreWithVerification(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrictOnFile(1.0); // a server is backed up where it runs
    const core::Access admin(db, bench::administratorSession(db));
    QTemporaryDir folder;
    const auto made = core::backupDatabase(admin, folder.filePath(QStringLiteral("backups")), 1);
    int n = 0;
    bench::timeEach(state, [&] {
        const QString target = folder.filePath(QStringLiteral("restored-%1.db").arg(++n));
        const auto restored = core::restoreDatabase(made->path, target, QStringLiteral("admin"));
        if (!restored)
            state.SkipWithError(restored.error().message.toUtf8().constData());
    });
}
BENCHMARK(BM_RestoreWithVerification)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
