#include "testdatabase.h"

#include "core/storage/sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringList>
#include <cstdio>
#include <gtest/gtest.h>
#include <unistd.h>

namespace shegong::test {

TestDatabase::TestDatabase() : TestDatabase(QStringLiteral("test.db")) {}

namespace {

//! The cluster's address with another database at its end.
QString addressOf(const QString& database)
{
    const QString address = postgresAddress();
    return address.left(address.lastIndexOf(u'/') + 1) + database;
}

//! A connection to the cluster's maintenance database, for creating and dropping test databases.
std::unique_ptr<core::Database> maintenance()
{
    auto opened = core::Database::open(addressOf(QStringLiteral("postgres")), {.targetVersion = 0});
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    return std::move(opened).value();
}

} // namespace

QString postgresAddress()
{
    static const QString address = [] {
        const QString name = qEnvironmentVariable("SHEGONG_TEST_POSTGRES_FILE");
        QFile file(name);
        return !name.isEmpty() && file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                                                 : QString();
    }();
    return address;
}

bool onPostgres()
{
    return !postgresAddress().isEmpty();
}

TestDatabase::TestDatabase(const QString& fileName) : m_path(m_dir.filePath(fileName))
{
    if (onPostgres()) {
        static int counter = 0;
        m_database = "t" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
        core::execute(*maintenance(), "CREATE DATABASE " + m_database);
        m_path = addressOf(QString::fromStdString(m_database));
    }
    reopen();
}

bool TestDatabase::cloneFrom(const std::string& templateName)
{
    if (!onPostgres())
        return false;
    m_db.reset();
    bool cloned = false;
    try { // a template another test process is making or copying right now: make one's own instead
        auto admin = maintenance();
        core::Statement known = core::prepare(*admin, "SELECT 1 FROM pg_database WHERE datname = ?");
        known.bind(QString::fromStdString(templateName));
        const bool exists = known.next();
        known.reset();
        if (exists) {
            core::execute(*admin, "DROP DATABASE " + m_database);
            core::execute(*admin, "CREATE DATABASE " + m_database + " TEMPLATE " + templateName);
            cloned = true;
        }
    } catch (const core::DatabaseError& e) {
        std::fprintf(stderr, "no copy of %s (%s): generating\n", templateName.c_str(), e.what());
        core::execute(*maintenance(), "DROP DATABASE IF EXISTS " + m_database);
        core::execute(*maintenance(), "CREATE DATABASE " + m_database);
    }
    reopen();
    return cloned;
}

void TestDatabase::keepAsTemplate(const std::string& templateName)
{
    if (!onPostgres())
        return;
    m_db.reset();
    try { // another test process may have made it first: theirs is the same
        core::execute(*maintenance(), "CREATE DATABASE " + templateName + " TEMPLATE " + m_database);
    } catch (const core::DatabaseError&) {
    }
    reopen();
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_database.empty())
        core::execute(*maintenance(), "DROP DATABASE " + m_database + " WITH (FORCE)");
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto opened = core::Database::open(m_path);
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_db = std::move(opened).value();
}

QByteArray contentDigest(const core::Database& db, const QStringList& leftOut)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    core::Statement tables = prepare(
        db, spelled(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                    " AND table_type = 'BASE TABLE' AND table_name <> 'shegong_schema' ORDER BY 1"));
    while (tables.next()) {
        const QString table = tables.text(0);
        QStringList columns;
        core::Statement info = prepare(
            db,
            spelled(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid",
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                    " AND table_name = ? ORDER BY ordinal_position"));
        info.bind(table);
        while (info.next())
            if (!leftOut.contains(table + QLatin1Char('.') + info.text(0)))
                columns << QLatin1Char('"') + info.text(0) + QLatin1Char('"');
        hash.addData(table.toUtf8());
        if (columns.isEmpty())
            continue;
        core::Statement rows = prepare(
            db, QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY 1%3")
                    .arg(columns.join(u','), table, columns.size() > 1 ? QStringLiteral(", 2") : QString())
                    .toStdString());
        while (rows.next()) {
            for (int c = 0; c < rows.columnCount(); ++c) {
                hash.addData(rows.isNull(c) ? QByteArray("\x00") : rows.text(c).toUtf8());
                hash.addData("\x1f");
            }
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

std::int64_t count(const core::Database& db, const std::string& sql)
{
    core::Statement q = prepare(db, sql);
    return q.next() ? q.integer(0) : -1;
}

QStringList schemaOf(const core::Database& db)
{
    QStringList schema;
    core::Statement query = prepare(
        db, spelled(db, "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema",
                    "SELECT 'column ' || table_name || '.' || column_name || ': ' || data_type || ' '"
                    " || is_nullable || ' ' || coalesce(column_default, '') FROM information_schema.columns"
                    " WHERE table_schema = current_schema() UNION ALL"
                    " SELECT 'index ' || indexname || ': ' || replace(indexdef, current_schema() || '.', '')"
                    " FROM pg_indexes WHERE schemaname = current_schema() UNION ALL"
                    " SELECT 'constraint ' || conrelid::regclass || ': ' || pg_get_constraintdef(oid)"
                    " FROM pg_constraint WHERE connamespace = current_schema()::regnamespace UNION ALL"
                    " SELECT 'trigger ' || tgname || ': '"
                    " || replace(pg_get_triggerdef(t.oid), current_schema() || '.', '') FROM pg_trigger t"
                    " JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT tgisinternal"
                    " AND c.relnamespace = current_schema()::regnamespace"));
    while (query.next())
        schema << query.text(0);
    schema.sort();
    return schema;
}

} // namespace shegong::test
