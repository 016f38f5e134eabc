#pragma once

#include <QObject>

namespace shegong::core {
class Database;
}

namespace shegong::ui {

/*! Makes the backups the administrator's schedule asks for, on every workstation whoever is logged
    in: once a day after the set time (checked every minute) and when the application closes. A failed
    backup is reported by `failed`; the administrator sees the age of the last good one. */
class BackupScheduler : public QObject {
    Q_OBJECT
public:
    BackupScheduler(const core::Database& db, QString workstation, QObject* parent = nullptr);
    //! The daily backup, if it is due now.
    void runIfDue();
    //! The backup at close, if the schedule wants one.
    void runAtClose();

Q_SIGNALS:
    void backedUp();
    void failed(const QString& message);

private:
    const core::Database& m_db;
    QString m_workstation;
};

} // namespace shegong::ui
