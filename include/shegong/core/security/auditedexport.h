#pragma once

#include "shegong/core/base/result.h"
#include "shegong/core/security/auditlog.h"

#include <functional>

namespace shegong::core {

/*! Puts an export where it was asked for only once its audit row is committed: `write` fills a
    temporary file beside `path`, the row is appended, then the file is renamed into place. When the
    write or the audit fails (a busy or full database, a full disk) no file is left behind, so no
    personal data leaves the office unrecorded. */
Result<void> exportAudited(const Database& db, const AuditEntry& entry, const QString& path,
                           const std::function<Result<void>(const QString& temporaryPath)>& write);

} // namespace shegong::core
