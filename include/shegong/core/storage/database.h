#pragma once

#include "shegong/core/base/changes.h"
#include "shegong/core/base/result.h"

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace shegong::core {

//! An unexpected storage failure (disk full, I/O error, a bug in SQL). Never a user mistake:
//! those come back as Result errors. Caught at the application's edge.
class DatabaseError : public std::runtime_error {
public:
    DatabaseError(int code, const std::string& message) : std::runtime_error(message), m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

class Statement;
class CachedStatement;

/*! One SQLite connection holding a whole subdistrict. Opening checks the file (quick_check, our
    application id), sets the pragmas (WAL, foreign keys, synchronous=FULL) and migrates the schema.
    Use one Database per thread. Only core runs SQL on it (core/storage/sql.h). */
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

    int schemaVersion() const;
    QString path() const { return m_path; }

    //! Committed writes on this connection, announced to whoever listens.
    ChangeNotifier& changes() const { return *m_changes; }

    //! Key/value facts about the district (subdistrict name, demo flag, map origin).
    QString meta(const QString& key, const QString& fallback = {}) const;
    void setMeta(const QString& key, const QString& value) const;

private:
    // SQL is core's business: these live in the private header core/storage/sql.h.
    friend Statement prepare(const Database& db, std::string_view sql);
    friend CachedStatement cached(const Database& db, std::string_view sql);
    friend sqlite3* handle(const Database& db);

    Database(sqlite3* db, QString path);
    //! The connection with our settings (extended codes, busy timeout); `flags` as sqlite3_open_v2.
    static Result<std::unique_ptr<Database>> connect(const QString& path, int flags);
    Result<void> checkIntegrity() const;
    Result<void> configure() const;

    sqlite3* m_db;
    QString m_path;
    mutable std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
    std::unique_ptr<ChangeNotifier> m_changes;
    mutable std::vector<Change> m_pending; //!< noted inside the open transaction
    friend class WriteTransaction;
};

/*! `BEGIN IMMEDIATE` on construction; rolls back unless commit() was called. Inside another
    transaction it is a savepoint, so services compose into one all-or-nothing write. */
class WriteTransaction {
public:
    explicit WriteTransaction(const Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    //! Notes what this write touched; announced once the outermost transaction commits.
    void changed(const Change& change);
    void commit();

private:
    const Database& m_db;
    bool m_nested;
    size_t m_pendingAtStart; //!< a rolled-back savepoint drops only what it noted
    bool m_done = false;
};

//! "SGNG": written to PRAGMA application_id so a foreign SQLite file is recognised.
inline constexpr int kApplicationId = 0x53474E47;

} // namespace shegong::core
