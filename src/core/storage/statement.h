#pragma once

#include "shegong/core/storage/database.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace shegong::core {

//! A prepared SQLite statement. Parameters are bound in order by bind(); columns read by index.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
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
    //! Runs and returns the rowid of the inserted row.
    std::int64_t insert();
    //! Runs and returns how many rows it changed (a compare-and-set tells whether it won).
    int update();
    void reset();

    std::int64_t integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::optional<QString> optionalText(int column) const;
    bool isNull(int column) const;
    int columnCount() const;

private:
    [[noreturn]] void fail(int code) const;

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
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
