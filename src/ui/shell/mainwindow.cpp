#include "shegong/ui/shell/mainwindow.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/geography/districtstats.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"
#include "shegong/core/work/visitservice.h"
#include "shegong/map/districtscene.h"
#include "shegong/map/floorscene.h"
#include "shegong/ui/admin/accountspage.h"
#include "shegong/ui/admin/areaspage.h"
#include "shegong/ui/admin/logindialog.h"
#include "shegong/ui/common/labels.h"
#include "shegong/ui/map/householdpanel.h"
#include "shegong/ui/map/mapwidget.h"
#include "shegong/ui/registry/districttreemodel.h"
#include "shegong/ui/registry/registrypage.h"
#include "shegong/ui/reports/reportspage.h"
#include "shegong/ui/shell/modulebar.h"
#include "shegong/ui/visits/eventspage.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace shegong::ui {
namespace {

QString swatch(const osg::Vec4& c)
{
    return QStringLiteral("<span style='background:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span>")
        .arg(QColor::fromRgbF(c.r(), c.g(), c.b()).name());
}

osg::Vec4 recencyColour(qint64 days)
{
    if (days <= 30)
        return {0.45f, 0.75f, 0.45f, 1};
    if (days <= 90)
        return {0.93f, 0.85f, 0.40f, 1};
    if (days <= 180)
        return {0.95f, 0.62f, 0.30f, 1};
    return {0.85f, 0.35f, 0.35f, 1};
}

} // namespace

MainWindow::MainWindow(const core::Database& db, core::AuthService* auth,
                       std::optional<core::Session> session, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_model(new DistrictTreeModel(db, this)), m_tree(new QTreeView),
      m_map(new MapWidget), m_panel(new HouseholdPanel(db)), m_modules(new ModuleBar), m_auth(auth),
      m_session(std::move(session))
{
    QString title = tr("%1 — Community Social Work").arg(core::DistrictRepository(db).subdistrictName());
    if (db.meta(QStringLiteral("demo")) == QLatin1String("1"))
        title += QStringLiteral(" [%1]").arg(tr("Demo data"));
    setWindowTitle(title);

    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setColumnWidth(DistrictTreeModel::NameColumn, 300);
    m_tree->setAlternatingRowColors(true);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showTreeDetails(current); });

    m_modules->addModule(QStringLiteral("map"), tr("Map"), createMapPage());
    m_modules->addModule(QStringLiteral("district"), tr("District"), m_tree);
    // The household panel belongs to the modules about households; reports and administration get the room.
    connect(m_modules, &ModuleBar::moduleChanged, this, [this](const QString& key) {
        if (m_panel)
            m_panel->setVisible(key != QLatin1String("reports") && key != QLatin1String("admin") &&
                                key != QLatin1String("accounts"));
    });

    auto* splitter = new QSplitter;
    splitter->addWidget(m_modules);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    const core::DistrictStats stats = core::districtStats(db);
    statusBar()->showMessage(
        tr("%1 communities · %2 areas · %3 buildings · %4 households · %5 residents (%6 floating)")
            .arg(stats.communities)
            .arg(stats.areas)
            .arg(stats.buildings)
            .arg(stats.households)
            .arg(stats.residents)
            .arg(stats.floatingResidents));
    resize(1440, 900);
    applySession();
}

void MainWindow::applySession()
{
    if (!m_session)
        return;
    const core::Worker& worker = m_session->worker;
    auto* who =
        new QLabel(tr("%1 · %2 · %3").arg(worker.name, roleLabel(worker.role), m_session->workstation));
    statusBar()->addPermanentWidget(who);
    auto* lock = new QToolButton;
    lock->setText(tr("Lock now"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QToolButton::clicked, this, &MainWindow::lockNow);
    statusBar()->addPermanentWidget(lock);

    m_access = std::make_unique<core::Access>(m_db, *m_session);
    if (!m_access->may(core::Permission::ViewDistrict)) {
        // The auditor sees the audit trail and nothing else.
        setCentralWidget(createAuditPage()); // deletes the map, the tree and the panel
        m_map = nullptr;
        m_panel = nullptr;
        m_tree = nullptr;
        m_modules = nullptr;
        return;
    }
    m_panel->setAccess(m_access.get());
    if (m_access->may(core::Permission::ViewResidents)) {
        auto* registry = new RegistryPage(*m_access);
        connect(registry, &RegistryPage::householdRequested, this,
                [this](core::Id building, core::Id dwelling) {
                    showBuilding(building);
                    m_panel->selectDwelling(dwelling);
                });
        connect(registry, &RegistryPage::householdSelected, this, &MainWindow::showHousehold);
        connect(registry, &RegistryPage::residentsChanged, this, [this] {
            if (m_panel && m_panel->building())
                m_panel->showBuilding(m_panel->building());
        });
        m_modules->addModule(QStringLiteral("residents"), tr("Residents"), registry);
    }
    if (m_access->may(core::Permission::RecordVisits)) {
        auto* events = new EventsPage(*m_access);
        // What the panel records shows on the events page at once.
        connect(m_panel, &HouseholdPanel::eventOpened, events, &EventsPage::reload);
        connect(m_panel, &HouseholdPanel::visitRecorded, events, &EventsPage::reload);
        connect(events, &EventsPage::householdSelected, this, &MainWindow::showHousehold);
        m_modules->addModule(QStringLiteral("events"), tr("Visits & events"), events);
    }
    // The district tree, scoped to the session (community, sensitive tags).
    m_model = new DistrictTreeModel(m_db, m_access.get(), 0, this);
    m_tree->setModel(m_model);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showTreeDetails(current); });
    if (m_access->may(core::Permission::ViewWorkloadReport))
        m_modules->addModule(QStringLiteral("reports"), tr("Reports"), new ReportsPage(m_db, m_access.get()));
    if (m_auth && m_access->may(core::Permission::ManageAccounts))
        m_modules->addModule(QStringLiteral("accounts"), tr("Accounts"),
                             new AccountsPage(*m_auth, m_access->session(), m_db));
    if (m_auth && m_access->may(core::Permission::ReassignAreas))
        m_modules->addModule(QStringLiteral("admin"), tr("Areas"), new AreasPage(*m_access, *m_auth));
    m_visits = std::make_unique<core::VisitService>(*m_access);
    m_panel->setVisitService(m_visits.get());
    if (m_access->may(core::Permission::AnswerForAreas)) {
        m_quota = new QLabel;
        statusBar()->addPermanentWidget(m_quota);
        connect(m_panel, &HouseholdPanel::visitRecorded, this, &MainWindow::showQuota);
        showQuota();
    }

    // A social worker's map opens on their own areas; the rest stays visible but dimmed.
    const core::Access& access = *m_access;
    if (const std::set<core::Id> ownAreas = access.ownAreas(); !ownAreas.empty()) {
        const std::vector<core::Id> own(ownAreas.begin(), ownAreas.end());
        m_map->scene()->colourByArea(own);
        osg::BoundingBox box;
        for (const auto& entry : m_map->scene()->buildings())
            if (ownAreas.count(entry.areaId))
                box.expandBy(entry.box);
        if (box.valid()) {
            auto pose = map::CameraRig::framing(box, 1.6);
            pose.distance = std::max(pose.distance, 400.0);
            m_map->camera().setPose(pose);
        }
    }

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
}

QWidget* MainWindow::createAuditPage()
{
    auto* page = new QWidget;
    auto* table = new QTableWidget;
    auto* status = new QLabel;
    auto* verify = new QPushButton(tr("Verify the chain"));
    const auto load = [this, table, status] {
        const auto rows = core::AuditLog(m_db).recent(2000);
        const QStringList headers{tr("Row"),    tr("Time (UTC)"), tr("Account"), tr("Workstation"),
                                  tr("Action"), tr("Object"),     tr("Result"),  tr("Details")};
        table->clear();
        table->setColumnCount(int(headers.size()));
        table->setHorizontalHeaderLabels(headers);
        table->setRowCount(int(rows.size()));
        for (int r = 0; r < int(rows.size()); ++r) {
            const auto& e = rows[size_t(r)];
            const QStringList cells{QString::number(e.id), e.at,           e.entry.account,
                                    e.entry.workstation,   e.entry.action, e.entry.object,
                                    e.entry.result,        e.entry.details};
            for (int c = 0; c < 8; ++c)
                table->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
        table->resizeColumnsToContents();
        const auto v = core::AuditLog(m_db).verify();
        status->setText(v.ok ? tr("The chain holds: %1 rows").arg(v.rows)
                             : tr("The chain is broken at row %1: %2").arg(*v.firstBadRow).arg(v.reason));
    };
    connect(verify, &QPushButton::clicked, page, load);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(page);
    auto* bar = new QHBoxLayout;
    bar->addWidget(status, 1);
    bar->addWidget(verify);
    layout->addLayout(bar);
    layout->addWidget(table);
    load();
    return page;
}

void MainWindow::showHousehold(core::Id buildingId, core::Id dwellingId)
{
    if (m_panel->building() != buildingId)
        m_panel->showBuilding(buildingId);
    m_panel->selectDwelling(dwellingId);
}

void MainWindow::showQuota()
{
    const QDate today = QDate::currentDate();
    const core::MonthlyQuota quota =
        m_visits->monthlyQuota(m_session->worker.id, today.year(), today.month());
    m_quota->setText(tr("Visited this month: %1/%2 households").arg(quota.households).arg(quota.target));
    m_quota->setStyleSheet(quota.met() ? QStringLiteral("color: #1b6e20") : QStringLiteral("color: #8a5a00"));
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
    if (!m_session || !m_auth || m_locked)
        return;
    m_locked = true;
    centralWidget()->hide(); // nothing personal on screen while away; widgets keep their state
    std::unique_ptr<LoginDialog> unlock(LoginDialog::forUnlock(*m_auth, *m_session, this));
    unlock->setWindowFlag(Qt::WindowCloseButtonHint, false);
    while (unlock->exec() != QDialog::Accepted) {
    }
    centralWidget()->show();
    m_locked = false;
    m_idle->touch();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::createMapPage()
{
    const core::DistrictRepository district(m_db);
    map::SceneInput input{district.communities(), district.areas(), district.lanes(), district.buildings()};
    auto scene = std::make_shared<map::DistrictScene>(input);
    m_map->setScene(scene);

    // Tooltips: address, households, residents; occupancy is read once for the whole district.
    auto occupancy = std::make_shared<std::unordered_map<core::Id, core::Occupancy>>(
        core::ResidentRepository(m_db).occupancyByBuilding());
    auto addresses = std::make_shared<QHash<core::Id, QString>>();
    QStringList completions;
    for (const core::Building& b : input.buildings) {
        (*addresses)[b.id] = b.address;
        completions << b.address << b.code;
    }
    m_map->setDescriber([this, occupancy, addresses](core::Id id) {
        const core::Occupancy o = occupancy->count(id) ? occupancy->at(id) : core::Occupancy{};
        return tr("%1\n%2 households · %3 residents")
            .arg(addresses->value(id))
            .arg(o.households)
            .arg(o.residents);
    });
    connect(m_map, &MapWidget::buildingClicked, this, [this](core::Id id) { showBuilding(id, false); });
    connect(m_map, &MapWidget::areaClicked, m_map, &MapWidget::flyToArea);
    connect(m_map, &MapWidget::buildingActivated, this, &MainWindow::openFloors);
    connect(m_panel, &HouseholdPanel::openFloorsRequested, this, &MainWindow::openFloors);
    connect(m_map, &MapWidget::dwellingClicked, m_panel,
            [this](core::Id dwelling) { m_panel->selectDwelling(dwelling); });
    connect(m_map, &MapWidget::floorsClosed, this, &MainWindow::showDistrictLegend);

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Find an address or building code"));
    m_search->setClearButtonEnabled(true);
    auto* completer = new QCompleter(completions, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!searchBuilding(m_search->text()))
            statusBar()->showMessage(tr("No building matches “%1”").arg(m_search->text()), 5000);
    });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) { searchBuilding(text); });

    // Only modes whose data exists are offered (rental grades arrive with the rental module).
    auto* mode = new QComboBox;
    mode->addItem(tr("Colour by responsibility area"));
    auto lastVisits = std::make_shared<std::unordered_map<core::Id, QDate>>(core::lastVisitByBuilding(m_db));
    if (!lastVisits->empty())
        mode->addItem(tr("Colour by days since the last visit"));
    connect(mode, &QComboBox::currentIndexChanged, this, [this, lastVisits](int index) {
        if (index == 0) {
            m_map->scene()->colourByArea([this] {
                const std::set<core::Id> own = m_access ? m_access->ownAreas() : std::set<core::Id>{};
                return std::vector<core::Id>(own.begin(), own.end());
            }());
            showDistrictLegend();
        } else {
            // Recency: the latest visit to any household of the building, in four bands.
            std::unordered_map<core::Id, osg::Vec4> colours;
            const QDate today = QDate::currentDate();
            for (const auto& [building, day] : *lastVisits)
                colours[building] = recencyColour(day.daysTo(today));
            m_map->scene()->setBuildingColours(colours, recencyColour(100000));
            QStringList entries;
            for (const auto& [days, label] :
                 std::vector<std::pair<int, QString>>{{0, tr("within 30 days")},
                                                      {31, tr("31–90 days")},
                                                      {91, tr("91–180 days")},
                                                      {100000, tr("longer or never")}})
                entries << swatch(recencyColour(days)) + QStringLiteral("&nbsp;") + label;
            m_legend->setText(tr("Days since the last visit: ") +
                              entries.join(QStringLiteral("&nbsp;&nbsp; ")));
        }
        m_map->update();
    });
    auto* homeButton = new QToolButton;
    homeButton->setText(tr("Whole district"));
    connect(homeButton, &QToolButton::clicked, m_map, [this] {
        m_map->closeFloors();
        m_map->home();
    });

    m_legend = new QLabel;
    m_legend->setWordWrap(true);
    QStringList entries;
    for (const core::Community& c : input.communities)
        entries << swatch(scene->communityColour(c.id)) + QStringLiteral("&nbsp;") + c.name.toHtmlEscaped();
    m_districtLegend =
        tr("Areas take their community's colour: ") + entries.join(QStringLiteral("&nbsp;&nbsp; "));
    showDistrictLegend();

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(mode);
    bar->addWidget(homeButton);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_legend);
    return page;
}

void MainWindow::showDistrictLegend()
{
    m_legend->setText(m_districtLegend);
}

void MainWindow::showFloorLegend()
{
    QStringList entries;
    for (auto state : {core::DwellingState::OwnerOccupied, core::DwellingState::Rented,
                       core::DwellingState::FloatingHousehold, core::DwellingState::SpecialGroupHousehold,
                       core::DwellingState::Vacant})
        entries << swatch(map::FloorScene::stateColour(state)) + QStringLiteral("&nbsp;") +
                       dwellingStateLabel(state);
    m_legend->setText(tr("Floor view (Esc returns to the district): ") +
                      entries.join(QStringLiteral("&nbsp;&nbsp; ")));
}

void MainWindow::openFloors(core::Id buildingId)
{
    if (m_panel->building() != buildingId)
        showBuilding(buildingId, false);
    auto floors =
        std::make_shared<map::FloorScene>(core::ResidentRepository(m_db).dwellingStatuses(buildingId));
    m_map->openFloors(floors);
    m_map->setFocus();
    showFloorLegend();
}

void MainWindow::showBuilding(core::Id buildingId, bool fly)
{
    m_map->selectBuilding(buildingId);
    if (fly)
        m_map->flyToBuilding(buildingId);
    m_panel->showBuilding(buildingId);
}

bool MainWindow::searchBuilding(const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    std::optional<core::Id> partial;
    for (const core::Building& b : core::DistrictRepository(m_db).buildings()) {
        if (b.address == wanted || b.code.compare(wanted, Qt::CaseInsensitive) == 0) {
            showBuilding(b.id);
            return true;
        }
        if (!partial && (b.address.contains(wanted) || b.code.contains(wanted, Qt::CaseInsensitive)))
            partial = b.id;
    }
    if (partial)
        showBuilding(*partial);
    return partial.has_value();
}

void MainWindow::showTreeDetails(const QModelIndex& index)
{
    // Anything at or below a building shows that building in the household panel.
    for (QModelIndex i = index.siblingAtColumn(0); i.isValid(); i = i.parent()) {
        if (i.data(DistrictTreeModel::KindRole).toInt() == int(DistrictTreeModel::Kind::Building)) {
            showBuilding(i.data(DistrictTreeModel::IdRole).toLongLong(), false);
            return;
        }
    }
}

} // namespace shegong::ui
