#include "shegong/ui/shell/guardedapplication.h"

#include "shegong/core/storage/database.h"

#include <QMessageBox>
#include <QtDebug>

namespace shegong::ui {

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
        auto* box = new QMessageBox(
            QMessageBox::Critical, QCoreApplication::translate("GuardedApplication", "Database"),
            QCoreApplication::translate("GuardedApplication",
                                        "The database could not do this, and nothing of it was saved:\n%1\n\n"
                                        "The window stays open: try again, and tell the administrator if it "
                                        "happens again.")
                .arg(QString::fromUtf8(error.what())),
            QMessageBox::Ok, QApplication::activeWindow());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): the barrier must not start an event loop inside a failed handler
        return false;
    }
}

} // namespace shegong::ui
