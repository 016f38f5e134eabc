#include "shegong/core/storage/databasecopy.h"

#include "core/storage/sql.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>
#include <map>
#include <set>

namespace shegong::core {
namespace {

struct CopyText {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
};

enum class Kind { Integer, Real, Text, Blob };

struct Column {
    QString name;
    Kind kind;
};

Kind kindOf(const QString& declared)
{
    const QString type = declared.toLower();
    if (type.contains(QLatin1String("int")))
        return Kind::Integer;
    if (type.contains(QLatin1String("real")) || type.contains(QLatin1String("double")))
        return Kind::Real;
    if (type.contains(QLatin1String("blob")) || type.contains(QLatin1String("bytea")))
        return Kind::Blob;
    return Kind::Text;
}

QStringList tablesOf(const Database& db)
{
    Statement q = prepare(db, spelled(db,
                                      "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                      " AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                      "SELECT table_name FROM information_schema.tables"
                                      " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                                      " AND table_name <> 'shegong_schema' ORDER BY 1"));
    QStringList tables;
    while (q.next())
        tables << q.text(0);
    return tables;
}

std::vector<Column> columnsOf(const Database& db, const QString& table)
{
    Statement q = prepare(db, spelled(db, "SELECT name, type FROM pragma_table_info(?) ORDER BY cid",
                                      "SELECT column_name, data_type FROM information_schema.columns"
                                      " WHERE table_schema = current_schema() AND table_name = ?"
                                      " ORDER BY ordinal_position"));
    q.bind(table);
    std::vector<Column> columns;
    while (q.next())
        columns.push_back({q.text(0), kindOf(q.text(1))});
    return columns;
}

//! The tables in an order where each comes after the tables it refers to (a self-reference is kept
//! by copying in key order: a parent place or an earlier inspection has the smaller id).
QStringList inReferenceOrder(const Database& db, QStringList tables)
{
    std::map<QString, std::set<QString>> refersTo;
    for (const QString& table : tables) {
        Statement q = prepare(db, spelled(db, "SELECT \"table\" FROM pragma_foreign_key_list(?)",
                                          "SELECT confrelid::regclass::text FROM pg_constraint"
                                          " WHERE contype = 'f' AND conrelid = CAST(? AS regclass)"));
        q.bind(table);
        while (q.next())
            if (q.text(0) != table)
                refersTo[table].insert(q.text(0));
    }
    QStringList ordered;
    while (!tables.isEmpty()) {
        const auto ready = std::find_if(tables.begin(), tables.end(), [&](const QString& table) {
            const auto& needs = refersTo[table];
            return std::all_of(needs.begin(), needs.end(),
                               [&](const QString& t) { return ordered.contains(t); });
        });
        if (ready == tables.end())
            throw DatabaseError(0, "the tables refer to each other in a circle");
        ordered << *ready;
        tables.erase(ready);
    }
    return ordered;
}

std::int64_t rowsIn(const Database& db, const QString& table)
{
    Statement q = prepare(db, "SELECT count(*) FROM \"" + table.toStdString() + "\"");
    return q.next() ? q.integer(0) : 0;
}

void copyRows(const Database& from, const Database& to, const QString& table,
              const std::vector<Column>& columns)
{
    QStringList names, marks;
    for (const Column& c : columns) {
        names << QLatin1Char('"') + c.name + QLatin1Char('"');
        marks << QStringLiteral("?");
    }
    const std::string list = names.join(u", ").toStdString();
    Statement read = prepare(from, "SELECT " + list + " FROM \"" + table.toStdString() + "\" ORDER BY 1");
    Statement write = prepare(to, "INSERT INTO \"" + table.toStdString() + "\"(" + list + ") VALUES(" +
                                      marks.join(u", ").toStdString() + ")");
    while (read.next()) {
        write.reset();
        for (int i = 0; i < int(columns.size()); ++i) {
            if (read.isNull(i)) {
                write.bindAt(i + 1, std::nullopt);
                continue;
            }
            switch (columns[size_t(i)].kind) {
            case Kind::Integer:
                write.bindAt(i + 1, read.integer(i));
                break;
            case Kind::Real:
                write.bindAt(i + 1, read.real(i));
                break;
            case Kind::Blob:
                write.bindAt(i + 1, read.blob(i));
                break;
            case Kind::Text:
                write.bindAt(i + 1, read.text(i));
                break;
            }
        }
        write.run();
    }
}

//! A server's identity counters continue after the copied ids (SQLite's rowids do by themselves).
void continueIdentities(const Database& db)
{
    if (dialect(db) != Dialect::PostgreSQL)
        return;
    Statement q = prepare(db, "SELECT table_name, column_name FROM information_schema.columns"
                              " WHERE table_schema = current_schema() AND is_identity = 'YES'");
    std::vector<std::pair<QString, QString>> identities;
    while (q.next())
        identities.emplace_back(q.text(0), q.text(1));
    for (const auto& [table, column] : identities)
        prepare(db, "SELECT setval(pg_get_serial_sequence(?1, ?2), coalesce(max(\"" + column.toStdString() +
                        "\"), 0) + 1, false) FROM \"" + table.toStdString() + "\"")
            .bind(table, column)
            .run();
}

} // namespace

Result<CopyReport> copyDatabase(const QString& from, const QString& to, const QString& actor)
{
    const auto refused = [&](const QString& why) {
        return Error{QStringLiteral("copy"), CopyText::tr("Copy to %1: %2").arg(to, why)};
    };
    auto source = Database::openReader(from);
    if (!source)
        return source.error();
    {
        auto probe = Database::open(to, {.createIfMissing = true, .targetVersion = 0});
        if (!probe)
            return probe.error();
        if (const int version = probe.value()->schemaVersion(); version != 0)
            return refused(CopyText::tr("it holds a shegong database already (schema %1): a copy goes into "
                                        "an empty database only")
                               .arg(version));
    }
    auto target = Database::open(to);
    if (!target)
        return target.error();
    const Database& in = *source.value();
    const Database& out = *target.value();
    CopyReport report;
    try {
        const QStringList tables = inReferenceOrder(in, tablesOf(in));
        WriteTransaction transaction(out);
        for (const QString& table : tables) {
            // What the migrations seeded (tag kinds) gives way to the source's own rows.
            if (rowsIn(out, table) > 0)
                execute(out, "DELETE FROM \"" + table.toStdString() + "\"");
            copyRows(in, out, table, columnsOf(in, table));
        }
        continueIdentities(out);
        refreshPlannerStatistics(out); // a server plans for the copied rows, not for empty tables
        std::int64_t rows = 0;
        for (const QString& table : tables) {
            report.tables.push_back({table, rowsIn(in, table), 0});
            rows += report.tables.back().source;
        }
        // Where the server's records came from, in its own trail (the source's path: no personal data).
        AuditLog(out).append(
            {actor, QStringLiteral("-"), QStringLiteral("copy"), QStringLiteral("database"),
             QStringLiteral("ok"),
             QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("from"), from},
                                                         {QStringLiteral("rows"), qint64(rows)}})
                                   .toJson(QJsonDocument::Compact))});
        transaction.commit();
    } catch (const DatabaseError& e) {
        return refused(describe(e));
    }
    report.rowsAgree = true;
    for (TableCount& count : report.tables) {
        count.target = rowsIn(out, count.table);
        const std::int64_t expected = count.table == QLatin1String("audit_log")      ? count.source + 1
                                      : count.table == QLatin1String("audit_anchor") ? 1
                                                                                     : count.source;
        report.rowsAgree = report.rowsAgree && count.target == expected;
    }
    report.auditChainHolds = AuditLog(out).verify().ok;
    return report;
}

} // namespace shegong::core
