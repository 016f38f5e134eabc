#include "shegong/ui/shell/guardedapplication.h"

#include "shegong/core/storage/database.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QtDebug>

namespace shegong::ui {

GuardedApplication::GuardedApplication(int& argc, char** argv) : QApplication(argc, argv)
{
    core::setBusyWait({std::chrono::seconds(30), &GuardedApplication::showDatabaseWait});
}

void GuardedApplication::showDatabaseWait(std::chrono::milliseconds waited)
{
    if (QThread::currentThread() != QCoreApplication::instance()->thread())
        return; // a background reader waits quietly
    if (!QApplication::overrideCursor()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        // Runs when the event loop is back, i.e. once the wait is over.
        QTimer::singleShot(0, [] { QApplication::restoreOverrideCursor(); });
    }
    auto* window = qobject_cast<QMainWindow*>(QApplication::activeWindow());
    if (!window)
        return;
    window->statusBar()->showMessage(
        QCoreApplication::translate("GuardedApplication",
                                    "Waiting for the database: another workstation is saving (%1 s)…")
            .arg(waited.count() / 1000),
        3000);
    window->statusBar()->repaint();
}

bool GuardedApplication::notify(QObject* receiver, QEvent* event)
{
    return deliver([&] { return QApplication::notify(receiver, event); });
}

bool GuardedApplication::deliver(const std::function<bool()>& handle)
{
    try {
        return handle();
    } catch (const core::DatabaseError& error) {
        // SQLite's message names the failure (busy, disk full, constraint), never a resident's data.
        qWarning("database error while handling an event: %s", error.what());
        const QString explained = core::describe(error);
        auto* box = new QMessageBox(
            QMessageBox::Critical, QCoreApplication::translate("GuardedApplication", "Database"),
            QCoreApplication::translate("GuardedApplication",
                                        "The database could not do this:\n%1\n\n"
                                        "The window stays open: try again, and tell the administrator if it "
                                        "happens again.")
                .arg(explained),
            QMessageBox::Ok, QApplication::activeWindow());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): the barrier must not start an event loop inside a failed handler
        return false;
    }
}

} // namespace shegong::ui
