#pragma once

#include <QString>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

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

} // namespace shegong::core
