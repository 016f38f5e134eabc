#include "shegong/core/storage/backup.h"

#include "core/security/auditwrite.h"
#include "core/storage/durablefile.h"
#include "core/storage/schema.h"
#include "core/storage/sql.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>

namespace shegong::core {
namespace {

struct BackupText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

Error backedUpOnServer()
{
    return Error{QStringLiteral("backup"),
                 BackupText::tr("The office's PostgreSQL server is backed up on the server (pg_dump, its own "
                                "schedule): these backups copy a database file of this PC")};
}

const QString kPrefix = QStringLiteral("shegong-");
const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss-zzz"); // two backups a second apart never clash

/*! The checks of a copy on its own connection, read-only: what verifyBackup and backupDatabase share.
    A fresh copy gets quick_check (pages and structure; its rows were just read by VACUUM INTO); a
    backup about to replace the database gets the thorough integrity_check (indexes against rows). */
Result<BackupInfo> check(const QString& path, bool thorough)
{
    sqlite3* raw = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        return Error{QStringLiteral("backup"), BackupText::tr("%1 cannot be opened").arg(path)};
    }
    const auto scalar = [&](const char* sql) -> std::optional<QString> {
        sqlite3_stmt* st = nullptr;
        std::optional<QString> value;
        if (sqlite3_prepare_v2(raw, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return value;
    };
    BackupInfo info;
    info.path = path;
    info.bytes = QFileInfo(path).size();
    const auto integrity = scalar(thorough ? "PRAGMA integrity_check(3)" : "PRAGMA quick_check(3)");
    const auto appId = scalar("PRAGMA application_id");
    const auto version = scalar("PRAGMA user_version");
    sqlite3_close(raw);
    if (!integrity)
        return Error{QStringLiteral("backup"), BackupText::tr("%1 is not an SQLite database").arg(path)};
    if (*integrity != QLatin1String("ok"))
        return Error{QStringLiteral("backup"), BackupText::tr("%1 is damaged: %2").arg(path, *integrity)};
    if (!appId || appId->toLongLong() != kApplicationId)
        return Error{QStringLiteral("backup"), BackupText::tr("%1 is not a shegong database").arg(path)};
    info.schema = version ? version->toInt() : 0;
    if (info.schema > latestSchemaVersion())
        return Error{QStringLiteral("backup"),
                     BackupText::tr("%1 was written by a newer shegong (schema %2; this version knows %3)")
                         .arg(path)
                         .arg(info.schema)
                         .arg(latestSchemaVersion())};
    const QString stamp = QFileInfo(path).completeBaseName().mid(kPrefix.size());
    info.at = QDateTime::fromString(stamp, kStamp);
    info.at.setTimeSpec(Qt::UTC);
    return info;
}

} // namespace

Result<BackupInfo> verifyBackup(const QString& path)
{
    auto info = check(path, true);
    if (!info)
        return info;
    // The audit chain, read through a private copy so that the backup itself is never opened for writing.
    const QString scratch = QDir(QFileInfo(path).absolutePath())
                                .filePath(QStringLiteral(".verify-%1").arg(QFileInfo(path).fileName()));
    removeWithSidecars(scratch);
    if (!QFile::copy(path, scratch))
        return Error{QStringLiteral("backup"), BackupText::tr("%1 cannot be copied to check it").arg(path)};
    Result<BackupInfo> result = info;
    {
        auto db = Database::open(scratch, Database::Options{false, -1});
        if (!db) {
            result = db.error();
        } else {
            const auto chain = AuditLog(*db.value()).verify();
            BackupInfo checked = info.value();
            checked.auditRows = chain.rows;
            result =
                chain.ok
                    ? Result<BackupInfo>(checked)
                    : Result<BackupInfo>(Error{QStringLiteral("backup"),
                                               BackupText::tr("%1: the audit trail is broken at row %2 (%3)")
                                                   .arg(path)
                                                   .arg(chain.firstBadRow.value_or(0))
                                                   .arg(chain.reason)});
        }
    }
    removeWithSidecars(scratch);
    return result;
}

namespace {

/*! The copy itself, for the administrator's backup and the scheduled one: `who` and `workstation`
    are recorded, with `trigger` (on_demand, daily, at_close). */
Result<BackupInfo> writeBackup(const Database& db, const QString& folder, int keep, const QString& who,
                               const QString& workstation, const QString& trigger)
{
    if (db.onServer())
        return backedUpOnServer();
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("folder"), BackupText::tr("The folder %1 cannot be created").arg(folder)};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString final = QDir(folder).filePath(kPrefix + now.toString(kStamp) + QStringLiteral(".db"));
    const QString temporary = final + QStringLiteral(".part");
    removeWithSidecars(temporary);
    const auto failed = [&](const QString& why) {
        removeWithSidecars(temporary);
        return Error{QStringLiteral("backup"),
                     BackupText::tr("The backup failed (%1); the earlier backups are intact").arg(why)};
    };
    try {
        Statement into = prepare(db, "VACUUM INTO ?");
        into.bind(temporary).run();
    } catch (const DatabaseError& e) {
        const int primary = e.code() & 0xff;
        // A file-size limit (EFBIG) comes back as an I/O error, a full disk as SQLITE_FULL.
        return failed(primary == SQLITE_FULL || primary == SQLITE_IOERR
                          ? BackupText::tr("%1 could not be written: is its disk full?").arg(folder)
                          : QString::fromUtf8(e.what()));
    }
    if (!syncToDisk(temporary))
        return failed(BackupText::tr("it could not be written to the disk"));
    auto checked = check(temporary, false);
    if (!checked)
        return failed(checked.error().message);
    if (!QFile::rename(temporary, final))
        return failed(BackupText::tr("it could not be renamed"));
    syncToDisk(folder);
    QFile(final).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // personal data
    BackupInfo info = checked.value();
    info.path = final;
    info.at = now;
    const std::vector<BackupInfo> all = backupsIn(folder);
    for (size_t i = size_t(std::max(keep, 1)); i < all.size(); ++i)
        QFile::remove(all[i].path);
    AuditLog(db).append(
        {who, workstation, QStringLiteral("backup"), QStringLiteral("database"), QStringLiteral("ok"),
         QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file"), QFileInfo(final).fileName()},
                                                     {QStringLiteral("bytes"), info.bytes},
                                                     {QStringLiteral("trigger"), trigger}})
                               .toJson(QJsonDocument::Compact))});
    return info;
}

} // namespace

Result<BackupInfo> backupDatabase(const Access& access, const QString& folder, int keep)
{
    if (!access.may(Permission::BackupRestore))
        return refusedWrite(
            access, QStringLiteral("backup"), QStringLiteral("database"),
            Error{QStringLiteral("role"), BackupText::tr("Only the administrator makes backups")});
    return writeBackup(access.database(), folder, keep, access.session().worker.account,
                       access.session().workstation, QStringLiteral("on_demand"));
}

Result<BackupInfo> scheduledBackup(const Database& db, const QString& workstation, BackupTrigger trigger)
{
    const BackupSchedule schedule = backupSchedule(db);
    if (!schedule.enabled())
        return Error{QStringLiteral("backup"), BackupText::tr("No backup folder is set")};
    return writeBackup(db, schedule.folder, schedule.keep, QStringLiteral("-"), workstation,
                       trigger == BackupTrigger::Daily ? QStringLiteral("daily")
                                                       : QStringLiteral("at_close"));
}

BackupSchedule backupSchedule(const Database& db)
{
    BackupSchedule s;
    if (db.onServer())
        return s; // the server is backed up where it runs (pg_dump), never from a workstation
    s.folder = db.meta(QStringLiteral("backup_folder"));
    s.dailyAt =
        QTime::fromString(db.meta(QStringLiteral("backup_time"), s.dailyAt.toString(u"HH:mm")), u"HH:mm");
    s.keep = std::max(1, db.meta(QStringLiteral("backup_keep"), QString::number(s.keep)).toInt());
    s.atClose = db.meta(QStringLiteral("backup_at_close"), QStringLiteral("1")) == QLatin1String("1");
    return s;
}

Result<void> setBackupSchedule(const Access& access, const BackupSchedule& schedule)
{
    if (!access.may(Permission::BackupRestore))
        return refusedWrite(
            access, QStringLiteral("update"), QStringLiteral("backup_schedule"),
            Error{QStringLiteral("role"), BackupText::tr("Only the administrator sets the backups")});
    if (access.database().onServer())
        return backedUpOnServer();
    if (!schedule.dailyAt.isValid() || schedule.keep < 1)
        return Error{QStringLiteral("backup"),
                     BackupText::tr("Backups: a time of day and at least one copy")};
    if (!schedule.folder.isEmpty() && !QDir().mkpath(schedule.folder))
        return Error{QStringLiteral("folder"),
                     BackupText::tr("The folder %1 cannot be created").arg(schedule.folder)};
    const Database& db = access.database();
    WriteTransaction write(db);
    db.setMeta(QStringLiteral("backup_folder"), schedule.folder);
    db.setMeta(QStringLiteral("backup_time"), schedule.dailyAt.toString(u"HH:mm"));
    db.setMeta(QStringLiteral("backup_keep"), QString::number(schedule.keep));
    db.setMeta(QStringLiteral("backup_at_close"),
               schedule.atClose ? QStringLiteral("1") : QStringLiteral("0"));
    auditWrite(access, QStringLiteral("update"), QStringLiteral("backup_schedule"),
               QJsonObject{{QStringLiteral("folder"), schedule.folder},
                           {QStringLiteral("time"), schedule.dailyAt.toString(u"HH:mm")},
                           {QStringLiteral("keep"), schedule.keep},
                           {QStringLiteral("at_close"), schedule.atClose}});
    write.commit();
    return {};
}

bool dailyBackupDue(const BackupSchedule& schedule, const QDateTime& now)
{
    if (!schedule.enabled())
        return false;
    const QDateTime local = now.toLocalTime();
    const QDateTime setTime(local.date(), schedule.dailyAt);
    if (local < setTime)
        return false;
    const auto newest = backupsIn(schedule.folder);
    return newest.empty() || newest.front().at < setTime.toUTC();
}

Result<QString> restoreDatabase(const QString& backup, const QString& target, const QString& actor)
{
    auto verified = verifyBackup(backup);
    if (!verified)
        return verified.error();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(kStamp);
    const QString incoming = target + QStringLiteral(".restoring");
    removeWithSidecars(incoming);
    if (!QFile::copy(backup, incoming))
        return Error{QStringLiteral("restore"),
                     BackupText::tr("%1 cannot be copied beside %2").arg(backup, target)};
    {
        // Opened (and migrated) before anything is replaced; the restore is recorded in it.
        auto db = Database::open(incoming, Database::Options{false, -1});
        if (!db) {
            removeWithSidecars(incoming);
            return db.error();
        }
        AuditLog(*db.value())
            .append({actor, QStringLiteral("-"), QStringLiteral("restore"), QStringLiteral("database"),
                     QStringLiteral("ok"),
                     QString::fromUtf8(
                         QJsonDocument(QJsonObject{{QStringLiteral("from"), QFileInfo(backup).fileName()},
                                                   {QStringLiteral("schema"), verified->schema}})
                             .toJson(QJsonDocument::Compact))});
    } // closed: the write-ahead log is checkpointed into the file
    QString kept;
    if (QFileInfo::exists(target)) {
        kept = target + QStringLiteral(".replaced-") + stamp;
        if (!QFile::rename(target, kept)) {
            removeWithSidecars(incoming);
            return Error{QStringLiteral("restore"),
                         BackupText::tr("%1 cannot be moved aside; nothing was changed").arg(target)};
        }
        for (const QString& sidecar : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::rename(target + sidecar, kept + sidecar);
    }
    QFile::remove(incoming + QStringLiteral("-wal"));
    QFile::remove(incoming + QStringLiteral("-shm"));
    if (!QFile::rename(incoming, target))
        return Error{QStringLiteral("restore"),
                     BackupText::tr("The restored copy is at %1; rename it to %2").arg(incoming, target)};
    syncToDisk(QFileInfo(target).absolutePath());
    return kept;
}

std::vector<BackupInfo> backupsIn(const QString& folder)
{
    std::vector<BackupInfo> list;
    const QStringList names =
        QDir(folder).entryList({kPrefix + QStringLiteral("*.db")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        BackupInfo info;
        info.path = QDir(folder).filePath(name);
        info.bytes = QFileInfo(info.path).size();
        info.at = QDateTime::fromString(QFileInfo(name).completeBaseName().mid(kPrefix.size()), kStamp);
        info.at.setTimeSpec(Qt::UTC);
        if (info.at.isValid())
            list.push_back(info);
    }
    return list;
}

} // namespace shegong::core
