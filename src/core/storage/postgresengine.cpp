#include "core/storage/postgresengine.h"

#include "shegong/core/storage/database.h"
#include "shegong/core/storage/serveraddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cstdlib>
#include <libpq-fe.h>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace shegong::core {
namespace {

struct PostgresText {
    Q_DECLARE_TR_FUNCTIONS(PostgresText)
};

constexpr Oid kInt8 = 20;
constexpr Oid kFloat8 = 701;
constexpr Oid kBytea = 17;
constexpr Oid kUnknown = 0; // text: the server gives it the type its place asks for
//! The advisory lock every write transaction takes first: "SGNG", like SQLite's application id.
constexpr const char* kBeginWrite = "BEGIN; SELECT pg_advisory_xact_lock(1397182023)";

/*! SQLSTATE → SQLite's result code, the engines' shared vocabulary for describe() and for callers.
    Only the primary message is kept: PostgreSQL's DETAIL quotes values ("Key (id_number)=(…)"), and
    a resident's ID number must never reach a log. */
int codeOf(const char* state)
{
    const std::string s = state ? state : "";
    if (s == "23505")
        return SQLITE_CONSTRAINT_UNIQUE;
    if (s == "23503")
        return SQLITE_CONSTRAINT_FOREIGNKEY;
    if (s == "23514")
        return SQLITE_CONSTRAINT_CHECK;
    if (s == "23502")
        return SQLITE_CONSTRAINT_NOTNULL;
    if (s.rfind("23", 0) == 0)
        return SQLITE_CONSTRAINT;
    if (s == "55P03" || s == "40P01" || s == "40001" || s == "57014")
        return SQLITE_BUSY;
    if (s == "53100")
        return SQLITE_FULL;
    if (s == "25006")
        return SQLITE_READONLY;
    if (s == "42501")
        return SQLITE_AUTH;
    if (s.rfind("08", 0) == 0 || s.rfind("57P", 0) == 0 || s.empty())
        return SQLITE_IOERR;
    return SQLITE_ERROR;
}

DatabaseError errorOf(PGconn* conn, const PGresult* result, std::string_view sql)
{
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    std::string message = primary ? primary : PQerrorMessage(conn);
    while (!message.empty() && message.back() == '\n')
        message.pop_back();
    return DatabaseError(codeOf(state), message + " in: " + std::string(sql));
}

[[noreturn]] void fail(PGconn* conn, const PGresult* result, std::string_view sql)
{
    throw errorOf(conn, result, sql);
}

//! Answers in flight at most: the server's answers must never fill the socket while we only send.
constexpr size_t kMaxPiped = 256;

PGresult* checked(PGconn* conn, PGresult* result, std::string_view sql)
{
    const auto status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    try {
        fail(conn, result, sql);
    } catch (...) {
        PQclear(result);
        throw;
    }
}

class PostgresCursor final : public Cursor {
public:
    enum class Planning { Kept, EachRun };
    PostgresCursor(PostgresEngine& engine, PGconn* conn, std::string_view sql, Planning planning)
        : m_engine(engine), m_conn(conn), m_planning(planning)
    {
        auto [text, count] = postgresParameters(sql);
        m_sql = std::move(text);
        m_values.resize(size_t(count));
        m_types.assign(size_t(count), kUnknown);
        m_formats.assign(size_t(count), 0);
        m_null.assign(size_t(count), true);
    }
    ~PostgresCursor() override { PQclear(m_result); }

    void bindInteger(int index, std::int64_t value) override { set(index, std::to_string(value), kInt8, 0); }
    void bindReal(int index, double value) override
    {
        set(index, QByteArray::number(value, 'g', 17).toStdString(), kFloat8, 0);
    }
    void bindText(int index, const QByteArray& utf8) override { set(index, utf8.toStdString(), kUnknown, 0); }
    void bindBlob(int index, const QByteArray& bytes) override { set(index, bytes.toStdString(), kBytea, 1); }
    void bindNull(int index) override
    {
        at(index);
        m_null[size_t(index - 1)] = true;
        m_types[size_t(index - 1)] = kUnknown;
    }

    void run() override
    {
        if (!m_engine.mayPipe() || m_planning == Planning::EachRun)
            return Cursor::run();
        reset();
        const auto [values, lengths] = parameters();
        m_engine.pipe(m_sql, m_types, values.data(), lengths.data(), m_formats.data());
    }

    bool next() override
    {
        if (!m_result)
            run(m_sql);
        return ++m_row < PQntuples(m_result);
    }
    void reset() override
    {
        PQclear(m_result);
        m_result = nullptr;
        m_row = -1;
    }
    int changes() const override { return m_changes; }
    std::int64_t insert(Engine&) override
    {
        // The id comes back with the insert itself (one round trip, not a lastval() after it).
        reset();
        run(m_sql.find(" RETURNING ") == std::string::npos ? m_sql + " RETURNING id" : m_sql);
        const std::int64_t id =
            PQntuples(m_result) > 0 ? std::strtoll(PQgetvalue(m_result, 0, 0), nullptr, 10) : 0;
        reset();
        return id;
    }

    std::int64_t integer(int column) const override
    {
        const char* value = PQgetvalue(m_result, m_row, column);
        if (value[0] == 't' && value[1] == 0) // booleans read as 0/1, as SQLite gives them
            return 1;
        return std::strtoll(value, nullptr, 10);
    }
    double real(int column) const override
    {
        return std::strtod(PQgetvalue(m_result, m_row, column), nullptr);
    }
    QByteArray utf8(int column) const override
    {
        return QByteArray(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    }
    QByteArray blob(int column) const override
    {
        // Text-format results carry bytea as "\x…" hex.
        size_t length = 0;
        unsigned char* bytes = PQunescapeBytea(
            reinterpret_cast<const unsigned char*>(PQgetvalue(m_result, m_row, column)), &length);
        QByteArray copy(reinterpret_cast<const char*>(bytes), qsizetype(length));
        PQfreemem(bytes);
        return copy;
    }
    bool isNull(int column) const override { return PQgetisnull(m_result, m_row, column) == 1; }
    int columnCount() const override { return m_result ? PQnfields(m_result) : 0; }

private:
    void at(int index) const
    {
        if (index < 1 || size_t(index) > m_values.size())
            throw DatabaseError(SQLITE_RANGE, "no parameter " + std::to_string(index) + " in: " + m_sql);
    }
    void set(int index, std::string value, Oid type, int format)
    {
        at(index);
        const auto i = size_t(index - 1);
        m_values[i] = std::move(value);
        m_types[i] = type;
        m_formats[i] = format;
        m_null[i] = false;
    }
    std::pair<std::vector<const char*>, std::vector<int>> parameters() const
    {
        const size_t n = m_values.size();
        std::vector<const char*> values(n);
        std::vector<int> lengths(n);
        for (size_t i = 0; i < n; ++i) {
            values[i] = m_null[i] ? nullptr : m_values[i].data();
            lengths[i] = int(m_values[i].size());
        }
        return {std::move(values), std::move(lengths)};
    }

    void run(const std::string& sql)
    {
        m_engine.sync();
        const size_t n = m_values.size();
        const auto [values, lengths] = parameters();
        // An unnamed statement is parsed and planned with its values, in the same round trip.
        m_result = checked(m_conn,
                           m_planning == Planning::EachRun
                               ? PQexecParams(m_conn, sql.c_str(), int(n), m_types.data(), values.data(),
                                              lengths.data(), m_formats.data(), 0)
                               : PQexecPrepared(m_conn, m_engine.preparedStatement(sql, m_types).c_str(),
                                                int(n), values.data(), lengths.data(), m_formats.data(), 0),
                           sql);
        m_row = -1;
        m_changes = std::atoi(PQcmdTuples(m_result));
    }

    PostgresEngine& m_engine;
    PGconn* m_conn;
    Planning m_planning;
    std::string m_sql;
    std::vector<std::string> m_values;
    std::vector<Oid> m_types;
    std::vector<int> m_formats;
    std::vector<bool> m_null;
    PGresult* m_result = nullptr;
    int m_row = -1;
    int m_changes = 0;
};

void quiet(void*, const char*) {} // server notices carry no news for the user, and may quote data

} // namespace

std::pair<std::string, int> postgresParameters(std::string_view sql)
{
    std::string out;
    out.reserve(sql.size() + 8);
    int highest = 0;
    for (size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'' || c == '"') { // a literal or a quoted name, copied whole ('' and "" included)
            const size_t end = sql.find(c, i + 1);
            const size_t stop = end == std::string_view::npos ? sql.size() : end + 1;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            const size_t end = sql.find('\n', i);
            const size_t stop = end == std::string_view::npos ? sql.size() : end;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
        } else if (c == '?') {
            size_t j = i + 1;
            int number = 0;
            while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9')
                number = number * 10 + (sql[j++] - '0');
            if (j == i + 1)
                number = highest + 1;
            highest = std::max(highest, number);
            out += '$' + std::to_string(number);
            i = j - 1;
        } else {
            out += c;
        }
    }
    return {out, highest};
}

Result<std::unique_ptr<PostgresEngine>> PostgresEngine::connect(const QString& address, Access access)
{
    // Shown and logged without a password (an address holding one is refused below).
    static const QRegularExpression secret(QStringLiteral("^(postgres(?:ql)?://[^:@/]*):[^@/]*@"));
    const QString shown = QString(address).replace(secret, QStringLiteral("\\1@"));
    char* parseError = nullptr;
    PQconninfoOption* parsed = PQconninfoParse(address.toUtf8().constData(), &parseError);
    if (!parsed) {
        const QString why = QString::fromUtf8(parseError ? parseError : "").trimmed();
        PQfreemem(parseError);
        return storageError(shown, PostgresText::tr("is not a valid server address (%1)").arg(why));
    }
    std::vector<std::string> keys, values;
    QString host, sslmode;
    bool hasPassword = false;
    for (PQconninfoOption* o = parsed; o->keyword; ++o) {
        if (!o->val)
            continue;
        const std::string key = o->keyword;
        if (key == "password") {
            hasPassword = true;
            continue;
        }
        if (key == "host" || key == "hostaddr")
            host = QString::fromUtf8(o->val);
        if (key == "sslmode")
            sslmode = QString::fromUtf8(o->val);
        keys.push_back(key);
        values.emplace_back(o->val);
    }
    PQconninfoFree(parsed);
    if (hasPassword)
        return storageError(shown, PostgresText::tr("holds a password: shegong never keeps one in an address "
                                                    "or a file. Leave it out; shegong asks for it."));
    if (!isLocalServer(host)) {
        static const QStringList weak = {QStringLiteral("disable"), QStringLiteral("allow"),
                                         QStringLiteral("prefer")};
        if (weak.contains(sslmode))
            return storageError(shown,
                                PostgresText::tr("is on another machine: its connection must be "
                                                 "encrypted (sslmode=require, verify-ca or verify-full), "
                                                 "not sslmode=%1")
                                    .arg(sslmode));
        if (sslmode.isEmpty()) {
            keys.emplace_back("sslmode");
            values.emplace_back("require");
        }
    }
    const auto add = [&](const char* key, std::string value) {
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
            keys.emplace_back(key);
            values.push_back(std::move(value));
        }
    };
    add("application_name", "shegong");
    add("connect_timeout", "10");
    add("client_encoding", "UTF8");
    const QString password = serverPassword();
    if (!password.isEmpty())
        add("password", password.toStdString());
    std::vector<const char*> keyPointers, valuePointers;
    for (size_t i = 0; i < keys.size(); ++i) {
        keyPointers.push_back(keys[i].c_str());
        valuePointers.push_back(values[i].c_str());
    }
    keyPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);

    PGconn* conn = PQconnectdbParams(keyPointers.data(), valuePointers.data(), 0);
    std::unique_ptr<PostgresEngine> engine(new PostgresEngine(conn, shown));
    if (PQstatus(conn) != CONNECTION_OK &&
        (PQconnectionNeedsPassword(conn) || PQconnectionUsedPassword(conn)))
        return serverPasswordError(password.isEmpty()
                                       ? PostgresText::tr("The server %1 asks for the password of role %2.")
                                             .arg(shown, QString::fromUtf8(PQuser(conn)))
                                       : PostgresText::tr("The server %1 did not accept that password (%2).")
                                             .arg(shown, QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    if (PQstatus(conn) != CONNECTION_OK)
        return storageError(shown, PostgresText::tr("cannot be reached (%1)")
                                       .arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    PQsetNoticeProcessor(conn, quiet, nullptr);
    try {
        const auto limit = currentBusyWait().limit.count();
        // Prepared statements keep the server's default planning: a generic plan once it serves as
        // well as the first five planned for their values. The searches whose rows depend on the
        // values ask for a plan each run (prepareForValues): planning every statement cost ~2.5 ms
        // per click on the household panel.
        engine->execute("SET client_min_messages = warning; SET lock_timeout = " + std::to_string(limit) +
                        (access == Access::ReadOnly ? "; SET default_transaction_read_only = on" : ""));
    } catch (const DatabaseError& e) {
        return storageError(shown, PostgresText::tr("cannot be used (%1)").arg(QString::fromUtf8(e.what())));
    }
    if (auto fit = engine->checkDatabase(); !fit)
        return fit.error();
    return engine;
}

Result<void> PostgresEngine::checkDatabase()
{
    // Ours (it has shegong_schema) or empty: a database of another application is never touched.
    auto probe = prepare("SELECT to_regclass('shegong_schema') IS NOT NULL,"
                         " (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())");
    if (!probe->next())
        return storageError(m_shown, PostgresText::tr("cannot be read"));
    if (probe->integer(0) == 0 && probe->integer(1) > 0)
        return storageError(m_shown,
                            PostgresText::tr("holds tables of another application, not a shegong database"));
    return {};
}

PostgresEngine::~PostgresEngine()
{
    if (inTransaction())
        rollbackQuietly("ROLLBACK"); // nothing is left half-sent: a transaction still open is not kept
    PQfinish(m_conn);
}

std::unique_ptr<Cursor> PostgresEngine::prepare(std::string_view sql)
{
    return std::make_unique<PostgresCursor>(*this, m_conn, sql, PostgresCursor::Planning::Kept);
}

std::unique_ptr<Cursor> PostgresEngine::prepareForValues(std::string_view sql)
{
    return std::make_unique<PostgresCursor>(*this, m_conn, sql, PostgresCursor::Planning::EachRun);
}

bool PostgresEngine::mayPipe() const
{
    return !m_piped.empty() || PQtransactionStatus(m_conn) == PQTRANS_INTRANS;
}

void PostgresEngine::pipe(const std::string& sql, const std::vector<unsigned int>& types,
                          const char* const* values, const int* lengths, const int* formats)
{
    if (m_piped.size() >= kMaxPiped)
        sync();
    const std::string& name = preparedStatement(sql, types); // waits (and syncs) for a new statement
    if (m_piped.empty() && PQenterPipelineMode(m_conn) != 1)
        fail(m_conn, nullptr, sql);
    m_piped.push_back(sql);
    if (PQsendQueryPrepared(m_conn, name.c_str(), int(types.size()), values, lengths, formats, 0) != 1) {
        try {
            sync();
        } catch (...) {
        }
        fail(m_conn, nullptr, sql);
    }
}

void PostgresEngine::sync()
{
    if (m_piped.empty())
        return;
    std::optional<DatabaseError> first;
    if (PQpipelineSync(m_conn) != 1)
        first = errorOf(m_conn, nullptr, m_piped.front());
    for (const std::string& sql : m_piped) {
        PGresult* answer = PQgetResult(m_conn);
        const auto status = PQresultStatus(answer);
        if (!first && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            first = errorOf(m_conn, answer, sql);
        PQclear(answer);
        while (PGresult* rest = PQgetResult(m_conn)) // each statement's answers end with a null
            PQclear(rest);
    }
    PQclear(PQgetResult(m_conn)); // PGRES_PIPELINE_SYNC
    m_piped.clear();
    PQexitPipelineMode(m_conn);
    if (first)
        throw *first;
}

const std::string& PostgresEngine::preparedStatement(const std::string& sql,
                                                     const std::vector<unsigned int>& types)
{
    std::string key(reinterpret_cast<const char*>(types.data()), types.size() * sizeof(unsigned int));
    key += sql;
    if (const auto known = m_prepared.find(key); known != m_prepared.end())
        return known->second;
    // Queries built from their conditions could pile up: past a bound, the server forgets them all.
    if (m_prepared.size() >= 4000) {
        execute("DEALLOCATE ALL");
        m_prepared.clear();
    }
    sync();
    std::string name = "s" + std::to_string(m_prepared.size() + 1);
    PQclear(
        checked(m_conn, PQprepare(m_conn, name.c_str(), sql.c_str(), int(types.size()), types.data()), sql));
    return m_prepared.emplace(std::move(key), std::move(name)).first->second;
}

void PostgresEngine::execute(std::string_view sql)
{
    sync();
    const std::string text(sql);
    PQclear(checked(m_conn, PQexec(m_conn, text.c_str()), sql));
}

bool PostgresEngine::inTransaction() const
{
    return PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

void PostgresEngine::beginWrite()
{
    try {
        execute(kBeginWrite);
    } catch (...) {
        rollbackQuietly("ROLLBACK");
        throw;
    }
}

void PostgresEngine::rollbackQuietly(std::string_view sql) noexcept
{
    try {
        sync();
    } catch (...) { // what failed is being rolled back
    }
    PQclear(PQexec(m_conn, std::string(sql).c_str()));
}

std::int64_t PostgresEngine::lastInsertedId()
{
    auto id = prepare("SELECT lastval()");
    return id->next() ? id->integer(0) : 0;
}

int PostgresEngine::schemaVersion()
{
    auto exists = prepare("SELECT to_regclass('shegong_schema') IS NOT NULL");
    if (!exists->next() || exists->integer(0) == 0)
        return 0;
    auto version = prepare("SELECT version FROM shegong_schema");
    return version->next() ? int(version->integer(0)) : 0;
}

void PostgresEngine::setSchemaVersion(int version)
{
    execute("CREATE TABLE IF NOT EXISTS shegong_schema(id integer PRIMARY KEY CHECK (id = 1),"
            " version integer NOT NULL);"
            " INSERT INTO shegong_schema VALUES (1, " +
            std::to_string(version) + ") ON CONFLICT (id) DO UPDATE SET version = excluded.version");
}

bool PostgresEngine::othersMayHaveCommitted()
{
    // No cheap "did anybody commit" on a server (NOTIFY reaches a connection only when it next reads
    // its socket, so a look would still be needed): the caller reads change_log past its last row, an
    // index range of the primary key, every few seconds.
    return true;
}

} // namespace shegong::core
