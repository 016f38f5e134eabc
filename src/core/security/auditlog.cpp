#include "shegong/core/security/auditlog.h"

#include "core/storage/sql.h"
#include "shegong/core/base/csv.h"
#include "shegong/core/storage/database.h"

#include <QCryptographicHash>

namespace shegong::core {
namespace {

constexpr const char* kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

QString rowHash(const QString& previous, Id id, const QString& at, const AuditEntry& e)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& field : {previous, QString::number(id), at, e.account, e.workstation, e.action,
                                 e.object, e.result, e.details}) {
        hash.addData(field.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Id AuditLog::append(const AuditEntry& entry) const
{
    // The row and its anchor are one write; BEGIN IMMEDIATE (or the caller's transaction) holds the
    // write lock from reading the last id to committing, so two writers never take the same id.
    WriteTransaction transaction(m_db);
    auto last = cached(m_db, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    Id id = 1;
    QString previous = QString::fromLatin1(kGenesis);
    if (last->next()) {
        id = last->integer(0) + 1;
        previous = last->text(1);
    }
    const QString at = m_clock().toUTC().toString(Qt::ISODateWithMs);
    auto insert =
        cached(m_db, "INSERT INTO audit_log(id, at, account, workstation, action, object, result, details,"
                     " previous_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString hash = rowHash(previous, id, at, entry);
    insert
        ->bind(id, at, entry.account, entry.workstation, entry.action, entry.object, entry.result,
               entry.details, previous, hash)
        .run();
    cached(m_db, "INSERT INTO audit_anchor(id, row, hash) VALUES(1, ?1, ?2)"
                 " ON CONFLICT(id) DO UPDATE SET row = excluded.row, hash = excluded.hash")
        ->bind(id, hash)
        .run();
    transaction.commit();
    return id;
}

AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    Statement rows =
        prepare(m_db, "SELECT id, at, account, workstation, action, object, result, details, previous_hash,"
                      " hash FROM audit_log ORDER BY id");
    QString previous = QString::fromLatin1(kGenesis);
    Id expectedId = 1;
    while (rows.next()) {
        ++v.rows;
        const Id id = rows.integer(0);
        const AuditEntry e{rows.text(2), rows.text(3), rows.text(4),
                           rows.text(5), rows.text(6), rows.text(7)};
        const auto fail = [&](const QString& reason) {
            v.ok = false;
            v.firstBadRow = id;
            v.reason = reason;
        };
        if (id != expectedId)
            fail(QStringLiteral("row %1 follows row %2: rows are missing or were inserted")
                     .arg(id)
                     .arg(expectedId - 1));
        else if (rows.text(8) != previous)
            fail(QStringLiteral("row %1 does not continue the chain of the row before it").arg(id));
        else if (rowHash(previous, id, rows.text(1), e) != rows.text(9))
            fail(QStringLiteral("row %1 was changed after it was written").arg(id));
        if (!v.ok)
            return v;
        previous = rows.text(9);
        ++expectedId;
    }
    v.headHash = previous;
    // The newest row is anchored, so cutting rows off the end is noticed too; a log without its anchor
    // is as suspect as one whose anchor points past its end.
    auto anchor = cached(m_db, "SELECT row, hash FROM audit_anchor WHERE id = 1");
    const bool anchored = anchor->next();
    if (!anchored && v.rows > 0) {
        v.ok = false;
        v.firstBadRow = v.rows;
        v.reason =
            QStringLiteral("the anchor of the newest row is missing (the log ends at row %1)").arg(v.rows);
    } else if (anchored && (anchor->integer(0) != v.rows || anchor->text(1) != previous)) {
        v.ok = false;
        v.firstBadRow = v.rows + 1;
        v.reason =
            QStringLiteral("the newest rows were removed (the log ends at row %1, its anchor at row %2)")
                .arg(v.rows)
                .arg(anchor->integer(0));
    }
    return v;
}

std::vector<AuditLog::Row> AuditLog::recent(int limit) const
{
    std::vector<Row> rows;
    auto query = cached(m_db, "SELECT id, at, account, workstation, action, object, result, details"
                              " FROM audit_log ORDER BY id DESC LIMIT ?");
    query->bind(limit);
    while (query->next())
        rows.push_back({query->integer(0),
                        query->text(1),
                        {query->text(2), query->text(3), query->text(4), query->text(5), query->text(6),
                         query->text(7)}});
    return rows;
}

QByteArray AuditLog::exportCsv(const QDateTime& since) const
{
    QString csv = QStringLiteral("\uFEFFid,at,account,workstation,action,object,result,details\r\n");
    auto rows =
        cached(m_db, "SELECT id, at, account, workstation, action, object, result, details FROM audit_log"
                     " WHERE at >= ? ORDER BY id");
    rows->bind(since.toUTC().toString(Qt::ISODateWithMs));
    while (rows->next()) {
        QStringList fields;
        for (int c = 0; c < 8; ++c)
            fields << csvField(rows->text(c));
        csv += fields.join(u',') + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

} // namespace shegong::core
