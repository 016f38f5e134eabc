#pragma once

// The two database engines behind Database and Statement: SQLite (a file on one PC, the default) and
// PostgreSQL (the office's shared server). Private to core/storage: services see only Statement.
#include "shegong/core/base/result.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <memory>
#include <string_view>

namespace shegong::core {

enum class Dialect { SQLite, PostgreSQL };
class Engine;

struct BusyWait;
//! The process's policy for waiting on another connection's write (setBusyWait).
const BusyWait& currentBusyWait();
//! "Database LOCATION: MESSAGE", the error of a database that cannot be opened or used.
Error storageError(const QString& location, const QString& message);

//! One prepared statement of an engine. Parameters are numbered from 1, columns from 0.
class Cursor {
public:
    virtual ~Cursor() = default;
    virtual void bindInteger(int index, std::int64_t value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindText(int index, const QByteArray& utf8) = 0;
    virtual void bindBlob(int index, const QByteArray& bytes) = 0;
    virtual void bindNull(int index) = 0;
    //! Runs on the first call; true while a row is available. Throws DatabaseError.
    virtual bool next() = 0;
    //! Ready to run again; bound values stay.
    virtual void reset() = 0;
    /*! Runs a statement whose rows are not wanted. An engine may send it on and report a failure at
        its next wait for an answer, still inside the same transaction (which then rolls back). */
    virtual void run()
    {
        while (next()) {
        }
        reset();
    }
    //! Rows the last run changed.
    virtual int changes() const = 0;
    //! Runs an INSERT and returns the id of the row it made (`engine` is the cursor's own).
    virtual std::int64_t insert(Engine& engine);

    virtual std::int64_t integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QByteArray utf8(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    virtual int columnCount() const = 0;
};

//! One connection. Errors are DatabaseErrors carrying SQLite's result codes, the engines' common
//! vocabulary (describe() explains them): PostgreSQL's SQLSTATEs are mapped onto them.
class Engine {
public:
    virtual ~Engine() = default;
    virtual Dialect dialect() const = 0;
    virtual std::unique_ptr<Cursor> prepare(std::string_view sql) = 0;
    /*! A statement whose best plan depends on its values (a name prefix that matches 1,800 residents,
        the next keystroke's 3): planned for every run's values, never settled on one plan. */
    virtual std::unique_ptr<Cursor> prepareForValues(std::string_view sql) { return prepare(sql); }
    //! One or more statements without results.
    virtual void execute(std::string_view sql) = 0;
    virtual bool inTransaction() const = 0;
    /*! Starts the outermost write transaction. Writers take turns on both engines, so a service's
        read-check-write inside its transaction sees no other writer between the check and the write. */
    virtual void beginWrite() = 0;
    virtual void rollbackQuietly(std::string_view sql) noexcept = 0;
    //! The id of the row the connection inserted last (an identity column on PostgreSQL).
    virtual std::int64_t lastInsertedId() = 0;
    virtual int schemaVersion() = 0;
    virtual void setSchemaVersion(int version) = 0;
    //! Whether anybody else may have committed since the last call (cheap; false means surely not).
    virtual bool othersMayHaveCommitted() = 0;
};

inline std::int64_t Cursor::insert(Engine& engine)
{
    while (next()) {
    }
    reset();
    return engine.lastInsertedId();
}

} // namespace shegong::core
