// The administrator sees (in Chinese, the default) how old the last good backup is and is warned past two
// days; the main window makes the schedule's backup when it closes, whoever worked in it.
#include "demodistrict.h"
#include "shegong/core/security/access.h"
#include "shegong/core/storage/backup.h"
#include "shegong/ui/admin/backupstatus.h"
#include "shegong/ui/shell/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QStatusBar>
#include <gtest/gtest.h>

using namespace shegong;

namespace {

test::DemoDistrict& district()
{
    static test::DemoDistrict d(core::DemoOptions{6, 0.05, QDate(2026, 11, 1)});
    return d;
}

} // namespace

TEST(BackupStatus, ShowsTheAgeOfTheLastBackupAndWarnsWhenItIsOld)
{
    const core::Access admin(district().db(), test::sessionFor(district().db(), QStringLiteral("admin")));
    const QString folder = district().folder() + QStringLiteral("/status-backups");
    ASSERT_TRUE(core::setBackupSchedule(admin, core::BackupSchedule{}));
    ui::BackupStatus status(admin);
    EXPECT_EQ(status.text(), QStringLiteral("尚未设置备份"));
    EXPECT_TRUE(status.property("warning").toBool());

    core::BackupSchedule schedule;
    schedule.folder = folder;
    ASSERT_TRUE(core::setBackupSchedule(admin, schedule));
    status.backUpNow();
    EXPECT_EQ(status.text(), QStringLiteral("一小时内已备份"));
    EXPECT_FALSE(status.property("warning").toBool());

    // The only backup, as if made three days ago: the administrator is warned.
    const core::BackupInfo made = core::backupsIn(folder).front();
    const QString old = QDir(folder).filePath(QStringLiteral("shegong-%1.db")
                                                  .arg(QDateTime::currentDateTimeUtc().addDays(-3).toString(
                                                      QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    ASSERT_TRUE(QFile::rename(made.path, old));
    status.refresh();
    EXPECT_EQ(status.text(), QStringLiteral("上次备份在 3 天前"));
    EXPECT_TRUE(status.property("warning").toBool());
    ASSERT_TRUE(core::setBackupSchedule(admin, core::BackupSchedule{}));
}

TEST(BackupStatus, OnlyTheAdministratorSeesItAndAnyWindowBacksUpAtClose)
{
    const core::Access admin(district().db(), test::sessionFor(district().db(), QStringLiteral("admin")));
    core::BackupSchedule schedule;
    schedule.folder = district().folder() + QStringLiteral("/at-close");
    ASSERT_TRUE(core::setBackupSchedule(admin, schedule));
    {
        ui::MainWindow window(district().db(), &district().auth(), district().login(QStringLiteral("admin")));
        EXPECT_NE(window.findChild<ui::BackupStatus*>(), nullptr);
    }
    ui::MainWindow worker(district().db(), &district().auth(), district().login(QStringLiteral("sg001")));
    EXPECT_EQ(worker.findChild<ui::BackupStatus*>(), nullptr) << "a social worker is not shown backups";
    worker.show();
    EXPECT_TRUE(core::backupsIn(schedule.folder).empty());
    worker.close();
    EXPECT_EQ(core::backupsIn(schedule.folder).size(), 1u) << "closing made the schedule's backup";
    ASSERT_TRUE(core::setBackupSchedule(admin, core::BackupSchedule{}));
}
