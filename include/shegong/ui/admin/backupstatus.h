#pragma once

#include <QToolButton>

namespace shegong::core {
class Access;
}

namespace shegong::ui {

/*! The administrator's view of the backups, in the status bar: how old the last good one is (a
    warning past two days, or when none is set up), and a menu to back up now or set the schedule. */
class BackupStatus : public QToolButton {
    Q_OBJECT
public:
    explicit BackupStatus(const core::Access& access, QWidget* parent = nullptr);
    void refresh();
    //! Backs up into the schedule's folder now; says how it went.
    void backUpNow();

private:
    void editSchedule();

    const core::Access& m_access;
};

} // namespace shegong::ui
