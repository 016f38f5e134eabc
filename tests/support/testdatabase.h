#pragma once

#include "shegong/core/storage/database.h"

#include <QStringList>
#include <QTemporaryDir>
#include <cstdint>
#include <memory>
#include <string>

namespace shegong::test {

/*! A real database, removed with the object: an SQLite file in a fresh temporary folder, or — when the
    tests run against PostgreSQL (onPostgres()) — a fresh database on the throwaway cluster. */
class TestDatabase {
public:
    TestDatabase();
    explicit TestDatabase(const QString& fileName);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;
    core::Database& db() { return *m_db; }
    //! Where the database is: the file, or the server address that reaches this test's schema.
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    void close() { m_db.reset(); }
    void reopen();
    /*! On PostgreSQL: replaces this database with a copy of the template database, if the cluster has
        it (a demo district generated once per cluster, not once per test: a round trip per row makes
        generating one take seconds there). False on SQLite or without the template. */
    bool cloneFrom(const std::string& templateName);
    //! On PostgreSQL: keeps a copy of this database as a template for cloneFrom().
    void keepAsTemplate(const std::string& templateName);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::string m_database; //!< on PostgreSQL: this test's database, dropped at the end
    std::unique_ptr<core::Database> m_db;
};

//! The tests' engine: PostgreSQL when SHEGONG_TEST_POSTGRES_FILE names the throwaway cluster's address
//! file (scripts/postgres-cluster.sh), else SQLite.
bool onPostgres();
//! The throwaway cluster's address (empty on SQLite).
QString postgresAddress();

//! SHA-256 over every row of every table, in key order: equal digests mean equal content. `leftOut`
//! names columns ("table.column") whose values differ between two runs of the same work (a password's
//! random salt, the time the audit trail records).
QByteArray contentDigest(const core::Database& db, const QStringList& leftOut = {});
//! The number a query answers (`SELECT count(*) …`), or -1 when it returns no row.
std::int64_t count(const core::Database& db, const std::string& sql);
//! The schema as SQL text, sorted: for comparing a migrated database with a fresh one.
QStringList schemaOf(const core::Database& db);

} // namespace shegong::test
