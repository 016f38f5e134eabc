#include "core/storage/sqliteengine.h"

#include "shegong/core/base/pinyin.h"
#include "shegong/core/geography/address.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <unistd.h>

namespace shegong::core {
namespace {

struct SqliteText {
    Q_DECLARE_TR_FUNCTIONS(SqliteText)
};

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

//! pinyin_match(syllables, typed): core::syllablesMatch for SQL on residents.name_syllables, the
//! registry's pinyin search.
void pinyinMatchSql(sqlite3_context* context, int, sqlite3_value** values)
{
    const auto text = [&](int i) { return textOf(values[i]); };
    sqlite3_result_int(context, syllablesMatch(text(0).split(u' ', Qt::SkipEmptyParts), text(1)) ? 1 : 0);
}

/*! string_agg(value, separator): PostgreSQL's name for what SQLite 3.40 calls group_concat (3.44
    learnt string_agg), so a query that joins values is spelled once for both engines. */
void stringAggStep(sqlite3_context* context, int, sqlite3_value** values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL)
        return;
    auto** joined = static_cast<QByteArray**>(sqlite3_aggregate_context(context, sizeof(QByteArray*)));
    if (!joined)
        return sqlite3_result_error_nomem(context);
    if (!*joined)
        *joined = new QByteArray;
    else
        (*joined)->append(reinterpret_cast<const char*>(sqlite3_value_text(values[1])));
    (*joined)->append(reinterpret_cast<const char*>(sqlite3_value_text(values[0])));
}

void stringAggFinal(sqlite3_context* context)
{
    auto** joined = static_cast<QByteArray**>(sqlite3_aggregate_context(context, 0));
    if (!joined || !*joined)
        return sqlite3_result_null(context);
    sqlite3_result_text(context, (*joined)->constData(), int((*joined)->size()), SQLITE_TRANSIENT);
    delete *joined;
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

class SqliteCursor final : public Cursor {
public:
    SqliteCursor(sqlite3* db, std::string_view sql) : m_db(db)
    {
        const int rc =
            sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
        if (rc != SQLITE_OK)
            throw DatabaseError(rc, std::string(sqlite3_errmsg(db)) + " in: " + std::string(sql));
    }
    ~SqliteCursor() override { sqlite3_finalize(m_stmt); }

    void bindInteger(int index, std::int64_t value) override
    {
        check(sqlite3_bind_int64(m_stmt, index, value));
    }
    void bindReal(int index, double value) override { check(sqlite3_bind_double(m_stmt, index, value)); }
    void bindText(int index, const QByteArray& utf8) override
    {
        check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    }
    void bindBlob(int index, const QByteArray& bytes) override
    {
        check(sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT));
    }
    void bindNull(int index) override { check(sqlite3_bind_null(m_stmt, index)); }

    bool next() override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE) {
            m_changes = sqlite3_changes(m_db);
            return false;
        }
        sqlite3_reset(m_stmt);
        fail(rc);
    }
    void reset() override { sqlite3_reset(m_stmt); }
    int changes() const override { return m_changes; }

    std::int64_t integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const override { return sqlite3_column_double(m_stmt, column); }
    QByteArray utf8(int column) const override
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
    }
    QByteArray blob(int column) const override
    {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    int columnCount() const override { return sqlite3_column_count(m_stmt); }

private:
    void check(int rc) const
    {
        if (rc != SQLITE_OK)
            fail(rc);
    }
    [[noreturn]] void fail(int code) const
    {
        throw DatabaseError(code, std::string(sqlite3_errmsg(m_db)) + " in: " + sqlite3_sql(m_stmt));
    }

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_changes = 0;
};

std::int64_t scalar(SqliteEngine& engine, std::string_view sql)
{
    auto query = engine.prepare(sql);
    return query->next() ? query->integer(0) : 0;
}

} // namespace

int SqliteEngine::waitWhileBusy(void* self, int attempt)
{
    using namespace std::chrono;
    auto* engine = static_cast<SqliteEngine*>(self);
    const BusyWait& policy = currentBusyWait();
    const auto now = steady_clock::now();
    if (attempt == 0) {
        engine->m_busySince = now;
        engine->m_lastNotice = milliseconds(0);
    }
    const auto waited = duration_cast<milliseconds>(now - engine->m_busySince);
    if (waited >= policy.limit)
        return 0;
    if (policy.notice && waited >= milliseconds(500) && waited - engine->m_lastNotice >= milliseconds(500)) {
        engine->m_lastNotice = waited;
        policy.notice(waited);
    }
    // Short sleeps: most writes last a millisecond or two, and a waiter that sleeps long loses its turn
    // to the ones that poll more often (twenty workstations at once: p99 of a visit 161 ms with 20 ms
    // sleeps).
    std::this_thread::sleep_for(milliseconds(attempt < 4 ? attempt + 1 : 5));
    return 1;
}

Result<std::unique_ptr<SqliteEngine>> SqliteEngine::connect(const QString& path, int flags)
{
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<SqliteEngine> engine(new SqliteEngine(handle, path));
    if (rc != SQLITE_OK)
        return storageError(
            path, SqliteText::tr("cannot be opened (%1)").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_handler(handle, &SqliteEngine::waitWhileBusy, engine.get());
    sqlite3_create_function_v2(handle, "dwelling_address", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               dwellingAddressSql, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(handle, "pinyin_match", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               pinyinMatchSql, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(handle, "string_agg", 2, SQLITE_UTF8, nullptr, nullptr, stringAggStep,
                               stringAggFinal, nullptr);
    return engine;
}

Result<std::unique_ptr<SqliteEngine>> SqliteEngine::open(const QString& path, bool createIfMissing)
{
    const QFileInfo info(path);
    if (!info.exists() && !createIfMissing)
        return storageError(path, SqliteText::tr("the file does not exist"));
    if (info.exists() && !info.isFile())
        return storageError(path, SqliteText::tr("is not a file"));
    // An empty file is what SQLite would happily turn into a new database: only where asked to create.
    if (info.exists() && info.size() == 0 && !createIfMissing)
        return storageError(path,
                            SqliteText::tr("is empty: not a shegong database (nothing was written to it)"));
    if (info.exists() && !writable(info))
        return openReadOnly(path);
    if (!info.exists()) {
        // Personal data of a whole subdistrict: a new file is readable by its owner only (SQLite gives
        // the -wal and -shm files the same permissions).
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return storageError(path, SqliteText::tr("cannot be created (%1)").arg(file.errorString()));
    }

    auto engine = connect(path, SQLITE_OPEN_READWRITE | (createIfMissing ? SQLITE_OPEN_CREATE : 0));
    if (!engine)
        return engine;
    if (auto checked = engine.value()->checkIntegrity(); !checked)
        return checked.error();
    if (auto configured = engine.value()->configure(); !configured)
        return configured.error();
    return engine;
}

Result<std::unique_ptr<SqliteEngine>> SqliteEngine::openReadOnly(const QString& path)
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
    auto engine = connect(name, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    if (!engine)
        return engine;
    engine.value()->m_path = path;
    engine.value()->m_readOnly = true;
    if (auto checked = engine.value()->checkIntegrity(); !checked)
        return checked.error();
    try {
        engine.value()->execute("PRAGMA query_only=ON; PRAGMA trusted_schema=OFF; PRAGMA temp_store=MEMORY;"
                                " PRAGMA cache_size=-32000;");
    } catch (const DatabaseError& e) {
        return storageError(path, SqliteText::tr("cannot be read (%1)").arg(QString::fromUtf8(e.what())));
    }
    return engine;
}

Result<std::unique_ptr<SqliteEngine>> SqliteEngine::openReader(const QString& path)
{
    auto engine = connect(path, SQLITE_OPEN_READONLY);
    if (!engine)
        return engine;
    try {
        engine.value()->execute("PRAGMA query_only=ON; PRAGMA trusted_schema=OFF; PRAGMA temp_store=MEMORY;"
                                " PRAGMA cache_size=-32000;");
    } catch (const DatabaseError& e) {
        return storageError(path, SqliteText::tr("cannot be read (%1)").arg(QString::fromUtf8(e.what())));
    }
    engine.value()->m_readOnly = true;
    return engine;
}

Result<void> SqliteEngine::checkIntegrity()
{
    // A garbage file fails here with "file is not a database"; a truncated or damaged one reports
    // problems from quick_check. Either way we refuse it before touching anything.
    try {
        auto check = prepare("PRAGMA quick_check(5)");
        QStringList problems;
        while (check->next())
            problems << QString::fromUtf8(check->utf8(0));
        if (problems != QStringList{QStringLiteral("ok")})
            return storageError(
                m_path,
                SqliteText::tr("is damaged (%1); restore it from a backup").arg(problems.join(u"; ")));

        auto ids = prepare("SELECT (SELECT application_id FROM pragma_application_id()),"
                           " (SELECT count(*) FROM sqlite_schema)");
        ids->next();
        const auto appId = ids->integer(0);
        const auto objects = ids->integer(1);
        if (appId != kApplicationId && (appId != 0 || objects != 0))
            return storageError(
                m_path, SqliteText::tr("is an SQLite file of another application, not a shegong database"));
    } catch (const DatabaseError& e) {
        const int primary = e.code() & 0xff;
        if (primary == SQLITE_NOTADB)
            return storageError(m_path, SqliteText::tr("is not a shegong database (not an SQLite file)"));
        if (primary == SQLITE_CORRUPT)
            return storageError(m_path, SqliteText::tr("is damaged; restore it from a backup"));
        return storageError(m_path, SqliteText::tr("cannot be read (%1)").arg(QString::fromUtf8(e.what())));
    }
    return {};
}

Result<void> SqliteEngine::configure()
{
    try {
        // synchronous=FULL: a committed visit must survive a power cut (see docs/storage.md).
        execute("PRAGMA foreign_keys=ON; PRAGMA trusted_schema=OFF; PRAGMA synchronous=FULL;"
                " PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32000;");
        auto wal = prepare("PRAGMA journal_mode=WAL");
        wal->next();
        const QString mode = QString::fromUtf8(wal->utf8(0));
        if (mode != QLatin1String("wal"))
            return storageError(
                m_path, SqliteText::tr("cannot use write-ahead logging here (journal mode %1)").arg(mode));
        if (scalar(*this, "PRAGMA application_id") == 0)
            execute("PRAGMA application_id=" + std::to_string(kApplicationId));
    } catch (const DatabaseError& e) {
        return storageError(m_path,
                            SqliteText::tr("cannot be configured (%1)").arg(QString::fromUtf8(e.what())));
    }
    return {};
}

SqliteEngine::~SqliteEngine()
{
    sqlite3_close_v2(m_db);
}

std::unique_ptr<Cursor> SqliteEngine::prepare(std::string_view sql)
{
    return std::make_unique<SqliteCursor>(m_db, sql);
}

void SqliteEngine::execute(std::string_view sql)
{
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string what = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw DatabaseError(rc, what);
    }
}

bool SqliteEngine::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void SqliteEngine::beginWrite()
{
    // A file moved, deleted or replaced since it was opened would take this write to a file nobody
    // opens again (SQLite writes on to the old inode): refused before anything is written.
    int moved = 0;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
        throw DatabaseError(SQLITE_READONLY_DBMOVED, "the database file has moved since it was opened");
    // IMMEDIATE takes the write lock now, so a busy database waits here (the busy handler), not mid-way.
    execute("BEGIN IMMEDIATE");
}

void SqliteEngine::rollbackQuietly(std::string_view sql) noexcept
{
    sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, nullptr);
}

std::int64_t SqliteEngine::lastInsertedId()
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteEngine::schemaVersion()
{
    return int(scalar(*this, "PRAGMA user_version"));
}

void SqliteEngine::setSchemaVersion(int version)
{
    execute("PRAGMA user_version=" + std::to_string(version));
}

bool SqliteEngine::othersMayHaveCommitted()
{
    const std::int64_t version = scalar(*this, "PRAGMA data_version");
    const bool changed = version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

} // namespace shegong::core
