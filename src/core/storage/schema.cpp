#include "core/storage/schema.h"

#include "core/storage/sql.h"
#include "shegong/core/base/pinyin.h"
#include "shegong/core/storage/database.h"

#include <QFile>
#include <iterator>
#include <string>

namespace shegong::core {
namespace {

/*! The migrations in order: each moves the schema from version i to i + 1 and is one file under
    migrations/ (compiled in as a resource). Never edit a released step: add a new file here. */
struct Migration {
    const char* file;
    void (*after)(const Database&) = nullptr; //!< work that needs more than SQL, same transaction
};

void fillNameInitials(const Database& db);
void fillNamePinyin(const Database& db);

constexpr Migration kMigrations[] = {
    {"0001-geography.sql"},
    {"0002-people.sql"},
    {"0003-work.sql"},
    {"0004-accounts-and-audit.sql"},
    {"0005-visits-and-events.sql"},
    {"0006-event-workflow.sql"},
    {"0007-registry-search.sql", fillNameInitials},
    {"0008-handover.sql"},
    {"0009-residence-history.sql"},
    {"0010-initials-index.sql"},
    {"0011-event-member.sql"},
    {"0012-audit-anchor.sql"},
    {"0013-login-failures.sql"},
    {"0014-name-pinyin.sql", fillNamePinyin},
    {"0015-score-rules.sql"},
    {"0016-surname-readings.sql", fillNamePinyin},
    {"0017-rental.sql"},
    {"0018-mediation.sql"},
    {"0019-row-versions.sql"},
    {"0020-change-log.sql"},
};

std::string migrationSql(const Migration& migration)
{
    QFile file(QStringLiteral(":/shegong/migrations/") + QLatin1String(migration.file));
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(0, std::string("migration missing from the build: ") + migration.file);
    return file.readAll().toStdString();
}

//! 7: the initials of names existing before the registry's search arrived.
void fillNameInitials(const Database& db)
{
    Statement names = prepare(db, "SELECT id, name FROM residents");
    Statement set = prepare(db, "UPDATE residents SET name_initials = ? WHERE id = ?");
    while (names.next())
        set.bind(pinyinInitials(names.text(1)), names.integer(0)).run();
}

//! 14: full pinyin of every name, and the initials again from the same source; 16: again, surnames read
//! as surnames.
void fillNamePinyin(const Database& db)
{
    Statement names = prepare(db, "SELECT id, name FROM residents");
    Statement set = prepare(db, "UPDATE residents SET name_pinyin = ?, name_initials = ? WHERE id = ?");
    while (names.next())
        set.bind(pinyinOf(names.text(1)), pinyinInitials(names.text(1)), names.integer(0)).run();
}

} // namespace

int latestSchemaVersion()
{
    return int(std::size(kMigrations));
}

void migrateSchema(const Database& db, int target)
{
    for (int version = db.schemaVersion(); version < target; ++version) {
        WriteTransaction transaction(db);
        const Migration& migration = kMigrations[version];
        execute(db, migrationSql(migration));
        if (migration.after)
            migration.after(db);
        execute(db, "PRAGMA user_version=" + std::to_string(version + 1));
        transaction.commit();
    }
}

} // namespace shegong::core
