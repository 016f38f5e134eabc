#include "core/storage/schema.h"

#include "core/storage/postgresschema.h"
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
void fillNameSyllables(const Database& db);

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
    {"0021-name-syllables.sql", fillNameSyllables},
    {"0022-pinyin-pattern.sql"},
};

QString resource(const QString& name)
{
    return QStringLiteral(":/shegong/migrations/") + name;
}

std::string migrationSql(const Migration& migration, Dialect dialect)
{
    const QString name = QLatin1String(migration.file);
    if (dialect == Dialect::PostgreSQL) {
        QFile own(resource(QString(name).replace(QLatin1String(".sql"), QLatin1String(".pg.sql"))));
        if (own.open(QIODevice::ReadOnly))
            return textInByteOrder(QString::fromUtf8(own.readAll())).toStdString();
    }
    QFile file(resource(name));
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(0, std::string("migration missing from the build: ") + migration.file);
    const QString body = QString::fromUtf8(file.readAll());
    return dialect == Dialect::PostgreSQL ? postgresBody(body) : body.toStdString();
}

//! PostgreSQL's versions of the SQL functions SQLite gets from C++ (SqliteEngine), replaced whenever
//! the schema is migrated so they follow the C++ they copy.
void createPostgresFunctions(const Database& db)
{
    QFile file(resource(QStringLiteral("postgres-functions.sql")));
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(0, "postgres-functions.sql missing from the build");
    execute(db, file.readAll().toStdString());
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

//! 21: the syllables of every name, for the pinyin search in SQL on both engines.
void fillNameSyllables(const Database& db)
{
    Statement names = prepare(db, "SELECT id, name FROM residents");
    Statement set = prepare(db, "UPDATE residents SET name_syllables = ? WHERE id = ?");
    while (names.next())
        set.bind(pinyinSyllables(names.text(1)), names.integer(0)).run();
}

} // namespace

int latestSchemaVersion()
{
    return int(std::size(kMigrations));
}

void migrateSchema(const Database& db, int target)
{
    const Dialect engine = dialect(db);
    for (int version = db.schemaVersion(); version < target; ++version) {
        WriteTransaction transaction(db);
        const Migration& migration = kMigrations[version];
        if (engine == Dialect::PostgreSQL && version == 0)
            createPostgresFunctions(db);
        execute(db, migrationSql(migration, engine));
        if (migration.after)
            migration.after(db);
        engineOf(db).setSchemaVersion(version + 1);
        if (engine == Dialect::PostgreSQL && version + 1 == target)
            createPostgresFunctions(db);
        transaction.commit();
    }
}

} // namespace shegong::core
