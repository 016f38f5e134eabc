#include "testdatabase.h"

#include "core/storage/sql.h"

#include <QCryptographicHash>
#include <QStringList>
#include <gtest/gtest.h>

namespace shegong::test {

TestDatabase::TestDatabase() : TestDatabase(QStringLiteral("test.db")) {}

TestDatabase::TestDatabase(const QString& fileName) : m_path(m_dir.filePath(fileName))
{
    reopen();
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
    core::Statement tables = prepare(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (tables.next()) {
        const QString table = tables.text(0);
        QStringList columns;
        core::Statement info = prepare(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
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
    core::Statement query =
        prepare(db, "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema");
    while (query.next())
        schema << query.text(0);
    schema.sort();
    return schema;
}

} // namespace shegong::test
