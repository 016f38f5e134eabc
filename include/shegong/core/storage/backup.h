#pragma once

// Copies of the whole database, made while it is in use, and their verified return.

#include "shegong/core/base/result.h"

#include <QDateTime>
#include <QString>
#include <QTime>
#include <optional>
#include <vector>

namespace shegong::core {

class Access;
class Database;

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

/*! The office's backups, set by the administrator: every day at a time, and when the application
    closes, into a folder (another disk, a share), the newest `keep` kept. Stored in the database, so
    every workstation follows it whoever is logged in. No folder: no scheduled backups. */
struct BackupSchedule {
    QString folder;
    QTime dailyAt{12, 30}; //!< local time: the lunch break, when the office PCs are on but idle
    int keep = kBackupGenerations;
    bool atClose = true;
    bool enabled() const { return !folder.isEmpty(); }
};
//! Past this age the administrator is warned that the last good backup is too old.
inline constexpr int kBackupWarningDays = 2;

BackupSchedule backupSchedule(const Database& db);
//! The administrator's (BackupRestore) change of the schedule; audited.
Result<void> setBackupSchedule(const Access& access, const BackupSchedule& schedule);
//! The set time has passed today and the folder has no backup since then.
bool dailyBackupDue(const BackupSchedule& schedule, const QDateTime& now);

enum class BackupTrigger { Daily, AtClose };
/*! A backup the schedule asks for, made whoever is logged in (the copy goes to the administrator's
    folder, nobody's screen); audited as the workstation's, with its trigger. */
Result<BackupInfo> scheduledBackup(const Database& db, const QString& workstation, BackupTrigger trigger);

} // namespace shegong::core
