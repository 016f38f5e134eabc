#pragma once

#include "core/storage/engine.h"
#include "shegong/core/storage/database.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>

namespace shegong::core {

/*! A prepared statement on either engine. Parameters (`?`) are bound in order by bind(); columns
    read by index. Booleans read as integers (0/1) on both engines. */
class Statement {
public:
    Statement(std::unique_ptr<Cursor> cursor, Engine& engine) : m_cursor(std::move(cursor)), m_engine(&engine)
    {}
    ~Statement() = default;
    Statement(Statement&& other) noexcept = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;

    //! Binds the arguments to parameters 1..N, after a reset.
    template <typename... Args> Statement& bind(const Args&... args)
    {
        reset();
        int index = 1;
        (bindAt(index++, args), ...);
        return *this;
    }
    void bindAt(int index, std::int64_t value);
    void bindAt(int index, int value) { bindAt(index, std::int64_t(value)); }
    void bindAt(int index, double value);
    void bindAt(int index, const QString& value);
    void bindAt(int index, const char* value) { bindAt(index, QString::fromUtf8(value)); }
    void bindAt(int index, const QByteArray& blob); //!< a BLOB
    void bindAt(int index, std::nullopt_t);
    template <typename T> void bindAt(int index, const std::optional<T>& value)
    {
        if (value)
            bindAt(index, *value);
        else
            bindAt(index, std::nullopt);
    }

    //! Steps once; true while a row is available.
    bool next();
    //! Steps to completion (for writes). Throws DatabaseError on failure.
    void run();
    //! Runs and returns the id of the inserted row (its rowid; the identity column on PostgreSQL).
    std::int64_t insert();
    //! Runs and returns how many rows it changed (a compare-and-set tells whether it won).
    int update();
    void reset();

    std::int64_t integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::optional<QString> optionalText(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    int columnCount() const;

private:
    std::unique_ptr<Cursor> m_cursor;
    Engine* m_engine;
};

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

} // namespace shegong::core
