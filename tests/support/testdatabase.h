#pragma once

#include "shegong/core/storage/database.h"

#include <QStringList>
#include <QTemporaryDir>
#include <cstdint>
#include <memory>
#include <string>

namespace shegong::test {

//! A real SQLite file in a fresh temporary folder, removed with the object.
class TestDatabase {
public:
    TestDatabase();
    explicit TestDatabase(const QString& fileName);
    core::Database& db() { return *m_db; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    void close() { m_db.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Database> m_db;
};

//! SHA-256 over every row of every table, in key order: equal digests mean equal content. `leftOut`
//! names columns ("table.column") whose values differ between two runs of the same work (a password's
//! random salt, the time the audit trail records).
QByteArray contentDigest(const core::Database& db, const QStringList& leftOut = {});
//! The number a query answers (`SELECT count(*) …`), or -1 when it returns no row.
std::int64_t count(const core::Database& db, const std::string& sql);
//! The schema as SQL text, sorted: for comparing a migrated database with a fresh one.
QStringList schemaOf(const core::Database& db);

} // namespace shegong::test
