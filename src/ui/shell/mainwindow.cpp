#include "shegong/ui/shell/mainwindow.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/geography/districtstats.h"
#include "shegong/core/storage/backup.h"
#include "shegong/core/storage/database.h"
#include "shegong/core/work/visitservice.h"
#include "shegong/ui/admin/backupstatus.h"
#include "shegong/ui/admin/logindialog.h"
#include "shegong/ui/common/labels.h"
#include "shegong/ui/map/householdpanel.h"
#include "shegong/ui/shell/backupscheduler.h"
#include "shegong/ui/shell/modulebar.h"
#include "shegong/ui/shell/navigator.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <set>

namespace shegong::ui {

MainWindow::MainWindow(const core::Database& db, core::AuthService* auth, core::Session session,
                       const ModuleRegistry& modules, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_auth(auth),
      m_access(std::make_unique<core::Access>(db, std::move(session))), m_navigator(new Navigator(this)),
      m_modules(new ModuleBar), m_visits(std::make_unique<core::VisitService>(*m_access)),
      m_panel(new HouseholdPanel(*m_visits))
{
    QString title = tr("%1 — Community Social Work").arg(core::DistrictRepository(db).subdistrictName());
    if (db.meta(QStringLiteral("demo")) == QLatin1String("1"))
        title += QStringLiteral(" [%1]").arg(tr("Demo data"));
    setWindowTitle(title);

    connect(m_navigator, &Navigator::buildingRequested, m_panel, [this](core::Id building) {
        if (m_panel->building() != building)
            m_panel->showBuilding(building);
    });
    connect(m_navigator, &Navigator::dwellingRequested, m_panel,
            [this](core::Id building, core::Id dwelling) {
                if (m_panel->building() != building)
                    m_panel->showBuilding(building);
                m_panel->selectDwelling(dwelling);
            });
    connect(m_panel, &HouseholdPanel::openFloorsRequested, m_navigator, &Navigator::openFloors);
    connect(m_navigator, &Navigator::mapRequested, this,
            [this] { m_modules->showModule(QStringLiteral("map")); });

    addModules(modules);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_modules);
    splitter->addWidget(m_panel);
    // The map takes what the window gains or loses; the panel keeps its width.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    // The panel keeps the width the worker gave it, from one day to the next.
    const QVariant panelWidth = QSettings().value(QStringLiteral("shell/panelWidth"));
    splitter->setSizes({1000, panelWidth.isValid() ? panelWidth.toInt() : 460});
    connect(splitter, &QSplitter::splitterMoved, this, [this] {
        if (m_panel->isVisible())
            QSettings().setValue(QStringLiteral("shell/panelWidth"), m_panel->width());
    });
    setCentralWidget(splitter);
    // The administrator's backup schedule is kept on every workstation, whoever works there.
    m_backups = new BackupScheduler(db, m_access->session().workstation, this);
    connect(m_backups, &BackupScheduler::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Scheduled backup failed: %1").arg(message), 60 * 1000);
    });
    showStatus();
    resize(1440, 900);

    // Idle lock: any input restarts the clock; a timer looks at it twice a minute.
    m_idle = std::make_unique<core::IdleLock>(m_auth ? m_auth->settings().idleMinutes : 10);
    qApp->installEventFilter(this);
    m_idleCheck = new QTimer(this);
    m_idleCheck->setInterval(30 * 1000);
    connect(m_idleCheck, &QTimer::timeout, this, [this] {
        if (m_auth && !m_locked && m_idle->due())
            lockNow();
    });
    m_idleCheck->start();

    // What other workstations save (visits, events, grades…) reaches the open views within seconds.
    auto* elsewhere = new QTimer(this);
    connect(elsewhere, &QTimer::timeout, this, [this] { m_db.announceChangesElsewhere(); });
    elsewhere->start(std::chrono::seconds(2));
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (const core::BackupSchedule schedule = core::backupSchedule(m_db);
        schedule.enabled() && schedule.atClose) {
        statusBar()->showMessage(tr("Backing up before closing…"));
        statusBar()->repaint();
    }
    m_backups->runAtClose();
    QMainWindow::closeEvent(event);
}

void MainWindow::addModules(const ModuleRegistry& registry)
{
    std::vector<const ModuleDescriptor*> permitted;
    for (const ModuleDescriptor& module : registry.modules())
        if (m_access->may(module.permission) && (m_auth || !module.needsAccounts)) {
            permitted.push_back(&module);
            m_colourModes.insert(m_colourModes.end(), module.colourModes.begin(), module.colourModes.end());
        }
    m_context =
        std::make_unique<ModuleContext>(ModuleContext{*m_access, m_auth, *m_navigator, m_colourModes});
    std::set<QString> withPanel;
    for (const ModuleDescriptor* module : permitted) {
        // Pages are made when first shown: a start shows the first module at once.
        m_modules->addModule(module->id, module->title,
                             [this, create = module->createPage] { return create(*m_context); });
        if (module->householdPanel)
            withPanel.insert(module->id);
        if (module->createStatus)
            if (QWidget* status = module->createStatus(*m_context))
                statusBar()->addPermanentWidget(status);
    }
    // The household panel sits beside the modules about households; the others get the room.
    const auto showPanel = [this, withPanel](const QString& id) {
        m_panel->setVisible(withPanel.count(id) > 0);
    };
    connect(m_modules, &ModuleBar::moduleChanged, this, showPanel);
    showPanel(m_modules->currentKey());
}

void MainWindow::showStatus()
{
    if (m_access->may(core::Permission::ViewDistrict)) {
        const core::DistrictStats stats = core::districtStats(m_db);
        statusBar()->showMessage(
            tr("%1 communities · %2 areas · %3 buildings · %4 households · %5 residents (%6 floating)")
                .arg(stats.communities)
                .arg(stats.areas)
                .arg(stats.buildings)
                .arg(stats.households)
                .arg(stats.residents)
                .arg(stats.floatingResidents));
    }
    const core::Session& session = m_access->session();
    // Who is working; the workstation (a host name such as "vm" means nothing to the user) is what the
    // audit trail records, and shown on demand.
    auto* who = new QLabel(tr("%1 · %2").arg(session.worker.name, roleLabel(session.worker.role)));
    who->setObjectName(QStringLiteral("sessionLabel"));
    who->setToolTip(tr("Workstation recorded in the audit trail: %1").arg(session.workstation));
    statusBar()->addPermanentWidget(who);
    if (m_access->may(core::Permission::BackupRestore) && !m_db.onServer()) {
        auto* backups = new BackupStatus(*m_access);
        connect(m_backups, &BackupScheduler::backedUp, backups, &BackupStatus::refresh);
        statusBar()->addPermanentWidget(backups);
    }
    auto* lock = new QToolButton;
    lock->setText(tr("Lock now"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QToolButton::clicked, this, &MainWindow::lockNow);
    statusBar()->addPermanentWidget(lock);
}

QWidget* MainWindow::pageOf(const QString& id) const
{
    return m_modules->page(id);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idle)
            m_idle->touch();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lockNow()
{
    if (!m_auth || m_locked)
        return;
    m_locked = true;
    // Nothing personal on screen while away: an opaque cover over every open window — the shell and any
    // dialog (a revealed ID number in a message box, a half-filled form). Covered, not closed: the work
    // is still there after the unlock.
    std::vector<QPointer<QWidget>> covers;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (!window->isVisible())
            continue;
        auto* cover = new QWidget(window);
        cover->setObjectName(QStringLiteral("lockCover"));
        cover->setAutoFillBackground(true);
        cover->setGeometry(window->rect());
        cover->show();
        cover->raise();
        covers.emplace_back(cover);
    }
    // Only the session's own account unlocks (the dialog's account is fixed).
    std::unique_ptr<LoginDialog> unlock(LoginDialog::forUnlock(*m_auth, m_access->session(), this));
    unlock->setWindowFlag(Qt::WindowCloseButtonHint, false);
    while (unlock->exec() != QDialog::Accepted) {
    }
    for (const QPointer<QWidget>& cover : covers)
        delete cover.data();
    m_locked = false;
    m_idle->touch();
}

} // namespace shegong::ui
