#pragma once

#include "shegong/core/result.h"
#include "shegong/core/statement.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace shegong::core {

//! A statement from the connection's cache, reset when the lease ends so no read stays open.
class CachedStatement {
public:
    explicit CachedStatement(Statement& statement) : m_statement(statement) {}
    ~CachedStatement() { m_statement.reset(); }
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;
    Statement* operator->() const { return &m_statement; }
    Statement& operator*() const { return m_statement; }

private:
    Statement& m_statement;
};

/*! One SQLite connection holding a whole subdistrict. Opening checks the file (quick_check, our
    application id), sets the pragmas (WAL, foreign keys, synchronous=FULL) and migrates the schema.
    Use one Database per thread. */
class Database {
public:
    struct Options {
        bool createIfMissing = true;
        int targetVersion = -1; //!< migrate only this far; -1 = latest (tests use earlier versions)
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }
    /*! A second, read-only connection to a database another connection has opened (and checked):
        for reads on another thread. WAL lets it read while the first one writes. */
    static Result<std::unique_ptr<Database>> openReader(const QString& path);
    ~Database();

    Statement prepare(std::string_view sql) const;
    //! A prepared statement kept for reuse (hot paths). Do not lease the same SQL twice at once.
    CachedStatement cached(std::string_view sql) const;
    //! Runs one or more statements without results. Throws DatabaseError.
    void execute(std::string_view sql) const;

    int schemaVersion() const;
    QString path() const { return m_path; }

    //! Key/value facts about the district (subdistrict name, demo flag, map origin).
    QString meta(const QString& key, const QString& fallback = {}) const;
    void setMeta(const QString& key, const QString& value) const;

    sqlite3* handle() const { return m_db; }

private:
    Database(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}
    //! The connection with our settings (extended codes, busy timeout); `flags` as sqlite3_open_v2.
    static Result<std::unique_ptr<Database>> connect(const QString& path, int flags);
    Result<void> checkIntegrity() const;
    Result<void> configure() const;

    sqlite3* m_db;
    QString m_path;
    mutable std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

/*! `BEGIN IMMEDIATE` on construction; rolls back unless commit() was called. Inside another
    transaction it is a savepoint, so services compose into one all-or-nothing write. */
class WriteTransaction {
public:
    explicit WriteTransaction(const Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

private:
    const Database& m_db;
    bool m_nested;
    bool m_done = false;
};

//! "SGNG": written to PRAGMA application_id so a foreign SQLite file is recognised.
inline constexpr int kApplicationId = 0x53474E47;

} // namespace shegong::core
