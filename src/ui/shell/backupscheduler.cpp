#include "shegong/ui/shell/backupscheduler.h"

#include "shegong/core/storage/backup.h"

#include <QDateTime>
#include <QTimer>

namespace shegong::ui {

BackupScheduler::BackupScheduler(const core::Database& db, QString workstation, QObject* parent)
    : QObject(parent), m_db(db), m_workstation(std::move(workstation))
{
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &BackupScheduler::runIfDue);
    timer->start(std::chrono::minutes(1));
}

void BackupScheduler::runIfDue()
{
    if (!core::dailyBackupDue(core::backupSchedule(m_db), QDateTime::currentDateTimeUtc()))
        return;
    const auto made = core::scheduledBackup(m_db, m_workstation, core::BackupTrigger::Daily);
    if (made)
        Q_EMIT backedUp();
    else
        Q_EMIT failed(made.error().message);
}

void BackupScheduler::runAtClose()
{
    const core::BackupSchedule schedule = core::backupSchedule(m_db);
    if (!schedule.enabled() || !schedule.atClose)
        return;
    if (const auto made = core::scheduledBackup(m_db, m_workstation, core::BackupTrigger::AtClose); made)
        Q_EMIT backedUp();
    else
        Q_EMIT failed(made.error().message);
}

} // namespace shegong::ui
