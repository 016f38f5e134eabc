// shegong: the desktop application. Only wiring: choose the database, install translations,
// ask who is there, show the shell.
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/security/authservice.h"
#include "shegong/core/storage/database.h"
#include "shegong/i18n/translations.h"
#include "shegong/ui/admin/logindialog.h"
#include "shegong/ui/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QSurfaceFormat>
#include <QSysInfo>

using namespace shegong;

namespace {

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("shegong.db"));
}

//! On first start there is no database yet: build the demo district so there is something to see.
bool createDemo(const QString& path)
{
    QLabel notice(QCoreApplication::translate("main", "Creating the demo district in %1 …").arg(path));
    notice.setWindowFlags(Qt::SplashScreen);
    notice.setMargin(24);
    notice.show();
    QApplication::processEvents();
    auto db = core::Database::open(path);
    auto created =
        db ? core::generateDemoDistrict(*db.value()) : core::Result<core::DistrictStats>(db.error());
    if (!created) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Demo district"),
                              created.error().message);
        return false;
    }
    core::setDemoPasswords(*db.value());
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    // OSG draws with the compatibility profile; the map shares contexts with other GL widgets.
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setProfile(QSurfaceFormat::CompatibilityProfile);
    format.setDepthBufferSize(24);
    // No multisampling: on a PC without a GPU (Mesa llvmpipe) 4x costs 55 % of the frame (docs/figures.md).
    format.setSamples(0);
    QSurfaceFormat::setDefaultFormat(format);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("shegong"));
    QApplication::setApplicationName(QStringLiteral("shegong"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser args;
    args.addHelpOption();
    args.addOptions(
        {{QStringLiteral("db"),
          QStringLiteral("The district database (default: the demo in the user's data folder)."),
          QStringLiteral("PATH")},
         {QStringLiteral("lang"), QStringLiteral("User interface language: zh_CN (default) or en."),
          QStringLiteral("LANG"), QStringLiteral("zh_CN")}});
    args.process(app);
    i18n::installTranslations(app, args.value(QStringLiteral("lang")));

    const QString path =
        args.isSet(QStringLiteral("db")) ? args.value(QStringLiteral("db")) : defaultDatabasePath();
    if (!args.isSet(QStringLiteral("db")) && !QFileInfo::exists(path) && !createDemo(path))
        return 1;
    auto db = core::Database::open(path, core::Database::Options{false, -1});
    if (!db) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Open database"),
                              db.error().message);
        return 1;
    }

    const QString workstation = QSysInfo::machineHostName();
    core::AuthService auth(*db.value());
    if (auth.needsFirstAdministrator()) {
        ui::FirstAdministratorDialog first(auth, workstation);
        if (first.exec() != QDialog::Accepted)
            return 0;
    }
    ui::LoginDialog login(auth, workstation);
    if (login.exec() != QDialog::Accepted || !login.session())
        return 0;

    ui::MainWindow window(*db.value(), &auth, *login.session());
    window.show();
    return app.exec();
}
