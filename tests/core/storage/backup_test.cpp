// Backups made while the database is in use, verified before they replace anything, restored with
// the replaced file kept; and every way a bad backup is refused with nothing changed.
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/backup.h"
#include "shegong/core/storage/database.h"
#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace shegong;
using namespace shegong::core;
using test::count;

namespace {

void rawExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

} // namespace

TEST(Backup, ACopyWhileInUseIsVerifiedAndRestoredWithTheReplacedFileKept)
{
    test::TestDatabase t;
    ASSERT_TRUE(generateDemoDistrict(t.db(), DemoOptions{8, 0.05, QDate(2026, 11, 1)}));
    const Access admin(t.db(), test::sessionFor(t.db(), QStringLiteral("admin")));
    const QString folder = t.folder() + QStringLiteral("/backups");
    // A second connection holds a read transaction open: the copy is made all the same.
    auto reader = Database::openReader(t.path());
    ASSERT_TRUE(reader);
    Statement open = prepare(*reader.value(), "SELECT id FROM residents");
    ASSERT_TRUE(open.next());
    const qint64 auditRows = count(t.db(), "SELECT count(*) FROM audit_log");
    const auto made = backupDatabase(admin, folder);
    ASSERT_TRUE(made) << made.error().message.toStdString();
    open.reset();
    EXPECT_TRUE(QFileInfo(made->path).fileName().startsWith(QStringLiteral("shegong-")));
    EXPECT_EQ(QFile(made->path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0)
        << "personal data: the owner's only";
    const auto verified = verifyBackup(made->path);
    ASSERT_TRUE(verified) << verified.error().message.toStdString();
    EXPECT_EQ(verified->auditRows, auditRows) << "the chain as it was when copied";
    EXPECT_EQ(count(t.db(), "SELECT count(*) FROM audit_log WHERE action = 'backup' AND result = 'ok'"), 1);

    // Generations: the newest `keep` stay.
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(backupDatabase(admin, folder, 2));
    EXPECT_EQ(backupsIn(folder).size(), 2u);

    // A change after the backup, then the restore: the change is gone, the replaced file kept.
    const qint64 residents = count(t.db(), "SELECT count(*) FROM residents");
    prepare(t.db(), "UPDATE residents SET name = '改了名' WHERE id = 1").run();
    t.close();
    reader.value().reset();
    const QString newest = backupsIn(folder).front().path;
    const auto kept = restoreDatabase(newest, t.path(), QStringLiteral("test"));
    ASSERT_TRUE(kept) << kept.error().message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(kept.value()));
    t.reopen();
    EXPECT_EQ(count(t.db(), "SELECT count(*) FROM residents"), residents);
    EXPECT_EQ(count(t.db(), "SELECT count(*) FROM residents WHERE name = '改了名'"), 0)
        << "the change after it is gone";
    EXPECT_TRUE(AuditLog(t.db()).verify().ok);
    EXPECT_EQ(count(t.db(), "SELECT count(*) FROM audit_log WHERE action = 'restore'"), 1);

    // Not the administrator: refused, and the refusal audited.
    const Access worker(t.db(), test::sessionFor(t.db(), QStringLiteral("sg001")));
    EXPECT_EQ(backupDatabase(worker, folder).error().field, QStringLiteral("role"));
    EXPECT_EQ(count(t.db(), "SELECT count(*) FROM audit_log WHERE action = 'backup' AND result = 'refused'"),
              1);
}

TEST(Backup, AnOlderSchemaRestoresAndMigrates)
{
    test::TestDatabase t;
    const QString old = t.folder() + QStringLiteral("/old.db");
    {
        auto db = Database::open(old, Database::Options{true, 17}); // before the mediation tables
        ASSERT_TRUE(db);
        ASSERT_EQ(db.value()->schemaVersion(), 17);
    }
    t.close();
    ASSERT_TRUE(restoreDatabase(old, t.path(), QStringLiteral("test")));
    t.reopen();
    EXPECT_GT(t.db().schemaVersion(), 17);
    EXPECT_EQ(count(t.db(), "SELECT count(*) FROM sqlite_schema WHERE name = 'mediation_cases'"), 1);
}

TEST(Backup, ABadBackupIsRefusedAndNothingIsReplaced)
{
    test::TestDatabase t;
    ASSERT_TRUE(generateDemoDistrict(t.db(), DemoOptions{8, 0.05, QDate(2026, 11, 1)}));
    const Access admin(t.db(), test::sessionFor(t.db(), QStringLiteral("admin")));
    for (int i = 0; i < 3; ++i) // a trail to break
        AuditLog(t.db()).append({QStringLiteral("admin"), QStringLiteral("PC"), QStringLiteral("read"),
                                 QStringLiteral("resident:%1").arg(i + 1), QStringLiteral("ok"),
                                 QStringLiteral("{}")});
    const auto made = backupDatabase(admin, t.folder() + QStringLiteral("/b"));
    ASSERT_TRUE(made) << made.error().message.toStdString();
    const QByteArray before = test::contentDigest(t.db());
    t.close();
    const auto copy = [&](const QString& name) {
        const QString path = t.folder() + QLatin1Char('/') + name;
        QFile::remove(path);
        EXPECT_TRUE(QFile::copy(made->path, path));
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    };
    const QString garbage = t.folder() + QStringLiteral("/garbage.db");
    {
        QFile file(garbage);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    const QString foreign = copy(QStringLiteral("foreign.db"));
    rawExec(foreign, "PRAGMA application_id = 12345");
    const QString future = copy(QStringLiteral("future.db"));
    rawExec(future, "PRAGMA user_version = 999");
    const QString tampered = copy(QStringLiteral("tampered.db"));
    // Someone with the file and sqlite3: the append-only trigger dropped, a row rewritten.
    rawExec(tampered,
            "DROP TRIGGER audit_log_no_update;"
            " UPDATE audit_log SET object = 'resident:99' WHERE id = (SELECT min(id) FROM audit_log)");
    for (const QString& bad : {garbage, foreign, future, tampered}) {
        const auto refused = restoreDatabase(bad, t.path(), QStringLiteral("test"));
        ASSERT_FALSE(refused) << bad.toStdString();
        if (bad == future) {
            EXPECT_TRUE(refused.error().message.contains(QStringLiteral("newer")));
        }
        if (bad == tampered) {
            EXPECT_TRUE(refused.error().message.contains(QStringLiteral("audit")));
        }
    }
    t.reopen();
    EXPECT_EQ(test::contentDigest(t.db()), before) << "nothing replaced";
}

// The administrator sets the schedule; the daily backup is due once the set time has passed and the
// folder holds nothing newer; a scheduled backup is made whoever is logged in, with its trigger.
TEST(BackupSchedule, IsSetByTheAdministratorAndRunsDailyAfterItsTime)
{
    test::TestDatabase t;
    ASSERT_TRUE(generateDemoDistrict(t.db(), DemoOptions{8, 0.05, QDate(2026, 11, 1)}));
    const Access admin(t.db(), test::sessionFor(t.db(), QStringLiteral("admin")));
    const Access worker(t.db(), test::sessionFor(t.db(), QStringLiteral("sg001")));
    BackupSchedule schedule;
    schedule.folder = t.folder() + QStringLiteral("/daily");
    schedule.dailyAt = QTime(12, 30);
    schedule.keep = 3;
    EXPECT_FALSE(setBackupSchedule(worker, schedule)) << "a social worker does not set the backups";
    EXPECT_FALSE(backupSchedule(t.db()).enabled());
    EXPECT_FALSE(dailyBackupDue(backupSchedule(t.db()), QDateTime::currentDateTimeUtc())) << "no folder";
    ASSERT_TRUE(setBackupSchedule(admin, schedule));
    const BackupSchedule stored = backupSchedule(t.db());
    EXPECT_EQ(stored.folder, schedule.folder);
    EXPECT_EQ(stored.dailyAt, QTime(12, 30));
    EXPECT_EQ(stored.keep, 3);
    EXPECT_EQ(
        count(t.db(), "SELECT count(*) FROM audit_log WHERE object = 'backup_schedule' AND result = 'ok'"),
        1);
    EXPECT_EQ(count(t.db(), "SELECT count(*) FROM audit_log WHERE object = 'backup_schedule' AND result = "
                            "'refused' AND account = 'sg001'"),
              1)
        << "the worker's attempt is on record";

    const QDate today = QDate::currentDate();
    const auto at = [&](int h, int m) { return QDateTime(today, QTime(h, m)).toUTC(); };
    EXPECT_FALSE(dailyBackupDue(stored, at(12, 29))) << "before the set time";
    EXPECT_TRUE(dailyBackupDue(stored, at(12, 31))) << "after it, with no backup yet";
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(scheduledBackup(t.db(), QStringLiteral("PC-OFFICE"), BackupTrigger::AtClose));
    EXPECT_EQ(backupsIn(stored.folder).size(), 3u) << "the newest three kept";
    const bool madeAfterSetTime = QDateTime::currentDateTime().time() >= QTime(12, 30);
    EXPECT_EQ(dailyBackupDue(stored, at(23, 59)), !madeAfterSetTime)
        << "a backup made after today's set time is today's";
    EXPECT_EQ(count(t.db(), "SELECT count(*) FROM audit_log WHERE action = 'backup' AND details LIKE "
                            "'%\"trigger\":\"at_close\"%' AND workstation = 'PC-OFFICE'"),
              4);
}
