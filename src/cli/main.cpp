// shegong-cli: the command line door. Only wiring: the application, the busy wait, the command.
#include "clisupport.h"
#include "commandline.h"
#include "shegong/core/storage/database.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // Documents are painted with QtGui (fonts, PDF): a GUI application, but never a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shegong-cli"));
    // Commands take turns with the office's other writers: a minute's patience, said on stderr.
    shegong::core::setBusyWait(
        {std::chrono::seconds(60), [](std::chrono::milliseconds waited) {
             if (waited.count() < 1000 || waited.count() % 5000 < 500) // then every 5 s
                 shegong::cli::err() << "waiting for the database: another workstation is writing ("
                                     << (waited.count() + 999) / 1000 << " s)" << Qt::endl;
         }});
    return shegong::cli::runCommandLine(app.arguments());
}
