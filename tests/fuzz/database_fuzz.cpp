// Fuzz target: a database file from outside (a backup, a copy from another PC, a damaged disk)
// opened by Database::open. Corrupt pages, a wrong application id, a future schema: each must be
// refused with a message or opened and read, never crash. What opens is read like a start reads it.
#include "fuzzsupport.h"
#include "shegong/core/geography/districtstats.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace shegong::core;
    const QString path = shegong::fuzz::asFile(data, size, QStringLiteral("in.db"));
    for (const char* sidecar : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(sidecar));
    try {
        auto db = Database::open(path, Database::Options{false, -1});
        if (db) {
            (void)districtStats(*db.value());
            (void)AuditLog(*db.value()).verify();
        }
    } catch (const DatabaseError&) {
        // A damaged page met while reading is a storage failure the application shows; not a crash.
    }
    return 0;
}
