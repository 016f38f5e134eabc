#include "shegong/core/storage/database.h"

#include "core/storage/schema.h"
#include "core/storage/sql.h"
#include "shegong/core/base/pinyin.h"
#include "shegong/core/geography/address.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <algorithm>
#include <sqlite3.h>
#include <thread>
#include <unistd.h>

namespace shegong::core {
namespace {

struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

Error fileError(const QString& path, const QString& message)
{
    return Error{QStringLiteral("database"), DatabaseText::tr("Database %1: %2").arg(path, message)};
}

QString textOf(sqlite3_value* value)
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return QString::fromUtf8(bytes ? bytes : "");
}

//! dwelling_address(building, stairwell, number, use): core::dwellingAddress for SQL, so that every query
//! names a dwelling the way the screens do.
void dwellingAddressSql(sqlite3_context* context, int, sqlite3_value** values)
{
    const auto text = [&](int i) { return textOf(values[i]); };
    const QByteArray address =
        dwellingAddress(text(0), sqlite3_value_int(values[1]), text(2),
                        text(3) == QLatin1String("rental_room") ? DwellingUse::RentalRoom
                                                                : DwellingUse::Residence)
            .toUtf8();
    sqlite3_result_text(context, address.constData(), int(address.size()), SQLITE_TRANSIENT);
}

//! pinyin_match(name, typed): core::pinyinMatches for SQL, the registry's pinyin search.
void pinyinMatchSql(sqlite3_context* context, int, sqlite3_value** values)
{
    const auto text = [&](int i) { return textOf(values[i]); };
    sqlite3_result_int(context, pinyinMatches(text(0), text(1)) ? 1 : 0);
}

//! access(2), not permission bits: it answers for this process (root may write a 0444 file).
bool mayWrite(const QString& path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

//! Whether this process may change the file and create its companions (-wal, -shm) beside it.
bool writable(const QFileInfo& file)
{
    return mayWrite(file.absoluteFilePath()) && mayWrite(file.absolutePath());
}

BusyWait& processBusyWait()
{
    static BusyWait wait;
    return wait;
}

} // namespace

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

Database::Database(sqlite3* db, QString path)
    : m_db(db), m_path(std::move(path)), m_changes(std::make_unique<ChangeNotifier>())
{}

int Database::waitWhileBusy(void* self, int attempt)
{
    using namespace std::chrono;
    auto* db = static_cast<Database*>(self);
    const BusyWait& policy = processBusyWait();
    const auto now = steady_clock::now();
    if (attempt == 0) {
        db->m_busySince = now;
        db->m_lastNotice = milliseconds(0);
    }
    const auto waited = duration_cast<milliseconds>(now - db->m_busySince);
    if (waited >= policy.limit)
        return 0;
    if (policy.notice && waited >= milliseconds(500) && waited - db->m_lastNotice >= milliseconds(500)) {
        db->m_lastNotice = waited;
        policy.notice(waited);
    }
    // Short sleeps: most writes last a millisecond or two, and a waiter that sleeps long loses its turn
    // to the ones that poll more often (twenty workstations at once: p99 of a visit 161 ms with 20 ms
    // sleeps).
    std::this_thread::sleep_for(milliseconds(attempt < 4 ? attempt + 1 : 5));
    return 1;
}

Result<std::unique_ptr<Database>> Database::connect(const QString& path, int flags)
{
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (rc != SQLITE_OK)
        return fileError(
            path, DatabaseText::tr("cannot be opened (%1)").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_handler(handle, &Database::waitWhileBusy, db.get());
    sqlite3_create_function_v2(handle, "dwelling_address", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               dwellingAddressSql, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(handle, "pinyin_match", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               pinyinMatchSql, nullptr, nullptr, nullptr);
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Options options)
{
    const QFileInfo info(path);
    if (!info.exists() && !options.createIfMissing)
        return fileError(path, DatabaseText::tr("the file does not exist"));
    if (info.exists() && !info.isFile())
        return fileError(path, DatabaseText::tr("is not a file"));
    // An empty file is what SQLite would happily turn into a new database: only where asked to create.
    if (info.exists() && info.size() == 0 && !options.createIfMissing)
        return fileError(path,
                         DatabaseText::tr("is empty: not a shegong database (nothing was written to it)"));
    if (info.exists() && !writable(info))
        return openReadOnly(path);
    if (!info.exists()) {
        // Personal data of a whole subdistrict: a new file is readable by its owner only (SQLite gives
        // the -wal and -shm files the same permissions).
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fileError(path, DatabaseText::tr("cannot be created (%1)").arg(file.errorString()));
    }

    auto connected =
        connect(path, SQLITE_OPEN_READWRITE | (options.createIfMissing ? SQLITE_OPEN_CREATE : 0));
    if (!connected)
        return connected.error();
    std::unique_ptr<Database> db = std::move(connected.value());

    if (auto checked = db->checkIntegrity(); !checked)
        return checked.error();
    if (auto configured = db->configure(); !configured)
        return configured.error();

    const int version = db->schemaVersion();
    if (version > latestSchemaVersion())
        return fileError(path,
                         DatabaseText::tr("was written by a newer shegong (schema %1; this version knows %2)")
                             .arg(version)
                             .arg(latestSchemaVersion()));
    const int target = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
    try {
        migrateSchema(*db, target);
    } catch (const DatabaseError& e) {
        return fileError(
            path, DatabaseText::tr("the schema could not be upgraded (%1)").arg(QString::fromUtf8(e.what())));
    }
    db->startChangeLog();
    return db;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& path)
{
    // With no write-ahead log beside it and a folder nobody here may write to, no other connection
    // can be writing: SQLite is told the file is immutable, because it could not create the shared
    // memory file a WAL reader needs. With a log beside it, SQLite reads the log (it needs the -shm).
    const bool noLog = !QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool frozen = noLog && !mayWrite(QFileInfo(path).absolutePath());
    const QString name =
        frozen ? QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                     QStringLiteral("?immutable=1")
               : path;
    auto connected = connect(name, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    if (!connected)
        return connected.error();
    std::unique_ptr<Database> db = std::move(connected.value());
    db->m_path = path;
    db->m_readOnly = true;
    if (auto checked = db->checkIntegrity(); !checked)
        return checked.error();
    try {
        execute(*db, "PRAGMA query_only=ON; PRAGMA trusted_schema=OFF; PRAGMA temp_store=MEMORY;"
                     " PRAGMA cache_size=-32000;");
    } catch (const DatabaseError& e) {
        return fileError(path, DatabaseText::tr("cannot be read (%1)").arg(QString::fromUtf8(e.what())));
    }
    if (db->schemaVersion() != latestSchemaVersion())
        return fileError(path, DatabaseText::tr("is read-only here and at schema %1, not this version's %2: "
                                                "it cannot be upgraded where it cannot be written")
                                   .arg(db->schemaVersion())
                                   .arg(latestSchemaVersion()));
    return db;
}

Result<std::unique_ptr<Database>> Database::openReader(const QString& path)
{
    auto connected = connect(path, SQLITE_OPEN_READONLY);
    if (!connected)
        return connected.error();
    std::unique_ptr<Database> db = std::move(connected.value());
    try {
        execute(*db, "PRAGMA query_only=ON; PRAGMA trusted_schema=OFF; PRAGMA temp_store=MEMORY;"
                     " PRAGMA cache_size=-32000;");
        if (db->schemaVersion() != latestSchemaVersion())
            return fileError(path, DatabaseText::tr("is not at this version's schema"));
    } catch (const DatabaseError& e) {
        return fileError(path, DatabaseText::tr("cannot be read (%1)").arg(QString::fromUtf8(e.what())));
    }
    return db;
}

Result<void> Database::checkIntegrity() const
{
    // A garbage file fails here with "file is not a database"; a truncated or damaged one reports
    // problems from quick_check. Either way we refuse it before touching anything.
    try {
        Statement check = prepare(*this, "PRAGMA quick_check(5)");
        QStringList problems;
        while (check.next())
            problems << check.text(0);
        if (problems != QStringList{QStringLiteral("ok")})
            return fileError(
                m_path,
                DatabaseText::tr("is damaged (%1); restore it from a backup").arg(problems.join(u"; ")));

        Statement ids = prepare(*this, "SELECT (SELECT application_id FROM pragma_application_id()),"
                                       " (SELECT count(*) FROM sqlite_schema)");
        ids.next();
        const auto appId = ids.integer(0);
        const auto objects = ids.integer(1);
        if (appId != kApplicationId && (appId != 0 || objects != 0))
            return fileError(
                m_path, DatabaseText::tr("is an SQLite file of another application, not a shegong database"));
    } catch (const DatabaseError& e) {
        const int primary = e.code() & 0xff;
        if (primary == SQLITE_NOTADB)
            return fileError(m_path, DatabaseText::tr("is not a shegong database (not an SQLite file)"));
        if (primary == SQLITE_CORRUPT)
            return fileError(m_path, DatabaseText::tr("is damaged; restore it from a backup"));
        return fileError(m_path, DatabaseText::tr("cannot be read (%1)").arg(QString::fromUtf8(e.what())));
    }
    return {};
}

Result<void> Database::configure() const
{
    try {
        // synchronous=FULL: a committed visit must survive a power cut (see docs/storage.md).
        execute(*this, "PRAGMA foreign_keys=ON; PRAGMA trusted_schema=OFF; PRAGMA synchronous=FULL;"
                       " PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32000;");
        Statement wal = prepare(*this, "PRAGMA journal_mode=WAL");
        wal.next();
        if (wal.text(0) != QLatin1String("wal"))
            return fileError(
                m_path,
                DatabaseText::tr("cannot use write-ahead logging here (journal mode %1)").arg(wal.text(0)));
        Statement appId = prepare(*this, "PRAGMA application_id");
        appId.next();
        if (appId.integer(0) == 0)
            execute(*this, "PRAGMA application_id=" + std::to_string(kApplicationId));
    } catch (const DatabaseError& e) {
        return fileError(m_path,
                         DatabaseText::tr("cannot be configured (%1)").arg(QString::fromUtf8(e.what())));
    }
    return {};
}

Database::~Database()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

CachedStatement cached(const Database& db, std::string_view sql)
{
    auto& slot = db.m_cache[std::string(sql)];
    if (!slot)
        slot = std::make_unique<Statement>(db.m_db, sql);
    return CachedStatement(*slot);
}

Statement prepare(const Database& db, std::string_view sql)
{
    return Statement(db.m_db, sql);
}

sqlite3* handle(const Database& db)
{
    return db.m_db;
}

void execute(const Database& db, std::string_view sql)
{
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(handle(db), text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string what = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw DatabaseError(rc, what);
    }
}

int Database::schemaVersion() const
{
    Statement version = prepare(*this, "PRAGMA user_version");
    version.next();
    return int(version.integer(0));
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
    : m_db(db), m_nested(sqlite3_get_autocommit(handle(db)) == 0), m_pendingAtStart(db.m_pending.size())
{
    // A file moved, deleted or replaced since it was opened would take this write to a file nobody
    // opens again (SQLite writes on to the old inode): refused before anything is written.
    int moved = 0;
    if (!m_nested && sqlite3_file_control(handle(db), "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK &&
        moved)
        throw DatabaseError(SQLITE_READONLY_DBMOVED, "the database file has moved since it was opened");
    // IMMEDIATE takes the write lock now, so a busy database waits here (the busy handler), not mid-way.
    // Inside another transaction a savepoint makes the inner step all-or-nothing within the outer one.
    execute(m_db, m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
}

WriteTransaction::~WriteTransaction()
{
    if (m_done)
        return;
    sqlite3_exec(handle(m_db), m_nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK", nullptr, nullptr,
                 nullptr);
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
        cached(m_db, "INSERT INTO change_log(kind, record_id, household_id, at) VALUES(?, ?, ?, ?)")
            ->bind(int(change.kind), change.id, change.householdId, now)
            .run();
        logged.push_back(sqlite3_last_insert_rowid(handle(m_db)));
    }
    cached(m_db, "DELETE FROM change_log WHERE seq <= (SELECT max(seq) FROM change_log) - 10000")->run();
    return logged;
}

int Database::announceChangesElsewhere() const
{
    Statement version = prepare(*this, "PRAGMA data_version");
    version.next();
    if (!m_logsChanges || version.integer(0) == m_dataVersion)
        return 0; // nobody else has committed since the last look
    m_dataVersion = version.integer(0);
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
    Statement now = prepare(*this, "SELECT (SELECT coalesce(max(seq), 0) FROM change_log),"
                                   " (SELECT data_version FROM pragma_data_version)");
    now.next();
    m_lastSeq = now.integer(0);
    m_dataVersion = now.integer(1);
}

} // namespace shegong::core
