#include "shegong/core/storage/database.h"

#include "core/storage/postgresengine.h"
#include "core/storage/schema.h"
#include "core/storage/sql.h"
#include "core/storage/sqliteengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <algorithm>
#include <sqlite3.h>

namespace shegong::core {
namespace {

struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

BusyWait& processBusyWait()
{
    static BusyWait wait;
    return wait;
}

/*! A consistent copy of the file before its schema changes (VACUUM INTO: what was committed, in one
    read transaction): `<file>.before-schema-<N>`, or with the time added when that exists already. */
Result<QString> copyAsItIs(const Database& db, int version)
{
    QString copy = db.path() + QStringLiteral(".before-schema-%1").arg(version);
    if (QFileInfo::exists(copy))
        copy += QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmmss"));
    try {
        prepare(db, "VACUUM INTO ?").bind(copy).run();
    } catch (const DatabaseError& e) {
        return storageError(db.path(),
                            DatabaseText::tr("was not upgraded: its copy %1 could not be written (%2)")
                                .arg(copy, describe(e)));
    }
    return copy;
}

} // namespace

const BusyWait& currentBusyWait()
{
    return processBusyWait();
}

Error storageError(const QString& location, const QString& message)
{
    return Error{QStringLiteral("database"), DatabaseText::tr("Database %1: %2").arg(location, message)};
}

void setBusyWait(BusyWait wait)
{
    processBusyWait() = std::move(wait);
}

QString describe(const DatabaseError& error)
{
    const QString detail = QString::fromUtf8(error.what());
    if (error.code() == SQLITE_READONLY_DBMOVED)
        return DatabaseText::tr("the database file was moved, deleted or replaced while shegong had it "
                                "open; nothing was saved. Close shegong and open the file where it is now.");
    switch (error.code() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DatabaseText::tr("another workstation kept the database busy for %1 s; nothing was saved. "
                                "Try again in a moment.")
            .arg(processBusyWait().limit.count() / 1000);
    case SQLITE_FULL:
        return DatabaseText::tr("the disk is full; nothing was saved. Free some space and try again.");
    case SQLITE_READONLY:
        return DatabaseText::tr("the database file or its folder is read-only; nothing was saved.");
    case SQLITE_AUTH:
        return DatabaseText::tr("the server does not let this workstation's database role do this; nothing "
                                "was saved. Ask the administrator (docs/postgresql.md lists the rights).");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return DatabaseText::tr("the database file is damaged; nothing was saved. Restore it from a backup.");
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return DatabaseText::tr("the database file could not be read or written (%1); nothing was saved. "
                                "Was it moved, deleted or is the disk full?")
            .arg(detail);
    default:
        return DatabaseText::tr("%1; nothing was saved.").arg(detail);
    }
}

Database::Database(std::unique_ptr<Engine> engine, QString path, bool readOnly)
    : m_engine(std::move(engine)), m_path(std::move(path)), m_changes(std::make_unique<ChangeNotifier>()),
      m_readOnly(readOnly)
{}

Database::~Database()
{
    m_cache.clear();
}

int Database::schemaVersionOfThisProgram()
{
    return latestSchemaVersion();
}

bool Database::isServerAddress(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

bool Database::onServer() const
{
    return m_engine->dialect() == Dialect::PostgreSQL;
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, Options options)
{
    if (isServerAddress(location)) {
        auto engine = PostgresEngine::connect(location, PostgresEngine::Access::ReadWrite);
        if (!engine)
            return engine.error();
        const QString shown = engine.value()->shownAddress();
        return checkAndMigrate(
            std::unique_ptr<Database>(new Database(std::move(engine).value(), shown, false)), options);
    }
    auto engine = SqliteEngine::open(location, options.createIfMissing);
    if (!engine)
        return engine.error();
    const bool readOnly = engine.value()->readOnly();
    return checkAndMigrate(
        std::unique_ptr<Database>(new Database(std::move(engine).value(), location, readOnly)), options);
}

Result<std::unique_ptr<Database>> Database::checkAndMigrate(std::unique_ptr<Database> db, Options options)
{
    const int version = db->schemaVersion();
    if (version > latestSchemaVersion())
        return storageError(
            db->m_path, DatabaseText::tr("was written by a newer shegong (schema %1; this version knows %2)")
                            .arg(version)
                            .arg(latestSchemaVersion()));
    if (db->m_readOnly) {
        if (version != latestSchemaVersion())
            return storageError(db->m_path,
                                DatabaseText::tr("is read-only here and at schema %1, not this version's %2: "
                                                 "it cannot be upgraded where it cannot be written")
                                    .arg(version)
                                    .arg(latestSchemaVersion()));
    } else {
        const int target = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
        if (version > 0 && version < target) {
            db->m_upgrade = Upgrade{version, target, {}};
            if (options.copyBeforeUpgrade && !db->onServer()) {
                auto copy = copyAsItIs(*db, version);
                if (!copy)
                    return copy.error();
                db->m_upgrade->copy = copy.value();
            }
        }
        try {
            migrateSchema(*db, target);
        } catch (const DatabaseError& e) {
            return storageError(
                db->m_path,
                DatabaseText::tr("the schema could not be upgraded (%1)").arg(QString::fromUtf8(e.what())));
        }
    }
    db->startChangeLog();
    return db;
}

Result<std::unique_ptr<Database>> Database::openReader(const QString& location)
{
    std::unique_ptr<Database> db;
    if (isServerAddress(location)) {
        auto engine = PostgresEngine::connect(location, PostgresEngine::Access::ReadOnly);
        if (!engine)
            return engine.error();
        const QString shown = engine.value()->shownAddress();
        db.reset(new Database(std::move(engine).value(), shown, true));
    } else {
        auto engine = SqliteEngine::openReader(location);
        if (!engine)
            return engine.error();
        db.reset(new Database(std::move(engine).value(), location, true));
    }
    try {
        if (db->schemaVersion() != latestSchemaVersion())
            return storageError(location, DatabaseText::tr("is not at this version's schema"));
    } catch (const DatabaseError& e) {
        return storageError(location,
                            DatabaseText::tr("cannot be read (%1)").arg(QString::fromUtf8(e.what())));
    }
    return db;
}

CachedStatement cached(const Database& db, std::string_view sql)
{
    auto& slot = db.m_cache[std::string(sql)];
    if (!slot)
        slot = std::make_unique<Statement>(db.m_engine->prepare(sql), *db.m_engine);
    return CachedStatement(*slot);
}

Statement prepare(const Database& db, std::string_view sql)
{
    return Statement(db.m_engine->prepare(sql), *db.m_engine);
}

Engine& engineOf(const Database& db)
{
    return *db.m_engine;
}

Statement prepareForValues(const Database& db, std::string_view sql)
{
    return Statement(engineOf(db).prepareForValues(sql), engineOf(db));
}

void execute(const Database& db, std::string_view sql)
{
    engineOf(db).execute(sql);
}

void refreshPlannerStatistics(const Database& db)
{
    if (dialect(db) == Dialect::PostgreSQL)
        execute(db, "ANALYZE");
}

int Database::schemaVersion() const
{
    return m_engine->schemaVersion();
}

QString Database::meta(const QString& key, const QString& fallback) const
{
    Statement query = prepare(*this, "SELECT value FROM meta WHERE key = ?");
    query.bind(key);
    return query.next() ? query.text(0) : fallback;
}

void Database::setMeta(const QString& key, const QString& value) const
{
    prepare(*this,
            "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(key, value)
        .run();
}

WriteTransaction::WriteTransaction(const Database& db)
    : m_db(db), m_nested(db.m_engine->inTransaction()), m_pendingAtStart(db.m_pending.size())
{
    // Inside another transaction a savepoint makes the inner step all-or-nothing within the outer one.
    if (m_nested)
        execute(m_db, "SAVEPOINT nested");
    else
        m_db.m_engine->beginWrite();
}

WriteTransaction::~WriteTransaction()
{
    if (m_done)
        return;
    m_db.m_engine->rollbackQuietly(m_nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK");
    m_db.m_pending.resize(m_pendingAtStart);
}

void WriteTransaction::changed(const Change& change)
{
    m_db.m_pending.push_back(change);
}

void WriteTransaction::commit()
{
    std::vector<std::int64_t> logged;
    if (!m_nested && !m_db.m_pending.empty())
        logged = logForOthers();
    execute(m_db, m_nested ? "RELEASE nested" : "COMMIT");
    m_done = true;
    if (m_nested)
        return;
    // Rows that directly follow the last one seen need no remembering: nobody wrote in between.
    if (!logged.empty() && logged.front() == m_db.m_lastSeq + 1)
        m_db.m_lastSeq = logged.back();
    else
        m_db.m_ownSeqs.insert(m_db.m_ownSeqs.end(), logged.begin(), logged.end());
    // Announced after the commit, so listeners read what was written (and may write themselves).
    std::vector<Change> committed;
    committed.swap(m_db.m_pending);
    for (const Change& change : committed)
        m_db.changes().announce(change);
}

std::vector<std::int64_t> WriteTransaction::logForOthers()
{
    if (!m_db.m_logsChanges)
        return {}; // a database being migrated has no log yet
    std::vector<std::int64_t> logged;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Change& change : m_db.m_pending) {
        // The row's seq comes back with the insert (on a server: no lastval() round trip after it).
        logged.push_back(cached(m_db, spelled(m_db,
                                              "INSERT INTO change_log(kind, record_id, household_id, at)"
                                              " VALUES(?, ?, ?, ?)",
                                              "INSERT INTO change_log(kind, record_id, household_id, at)"
                                              " VALUES(?, ?, ?, ?) RETURNING seq"))
                             ->bind(int(change.kind), change.id, change.householdId, now)
                             .insert());
    }
    // The log keeps its newest 10,000 rows; trimmed once every 256, not at every commit.
    constexpr std::int64_t kTrimEvery = 256;
    if (!logged.empty() && logged.back() / kTrimEvery != (logged.front() - 1) / kTrimEvery)
        cached(m_db, "DELETE FROM change_log WHERE seq <= (SELECT max(seq) FROM change_log) - 10000")->run();
    return logged;
}

int Database::announceChangesElsewhere() const
{
    if (!m_engine->othersMayHaveCommitted() || !m_logsChanges)
        return 0; // nobody else has committed since the last look
    std::vector<Change> found;
    {
        Statement rows = prepare(
            *this, "SELECT seq, kind, record_id, household_id FROM change_log WHERE seq > ? ORDER BY seq");
        rows.bind(m_lastSeq);
        while (rows.next()) {
            m_lastSeq = rows.integer(0);
            const auto own = std::find(m_ownSeqs.begin(), m_ownSeqs.end(), m_lastSeq);
            if (own != m_ownSeqs.end()) {
                m_ownSeqs.erase(own);
                continue;
            }
            found.push_back({ChangeKind(rows.integer(1)), rows.integer(2), rows.integer(3)});
        }
    } // the read is over before anyone hears of it (listeners may write)
    for (const Change& change : found)
        m_changes->announce(change);
    return int(found.size());
}

void Database::startChangeLog() const
{
    m_logsChanges = schemaVersion() >= kChangeLogSchema;
    if (!m_logsChanges)
        return;
    m_engine->othersMayHaveCommitted(); // what was committed before counts as seen
    Statement newest = prepare(*this, "SELECT coalesce(max(seq), 0) FROM change_log");
    newest.next();
    m_lastSeq = newest.integer(0);
}

} // namespace shegong::core
