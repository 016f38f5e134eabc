#pragma once

#include "core/storage/engine.h"
#include "shegong/core/base/result.h"

#include <QString>
#include <string>
#include <unordered_map>
#include <vector>

struct pg_conn;

namespace shegong::core {

/*! A connection to the office's PostgreSQL server (libpq). Writers take turns as on SQLite: each
    write transaction first takes one transaction-level advisory lock, so a service's read-check-write
    inside its transaction needs no retry loop; reads never wait. A server on another machine must be
    reached over TLS. */
//! The password setServerPassword() holds (serveraddress.cpp), and the error that asks for one.
QString serverPassword();
Error serverPasswordError(const QString& message);

class PostgresEngine final : public Engine {
public:
    enum class Access { ReadWrite, ReadOnly };
    /*! `address` is a libpq URI (postgresql://user@host:port/dbname?sslmode=…). The password, when the
        server asks for one, is the process's (setServerPassword: asked of the user), never from a file
        of ours; without one that works the error says so (needsServerPassword). */
    static Result<std::unique_ptr<PostgresEngine>> connect(const QString& address, Access access);
    ~PostgresEngine() override;

    //! The address as it may be shown and logged: without a password.
    QString shownAddress() const { return m_shown; }

    Dialect dialect() const override { return Dialect::PostgreSQL; }
    std::unique_ptr<Cursor> prepare(std::string_view sql) override;
    std::unique_ptr<Cursor> prepareForValues(std::string_view sql) override;
    void execute(std::string_view sql) override;
    bool inTransaction() const override;
    void beginWrite() override;
    void rollbackQuietly(std::string_view sql) noexcept override;
    std::int64_t lastInsertedId() override;
    int schemaVersion() override;
    void setSchemaVersion(int version) override;
    bool othersMayHaveCommitted() override;

    /*! The name of a server-side prepared statement for `sql` (in `$N` form) with these parameter
        types, prepared on first use and kept for the connection: a query is parsed and planned once. */
    const std::string& preparedStatement(const std::string& sql, const std::vector<unsigned int>& types);

    /*! Writes whose rows nobody reads, inside a transaction, are pipelined: sent without waiting for
        each answer (a round trip per row made a demo district of 75,000 rows take ten seconds). The
        answers are read at the next wait — any query, commit, rollback — and the first failure is
        thrown there, inside the same transaction. False outside a transaction: run it and wait. */
    bool mayPipe() const;
    void pipe(const std::string& sql, const std::vector<unsigned int>& types, const char* const* values,
              const int* lengths, const int* formats);
    //! Reads every pipelined answer; throws the first failure.
    void sync();

private:
    PostgresEngine(pg_conn* conn, QString shown) : m_conn(conn), m_shown(std::move(shown)) {}
    Result<void> checkDatabase();

    pg_conn* m_conn;
    QString m_shown;
    std::unordered_map<std::string, std::string> m_prepared; //!< types + SQL → statement name
    std::vector<std::string> m_piped;                        //!< SQL of the answers still to read
};

//! `?` and `?N` parameters (SQLite's spelling, used by every query) as PostgreSQL's `$N`; text in
//! quotes and comments is left alone. Returns the text and the number of parameters.
std::pair<std::string, int> postgresParameters(std::string_view sql);

} // namespace shegong::core
