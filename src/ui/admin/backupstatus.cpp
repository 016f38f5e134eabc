#include "shegong/ui/admin/backupstatus.h"

#include "shegong/core/security/access.h"
#include "shegong/core/storage/backup.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimer>

namespace shegong::ui {

BackupStatus::BackupStatus(const core::Access& access, QWidget* parent)
    : QToolButton(parent), m_access(access)
{
    setObjectName(QStringLiteral("backupStatus"));
    setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(this);
    menu->addAction(tr("Back up now"), this, &BackupStatus::backUpNow);
    menu->addAction(tr("Backup settings…"), this, &BackupStatus::editSchedule);
    setMenu(menu);
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &BackupStatus::refresh);
    timer->start(std::chrono::minutes(1));
    refresh();
}

void BackupStatus::refresh()
{
    const core::BackupSchedule schedule = core::backupSchedule(m_access.database());
    const auto backups =
        schedule.enabled() ? core::backupsIn(schedule.folder) : std::vector<core::BackupInfo>{};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool warn = true;
    if (!schedule.enabled()) {
        setText(tr("Backups not set up"));
        setToolTip(tr("Choose a folder for the daily backups (Backup settings…)"));
    } else if (backups.empty()) {
        setText(tr("No backup yet"));
        setToolTip(tr("Backups go to %1").arg(schedule.folder));
    } else {
        const qint64 hours = backups.front().at.secsTo(now) / 3600;
        warn = hours >= 24 * core::kBackupWarningDays;
        setText(hours < 1    ? tr("Backed up less than an hour ago")
                : hours < 48 ? tr("Backed up %n hour(s) ago", nullptr, int(hours))
                             : tr("Last backup %n day(s) ago", nullptr, int(hours / 24)));
        setToolTip(tr("Newest of %1 backups in %2: %3")
                       .arg(backups.size())
                       .arg(schedule.folder, backups.front().at.toLocalTime().toString(u"yyyy-MM-dd HH:mm")));
    }
    updateGeometry(); // the status bar makes room for the new text
    setProperty("warning", warn);
    setStyleSheet(warn ? QStringLiteral("QToolButton { color: white; background: #c0392b; padding: 0 6px; }")
                       : QString());
}

void BackupStatus::backUpNow()
{
    const core::BackupSchedule schedule = core::backupSchedule(m_access.database());
    if (!schedule.enabled()) {
        editSchedule();
        return;
    }
    setText(tr("Backing up…"));
    repaint();
    const auto made = core::backupDatabase(m_access, schedule.folder, schedule.keep);
    refresh();
    if (!made)
        QMessageBox::warning(this, tr("Backup"), made.error().message);
}

void BackupStatus::editSchedule()
{
    core::BackupSchedule schedule = core::backupSchedule(m_access.database());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Backup settings"));
    auto* folder = new QLineEdit(schedule.folder);
    auto* choose = new QPushButton(tr("Choose…"));
    connect(choose, &QPushButton::clicked, &dialog, [&] {
        const QString picked =
            QFileDialog::getExistingDirectory(&dialog, tr("Backup folder"), folder->text());
        if (!picked.isEmpty())
            folder->setText(picked);
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(choose);
    auto* time = new QTimeEdit(schedule.dailyAt);
    time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* keep = new QSpinBox;
    keep->setRange(1, 365);
    keep->setValue(schedule.keep);
    auto* atClose = new QCheckBox(tr("Also when shegong is closed"));
    atClose->setChecked(schedule.atClose);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Folder (another disk or a share)"), folderRow);
    form->addRow(tr("Every day at"), time);
    form->addRow(tr("Copies kept"), keep);
    form->addRow(QString(), atClose);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    schedule.folder = folder->text().trimmed();
    schedule.dailyAt = time->time();
    schedule.keep = keep->value();
    schedule.atClose = atClose->isChecked();
    if (const auto set = core::setBackupSchedule(m_access, schedule); !set)
        QMessageBox::warning(this, tr("Backup settings"), set.error().message);
    refresh();
}

} // namespace shegong::ui
