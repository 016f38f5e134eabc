#pragma once

#include "shegong/core/base/result.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace shegong::core {

//! One table's rows on both sides of a copy.
struct TableCount {
    QString table;
    std::int64_t source = 0;
    std::int64_t target = 0;
};

struct CopyReport {
    std::vector<TableCount> tables;
    bool auditChainHolds = false; //!< the audit trail verifies on the target
    //! Every table holds the source's rows, the audit trail the copy's own row more (and its one anchor).
    bool rowsAgree = false;
};

/*! Copies every row of a shegong database into a new one — an office moving from its SQLite file to the
    shared PostgreSQL server (`shegong-cli db copy`), or any engine to any. The source must be at this
    version's schema; the target must hold no shegong schema yet (it is created, then filled in one
    transaction: all or nothing). Rows keep their ids, so the audit chain still verifies; the target's
    identity counters continue after them. The copy itself is the target's last audit row, by `actor`
    (so the target's audit_log holds one row more than the source's). */
Result<CopyReport> copyDatabase(const QString& from, const QString& to, const QString& actor);

} // namespace shegong::core
