// shegong: the desktop application. Only wiring: choose the database, install translations,
// ask who is there, show the shell.
#include "shegong/core/demo/demofile.h"
#include "shegong/core/security/authservice.h"
#include "shegong/core/storage/database.h"
#include "shegong/i18n/translations.h"
#include "shegong/ui/admin/connectiondialog.h"
#include "shegong/ui/admin/logindialog.h"
#include "shegong/ui/shell/guardedapplication.h"
#include "shegong/ui/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSurfaceFormat>
#include <QSysInfo>

using namespace shegong;

namespace {

//! A file in the user's data folder: the subdistrict's `shegong.db`, or the demo's own `demo.db`.
QString dataFile(const QString& name)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

//! The demo district, built into its own file the first time it is opened.
bool createDemo(const QString& path)
{
    QLabel notice(QCoreApplication::translate("main", "Creating the demo district in %1 …").arg(path));
    notice.setWindowFlags(Qt::SplashScreen);
    notice.setMargin(24);
    notice.show();
    QApplication::processEvents();
    // Alive on the day it is built: six months of visits up to today, last month complete.
    core::DemoOptions options;
    options.referenceDate = QDate::currentDate();
    if (auto created = core::createDemoFile(path, options); !created) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Demo district"),
                              created.error().message);
        return false;
    }
    return true;
}

/*! The office's settings for every user of this PC (the package's /etc/shegong/shegong.conf):
    `[database] location=` points them all at the office's server or shared file. */
QString machineConfig()
{
    return qEnvironmentVariable("SHEGONG_MACHINE_CONFIG", QStringLiteral("/etc/shegong/shegong.conf"));
}

enum class FirstStart { RealSubdistrict, Server, Demo, Quit };

//! Where this user's shegong opens by default (set once the office's server was connected to).
const QString kLocationKey = QStringLiteral("database/location");

/*! No subdistrict database yet: set one up (its administrator chooses a password next) or open the
    demo. Never a database full of accounts with a password printed in the README. */
FirstStart askFirstStart()
{
    QMessageBox ask;
    ask.setIcon(QMessageBox::Question);
    ask.setWindowTitle(QCoreApplication::translate("main", "First start"));
    ask.setText(
        QCoreApplication::translate("main", "There is no subdistrict database on this computer yet."));
    ask.setInformativeText(QCoreApplication::translate(
        "main", "Set up your subdistrict: you create the administrator account and its password next. "
                "Or connect to the office's shared database server, if the office has one. "
                "Or open the demo district (invented residents, in its own file) to look around; its "
                "accounts must change their password at first login."));
    QPushButton* real = ask.addButton(QCoreApplication::translate("main", "Set up a real subdistrict"),
                                      QMessageBox::AcceptRole);
    QPushButton* server = ask.addButton(QCoreApplication::translate("main", "Connect to the office's server"),
                                        QMessageBox::ActionRole);
    QPushButton* demo =
        ask.addButton(QCoreApplication::translate("main", "Open the demo"), QMessageBox::ActionRole);
    ask.addButton(QCoreApplication::translate("main", "Quit"), QMessageBox::RejectRole);
    ask.setDefaultButton(real);
    ask.exec();
    if (ask.clickedButton() == real)
        return FirstStart::RealSubdistrict;
    if (ask.clickedButton() == server)
        return FirstStart::Server;
    return ask.clickedButton() == demo ? FirstStart::Demo : FirstStart::Quit;
}

//! The first start of a newer version: the database was upgraded, and the old one kept (files).
void tellUpgraded(const core::Database::Upgrade& upgrade)
{
    const QString kept =
        upgrade.copy.isEmpty()
            ? QCoreApplication::translate("main", "The server is backed up by its administrator.")
            : QCoreApplication::translate("main", "A copy of it as it was is kept at %1.")
                  .arg(QDir::toNativeSeparators(upgrade.copy));
    QMessageBox::information(nullptr, QCoreApplication::translate("main", "shegong was updated"),
                             QCoreApplication::translate("main", "This version upgraded the database from "
                                                                 "schema %1 to %2. %3")
                                 .arg(upgrade.from)
                                 .arg(upgrade.to)
                                 .arg(kept));
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
    ui::GuardedApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("shegong"));
    QApplication::setApplicationName(QStringLiteral("shegong"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser args;
    args.addHelpOption();
    args.addVersionOption();
    args.addOptions(
        {{QStringLiteral("db"),
          QStringLiteral("The district database: a file, or the office's server as "
                         "postgresql://ROLE@HOST/DATABASE (default: the last server connected to, else "
                         "shegong.db in the user's data folder)."),
          QStringLiteral("PATH")},
         {QStringLiteral("connect"),
          QStringLiteral("Choose the office's database server (host, port, encryption) and open it.")},
         {QStringLiteral("demo"),
          QStringLiteral("Try the demo district (its own file; the published password needs no change).")},
         {QStringLiteral("lang"), QStringLiteral("User interface language: zh_CN (default) or en."),
          QStringLiteral("LANG"), QStringLiteral("zh_CN")}});
    args.process(app);
    i18n::installTranslations(app, args.value(QStringLiteral("lang")));

    const bool trying = args.isSet(QStringLiteral("demo"));
    QSettings userSettings;
    // The user's own choice first, then what the office set for every user of this PC.
    const QSettings machine(machineConfig(), QSettings::IniFormat);
    const QString remembered = userSettings.value(kLocationKey, machine.value(kLocationKey)).toString();
    bool choosingServer = args.isSet(QStringLiteral("connect"));
    QString path = trying                             ? dataFile(QStringLiteral("demo.db"))
                   : args.isSet(QStringLiteral("db")) ? args.value(QStringLiteral("db"))
                   : !remembered.isEmpty()            ? remembered
                                                      : dataFile(QStringLiteral("shegong.db"));
    if (!trying && !choosingServer && !core::Database::isServerAddress(path) &&
        !args.isSet(QStringLiteral("db")) && !QFileInfo::exists(path)) {
        switch (askFirstStart()) {
        case FirstStart::RealSubdistrict: {
            auto created = core::Database::open(path); // empty: the administrator is asked for below
            if (!created) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Open database"),
                                      created.error().message);
                return 1;
            }
            break;
        }
        case FirstStart::Server:
            choosingServer = true;
            break;
        case FirstStart::Demo:
            path = dataFile(QStringLiteral("demo.db"));
            break;
        case FirstStart::Quit:
            return 0;
        }
    }
    if (choosingServer) {
        ui::ConnectionDialog dialog(core::ServerAddress::fromAddress(path).value_or(core::ServerAddress{}));
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        path = dialog.address().toAddress();
    }
    std::unique_ptr<core::Database> opened;
    if (core::Database::isServerAddress(path)) {
        opened = ui::connectToServer(path);
        if (!opened)
            return 0;
        // Remembered when the user chose it (an address holds no password: core refuses one); the
        // office's setting for the PC stays the office's, so a change to it reaches every user.
        if (path != machine.value(kLocationKey).toString())
            userSettings.setValue(kLocationKey, path);
    } else {
        const bool demoFile = trying || path == dataFile(QStringLiteral("demo.db"));
        if (demoFile && !QFileInfo::exists(path) && !createDemo(path))
            return 1;
        auto db = core::Database::open(path, {.createIfMissing = false, .copyBeforeUpgrade = true});
        if (!db) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Open database"),
                                  db.error().message);
            return 1;
        }
        opened = std::move(db).value();
    }
    if (opened->readOnly()) {
        // Every login is recorded in the audit trail: a file that cannot be written cannot be worked in.
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Open database"),
                              QCoreApplication::translate("main", "%1 is read-only here (the file or its "
                                                                  "folder): shegong records every login and "
                                                                  "change in it. Ask the administrator to "
                                                                  "make it writable, or open a copy.")
                                  .arg(path));
        return 1;
    }

    if (const auto& upgrade = opened->upgrade())
        tellUpgraded(*upgrade);

    const QString workstation = QSysInfo::machineHostName();
    core::AuthSettings settings;
    settings.tryingDemo = trying;
    core::AuthService auth(*opened, settings);
    if (auth.needsFirstAdministrator()) {
        ui::FirstAdministratorDialog first(auth, workstation);
        if (first.exec() != QDialog::Accepted)
            return 0;
    }
    ui::LoginDialog login(auth, workstation);
    if (login.exec() != QDialog::Accepted || !login.session())
        return 0;

    ui::MainWindow window(*opened, &auth, *login.session());
    window.show();
    return app.exec();
}
