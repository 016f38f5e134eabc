#pragma once

#include <QApplication>
#include <chrono>
#include <functional>

namespace shegong::ui {

/*! The application with a crash barrier. A database error raised while an event is handled (a click
    that saves, a busy or full disk) is shown as a message and the window lives on: the write that failed
    was rolled back by its transaction, so nothing is half-written. Any other exception still ends the
    program — that is a bug, not a condition of the office. */
class GuardedApplication : public QApplication {
public:
    //! Also sets how the application waits for a busy database: up to 30 s, said in the status bar.
    GuardedApplication(int& argc, char** argv);
    bool notify(QObject* receiver, QEvent* event) override;

    //! What notify does around the delivery of one event: runs `handle`, or shows the database error
    //! and answers false.
    static bool deliver(const std::function<bool()>& handle);

    //! Shown while a write waits for another workstation's: the wait cursor and, in the active main
    //! window's status bar, how long it has waited. Painted at once (the event loop is not running).
    static void showDatabaseWait(std::chrono::milliseconds waited);
};

} // namespace shegong::ui
