#pragma once

// Copies of the whole database, made while it is in use, and their verified return.

#include "shegong/core/base/result.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace shegong::core {

class Access;

//! Generations kept by default: a week of daily backups.
inline constexpr int kBackupGenerations = 7;

struct BackupInfo {
    QString path;
    QDateTime at; //!< UTC, from the file's name
    qint64 bytes = 0;
    int schema = 0;
    std::int64_t auditRows = 0;
};

/*! Writes a consistent copy of the open database into `folder` while others keep using it (SQLite's
    VACUUM INTO, a read transaction): to a temporary name, flushed to disk, checked (integrity, our
    application id, the audit chain), then renamed `shegong-YYYYMMDD-HHMMSS-mmm.db`; the oldest copies
    beyond `keep` are removed. Needs BackupRestore; audited. On a full disk or any failure the
    temporary file is removed and earlier backups are untouched (the message says so). */
Result<BackupInfo> backupDatabase(const Access& access, const QString& folder, int keep = kBackupGenerations);

/*! Checks a backup without changing it: an SQLite file of shegong's (application id), a schema this
    version knows (older is fine: it migrates on restore), integrity_check, and the audit chain. */
Result<BackupInfo> verifyBackup(const QString& path);

/*! Replaces the database at `target` (not open anywhere) by a verified backup: the copy is opened and
    migrated to this version's schema beside the target first, the replaced file is kept as
    `<target>.replaced-YYYYMMDD-HHMMSS`, then the copy takes the target's name. Returns the kept
    file's path (empty when there was no file to replace). The restore is recorded in the audit trail. */
Result<QString> restoreDatabase(const QString& backup, const QString& target, const QString& actor);

//! The backups in a folder, newest first.
std::vector<BackupInfo> backupsIn(const QString& folder);

} // namespace shegong::core
