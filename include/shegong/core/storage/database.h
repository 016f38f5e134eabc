#pragma once

#include "shegong/core/base/changes.h"
#include "shegong/core/base/result.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace shegong::core {

class Engine;

//! An unexpected storage failure (disk full, I/O error, a bug in SQL). Never a user mistake:
//! those come back as Result errors. Caught at the application's edge.
class DatabaseError : public std::runtime_error {
public:
    DatabaseError(int code, const std::string& message) : std::runtime_error(message), m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

//! What a storage failure means to the person at the keyboard, translated: a busy database, a full
//! disk, a read-only file or folder, a damaged file. Never a resident's data (SQLite's text is not).
QString describe(const DatabaseError& error);

/*! How long a connection waits for another connection's write lock, and who hears that it waits.
    Writes take turns: a short wait is silent; after half a second `notice(waitedMs)` is called about
    twice a second (the CLI prints it, the application shows it in the status bar); after `limit` the
    statement fails with SQLITE_BUSY and describe() says so. One policy for the process, set at start;
    `notice` runs on the waiting connection's thread. */
struct BusyWait {
    std::chrono::milliseconds limit{60000};
    std::function<void(std::chrono::milliseconds waited)> notice;
};
void setBusyWait(BusyWait wait);

class Statement;
class CachedStatement;

/*! One connection to the database holding a whole subdistrict: an SQLite file on this PC (the
    default) or the office's PostgreSQL server (`postgresql://user@host/dbname`). Opening checks the
    database (an SQLite file's integrity, our application id; the server's schema) and migrates the
    schema. Use one Database per thread. Only core runs SQL on it (core/storage/sql.h). */
class Database {
public:
    struct Options {
        bool createIfMissing = true;
        int targetVersion = -1; //!< migrate only this far; -1 = latest (tests use earlier versions)
        /*! Before upgrading a file an older version wrote, copy it as it is to
            `<file>.before-schema-<N>` (the application's first start after an upgrade; `migrate`). */
        bool copyBeforeUpgrade = false;
    };
    //! What opening did to an older database: its schema before and after, and where its copy is.
    struct Upgrade {
        int from = 0;
        int to = 0;
        QString copy; //!< empty on a server: the server is backed up where it runs
    };

    /*! `location` is a file path or a PostgreSQL address (isServerAddress). A file this process may not
        write (read-only file or folder, a backup on a CD) opens read-only: reads work, a write fails
        with SQLITE_READONLY, which describe() explains. */
    static Result<std::unique_ptr<Database>> open(const QString& location, Options options);
    static Result<std::unique_ptr<Database>> open(const QString& location)
    {
        return open(location, Options{});
    }
    /*! A second, read-only connection to a database another connection has opened (and checked):
        for reads on another thread. WAL lets it read while the first one writes. */
    static Result<std::unique_ptr<Database>> openReader(const QString& location);
    //! Whether a location names a PostgreSQL server (postgresql:// or postgres://), not a file.
    static bool isServerAddress(const QString& location);
    //! The schema version this program writes (its newest migration).
    static int schemaVersionOfThisProgram();
    ~Database();

    int schemaVersion() const;
    //! The file's path, or the server address without its password.
    QString path() const { return m_path; }
    //! The office's shared server (PostgreSQL), not a file on this PC.
    bool onServer() const;
    //! Set when opening upgraded a database that held a district (not a new, empty one).
    const std::optional<Upgrade>& upgrade() const { return m_upgrade; }
    //! Opened read-only because the file or its folder may not be written here.
    bool readOnly() const { return m_readOnly; }

    //! Committed writes on this connection, announced to whoever listens.
    ChangeNotifier& changes() const { return *m_changes; }
    /*! Announces, on changes(), what other connections (other workstations, other windows) have
        committed since the last call: each commit logs its changes (change_log) inside its transaction.
        Cheap when nothing happened (PRAGMA data_version; on PostgreSQL one index lookup); the application
        calls it every few seconds. Returns how many changes were announced. */
    int announceChangesElsewhere() const;

    //! Key/value facts about the district (subdistrict name, demo flag, map origin).
    QString meta(const QString& key, const QString& fallback = {}) const;
    void setMeta(const QString& key, const QString& value) const;

private:
    // SQL is core's business: these live in the private header core/storage/sql.h.
    friend Statement prepare(const Database& db, std::string_view sql);
    friend CachedStatement cached(const Database& db, std::string_view sql);
    friend Engine& engineOf(const Database& db);

    Database(std::unique_ptr<Engine> engine, QString path, bool readOnly);
    static Result<std::unique_ptr<Database>> checkAndMigrate(std::unique_ptr<Database> db, Options options);
    //! Where announceChangesElsewhere() starts: the change log's newest row when the file is opened.
    void startChangeLog() const;

    std::unique_ptr<Engine> m_engine;
    QString m_path;
    mutable std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
    std::unique_ptr<ChangeNotifier> m_changes;
    bool m_readOnly = false;
    std::optional<Upgrade> m_upgrade;
    mutable std::vector<Change> m_pending;       //!< noted inside the open transaction
    mutable bool m_logsChanges = false;          //!< the schema has change_log (known once migrated)
    mutable std::int64_t m_lastSeq = -1;         //!< the newest change_log row seen
    mutable std::vector<std::int64_t> m_ownSeqs; //!< rows this connection logged since, not to repeat
    friend class WriteTransaction;
};

/*! Starts a write on construction (writers take turns: BEGIN IMMEDIATE on SQLite, a transaction lock on
    PostgreSQL); rolls back unless commit() was called. Inside another
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
    //! Writes the noted changes to change_log (for the other connections); returns their rows.
    std::vector<std::int64_t> logForOthers();

    const Database& m_db;
    bool m_nested;
    size_t m_pendingAtStart; //!< a rolled-back savepoint drops only what it noted
    bool m_done = false;
};

//! The schema version from which commits log their changes for other connections (migration 20).
inline constexpr int kChangeLogSchema = 20;

//! "SGNG": written to PRAGMA application_id so a foreign SQLite file is recognised.
inline constexpr int kApplicationId = 0x53474E47;

} // namespace shegong::core
