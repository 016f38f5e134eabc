#pragma once

#include "core/storage/engine.h"
#include "shegong/core/base/result.h"

#include <QString>
#include <chrono>

struct sqlite3;

namespace shegong::core {

/*! A database file on this PC. Opening checks the file (quick_check, our application id) and sets
    the pragmas (WAL, foreign keys, synchronous=FULL); a file this process may not write opens
    read-only. Writers take turns through SQLite's write lock, waiting in the process's BusyWait. */
class SqliteEngine final : public Engine {
public:
    static Result<std::unique_ptr<SqliteEngine>> open(const QString& path, bool createIfMissing);
    //! A read-only second connection to a file another connection has opened and checked.
    static Result<std::unique_ptr<SqliteEngine>> openReader(const QString& path);
    ~SqliteEngine() override;

    bool readOnly() const { return m_readOnly; }
    sqlite3* handle() const { return m_db; }

    Dialect dialect() const override { return Dialect::SQLite; }
    std::unique_ptr<Cursor> prepare(std::string_view sql) override;
    void execute(std::string_view sql) override;
    bool inTransaction() const override;
    void beginWrite() override;
    void rollbackQuietly(std::string_view sql) noexcept override;
    std::int64_t lastInsertedId() override;
    int schemaVersion() override;
    void setSchemaVersion(int version) override;
    bool othersMayHaveCommitted() override;

private:
    SqliteEngine(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}
    //! The connection with our settings (extended codes, busy handler, SQL functions).
    static Result<std::unique_ptr<SqliteEngine>> connect(const QString& path, int flags);
    static Result<std::unique_ptr<SqliteEngine>> openReadOnly(const QString& path);
    Result<void> checkIntegrity();
    Result<void> configure();
    static int waitWhileBusy(void* self, int attempt);

    sqlite3* m_db;
    QString m_path;
    bool m_readOnly = false;
    std::int64_t m_dataVersion = -1; //!< PRAGMA data_version at the last look
    std::chrono::steady_clock::time_point m_busySince;
    std::chrono::milliseconds m_lastNotice{0};
};

} // namespace shegong::core
