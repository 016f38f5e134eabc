#pragma once

#include "shegong/core/base/clock.h"
#include "shegong/core/geography/geography.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace shegong::core {

class Database;

//! One thing that happened. Personal data never goes in here: residents are named by internal id.
struct AuditEntry {
    QString account;     //!< who ("-" before login)
    QString workstation; //!< which PC
    QString
        action; //!< login, login_failed, lockout, unlock, create, update, delete, reveal, export, print...
    QString object;  //!< e.g. "worker:12", "resident:4711"
    QString result;  //!< ok, refused, failed
    QString details; //!< JSON: before/after values (secrets excluded), reason of a reveal
};

/*! The append-only audit trail. Each row stores the SHA-256 of the row before it and of itself
    (over its id and every field), so editing, deleting, inserting or reordering rows breaks the
    chain at that row. Triggers refuse UPDATE and DELETE; nothing in the application removes rows,
    so retention is unlimited (at least the 180 days MLPS asks for). */
class AuditLog {
public:
    explicit AuditLog(const Database& db, Clock clock = systemTime) : m_db(db), m_clock(std::move(clock)) {}

    //! Appends a row; joins the caller's transaction if there is one.
    Id append(const AuditEntry& entry) const;

    struct Verification {
        bool ok = true;
        std::int64_t rows = 0;
        std::optional<Id> firstBadRow; //!< the first row whose chain does not hold
        QString reason;
        QString headHash; //!< the newest row's hash: note it outside the file to anchor the log there too
    };
    Verification verify() const;

    //! A stored row as the auditor reads it.
    struct Row {
        Id id = 0;
        QString at; //!< UTC, ISO 8601
        AuditEntry entry;
    };
    //! The newest `limit` rows, newest first.
    std::vector<Row> recent(int limit) const;

    //! Rows from `since` on as CSV (UTF-8 with BOM, for Excel).
    QByteArray exportCsv(const QDateTime& since) const;

private:
    const Database& m_db;
    Clock m_clock;
};

} // namespace shegong::core
