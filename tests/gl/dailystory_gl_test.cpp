// The daily story, end to end on a real X server: a social worker logs in, clicks a building on the 3D
// map, sees its households, records a visit, and at month end prints the monthly workload report.
#include "demodistrict.h"
#include "pdftext.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/i18n/translations.h"
#include "shegong/map/districtscene.h"
#include "shegong/ui/admin/logindialog.h"
#include "shegong/ui/map/householdpanel.h"
#include "shegong/ui/map/mappage.h"
#include "shegong/ui/map/mapwidget.h"
#include "shegong/ui/registry/districttreemodel.h"
#include "shegong/ui/reports/reportspage.h"
#include "shegong/ui/shell/mainwindow.h"
#include "shegong/ui/shell/modulebar.h"
#include "shegong/ui/visits/quotalabel.h"
#include "shegong/ui/visits/visitdialog.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace shegong;

TEST(DailyStory, LogInClickABuildingRecordAVisitPrintTheMonth)
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        GTEST_SKIP() << "needs an X server with GL (run under xvfb-run)";
    test::TestDatabase t(QStringLiteral("story.db"));
    ASSERT_TRUE(core::generateDemoDistrict(t.db(), core::DemoOptions{2026, 0.2, QDate(2026, 11, 1)}));
    core::setDemoPasswords(t.db());
    core::AuthSettings fast;
    fast.hashLimits = core::PasswordHasher::minimumLimits();
    fast.tryingDemo = true; // the demo accounts as `--demo` opens them
    core::AuthService auth(t.db(), fast);

    // Log in.
    ui::LoginDialog login(auth, QStringLiteral("PC-07"));
    login.accountField()->setText(QStringLiteral("sg001"));
    login.passwordField()->setText(core::kDemoPassword);
    login.accept();
    ASSERT_TRUE(login.session()) << login.messageLabel()->text().toStdString();
    ui::MainWindow window(t.db(), &auth, *login.session());
    window.resize(1440, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.modules()->keys(),
              (QStringList{QStringLiteral("map"), QStringLiteral("district"), QStringLiteral("residents"),
                           QStringLiteral("events"), QStringLiteral("rental"), QStringLiteral("mediation"),
                           QStringLiteral("reports")}))
        << "a worker's modules; no empty pages, no administration";

    // Click a building of the worker's own area on the map.
    const core::Access access(t.db(), *login.session());
    ui::MapWidget* map = window.page<ui::MapPage>(QStringLiteral("map"))->mapWidget();
    const map::BuildingEntry* entry = nullptr;
    for (const auto& b : map->scene()->buildings())
        if (access.ownAreas().count(b.areaId) &&
            core::ResidentRepository(t.db()).occupancyOf(b.id).households > 0) {
            entry = &b;
            break;
        }
    ASSERT_NE(entry, nullptr);
    map->camera().setPose({osg::Vec3d(entry->box.center().x(), entry->box.center().y(), 0), 260, 15, 55});
    map->update();
    QTest::qWait(50);
    const double ratio = map->devicePixelRatioF();
    const int w = int(map->width() * ratio), h = int(map->height() * ratio);
    const osg::Vec3d roof = osg::Vec3d(entry->box.center().x(), entry->box.center().y(), entry->box.zMax()) *
                            map->camera().viewMatrix() * map->camera().projectionMatrix(double(w) / h) *
                            osg::Matrixd::translate(1, 1, 1) * osg::Matrixd::scale(0.5 * w, 0.5 * h, 0.5);
    const QPoint click(int(roof.x() / ratio), int((h - roof.y()) / ratio));
    ASSERT_EQ(map->buildingAt(click), entry->id);
    QTest::mouseClick(map, Qt::LeftButton, {}, click);

    // Its households are in the panel.
    ui::HouseholdPanel* panel = window.householdPanel();
    ASSERT_EQ(panel->building(), entry->id);
    QModelIndex household;
    for (int row = 0; row < panel->model()->rowCount() && !household.isValid(); ++row)
        household = panel->model()->index(0, 0, panel->model()->index(row, 0));
    ASSERT_TRUE(household.isValid()) << "the building's households are listed";
    panel->view()->setCurrentIndex(household);
    ASSERT_NE(panel->currentHousehold(), 0);

    // Record a visit through the dialog.
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ui::VisitDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->dutyBox(core::Duty::Health)->setChecked(true);
        dialog->notesField()->setPlainText(QStringLiteral("血压正常，提醒按时服药"));
        dialog->accept();
    });
    const core::Id visit = panel->recordVisit();
    ASSERT_NE(visit, 0);
    ASSERT_GT(panel->historyView()->count(), 0);
    EXPECT_TRUE(panel->historyView()->item(0)->text().contains(QDate::currentDate().toString(Qt::ISODate)))
        << "the new visit heads the household's history";
    const QDate today = QDate::currentDate();
    const auto quota =
        core::VisitService(access).monthlyQuota(login.session()->worker.id, today.year(), today.month());
    EXPECT_GE(quota.households, 1);
    auto* quotaLabel = window.findChild<ui::QuotaLabel*>();
    ASSERT_NE(quotaLabel, nullptr);
    EXPECT_TRUE(quotaLabel->text().contains(QStringLiteral("%1/%2").arg(quota.households).arg(quota.target)))
        << quotaLabel->text().toStdString();
    QTest::qWait(50);
    window.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/story-map.png"));

    // Month end: the workload report, with the visit in it, printed to PDF.
    ASSERT_TRUE(window.modules()->showModule(QStringLiteral("reports")));
    auto* reports = qobject_cast<ui::ReportsPage*>(window.modules()->page(QStringLiteral("reports")));
    ASSERT_NE(reports, nullptr);
    EXPECT_FALSE(panel->isVisible()) << "the report gets the whole width";
    reports->showMonth(today.year(), today.month());
    ASSERT_TRUE(reports->report());
    const auto mine = std::find_if(reports->report()->workers.begin(), reports->report()->workers.end(),
                                   [](const auto& w) { return w.account == QLatin1String("sg001"); });
    ASSERT_NE(mine, reports->report()->workers.end());
    EXPECT_EQ(mine->householdsVisited, quota.households);
    const QString pdf = t.folder() + QStringLiteral("/workload.pdf");
    ASSERT_TRUE(reports->exportPdf(pdf));
    const QString text = test::pdfText(pdf);
    if (!text.isEmpty()) {
        EXPECT_TRUE(test::pdfPattern(mine->name).match(text).hasMatch());
    }
    QApplication::processEvents(); // the layout follows the hidden panel before the picture
    window.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/story-reports.png"));
}

// The read scope as the worker meets it on the map: another area's building shows its address and
// counts, no household; its floor view is a grey shell marked "outside your areas".
TEST(DailyStory, ABuildingOutsideTheWorkersAreasShowsItsShapeNotItsPeople)
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        GTEST_SKIP() << "needs an X server with GL (run under xvfb-run)";
    test::TestDatabase t(QStringLiteral("scope.db"));
    ASSERT_TRUE(core::generateDemoDistrict(t.db(), core::DemoOptions{2026, 0.2, QDate(2026, 11, 1)}));
    const core::Session session = test::sessionFor(t.db(), QStringLiteral("sg001"));
    ui::MainWindow window(t.db(), nullptr, session);
    window.resize(1440, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const core::Access access(t.db(), session);
    core::Id foreign = 0;
    for (const core::Building& b : core::DistrictRepository(t.db()).buildings())
        if (!access.may(core::Permission::ViewResidents, b.areaId) &&
            core::ResidentRepository(t.db()).occupancyOf(b.id).households > 0) {
            foreign = b.id;
            break;
        }
    ASSERT_NE(foreign, 0);
    auto* page = window.page<ui::MapPage>(QStringLiteral("map"));
    page->openFloors(foreign);
    QTest::qWait(100);
    ui::HouseholdPanel* panel = window.householdPanel();
    ASSERT_EQ(panel->building(), foreign);
    for (int d = 0; d < panel->model()->rowCount(); ++d)
        EXPECT_EQ(panel->model()->rowCount(panel->model()->index(d, 0)), 0) << "no household shown";
    EXPECT_TRUE(page->legendText().contains(QStringLiteral("不在您的片区")))
        << page->legendText().toStdString();
    window.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/scope-outside.png"));
}

// The worker widens the household panel by dragging its edge; the next window opens at that width.
TEST(DailyStory, ThePanelKeepsTheWidthTheWorkerGaveIt)
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        GTEST_SKIP() << "needs an X server with GL (run under xvfb-run)";
    QCoreApplication::setOrganizationName(QStringLiteral("shegong-gl-test"));
    QSettings().remove(QStringLiteral("shell/panelWidth"));
    test::TestDatabase t(QStringLiteral("width.db"));
    ASSERT_TRUE(core::generateDemoDistrict(t.db(), core::DemoOptions{3, 0.05, QDate(2026, 11, 1)}));
    const core::Session session = test::sessionFor(t.db(), QStringLiteral("sg001"));
    int widened = 0;
    {
        ui::MainWindow window(t.db(), nullptr, session);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const int before = window.householdPanel()->width();
        EXPECT_NEAR(before, 460, 40) << "the default width";
        auto* splitter = qobject_cast<QSplitter*>(window.centralWidget());
        ASSERT_NE(splitter, nullptr);
        QWidget* edge = splitter->handle(1);
        const QPoint grip(edge->width() / 2, edge->height() / 2);
        QTest::mousePress(edge, Qt::LeftButton, {}, grip);
        QTest::mouseMove(edge, grip - QPoint(150, 0));
        QTest::mouseRelease(edge, Qt::LeftButton, {}, grip - QPoint(150, 0));
        widened = window.householdPanel()->width();
        EXPECT_NEAR(widened, before + 150, 10);
    }
    ui::MainWindow again(t.db(), nullptr, session);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.householdPanel()->width(), widened);
    QSettings().remove(QStringLiteral("shell/panelWidth"));
}

namespace {

//! The buttons of `root` whose text does not fit them (shown narrower than their size hint).
QStringList cutButtons(const QWidget* root)
{
    QStringList cut;
    for (const QAbstractButton* b : root->findChildren<QAbstractButton*>())
        if (b->isVisibleTo(root) && !b->text().isEmpty() && b->width() < b->sizeHint().width())
            cut << QStringLiteral("%1 (%2 < %3)").arg(b->text()).arg(b->width()).arg(b->sizeHint().width());
    return cut;
}

} // namespace

// In English, every module's buttons fit their text in the window's usual size, the household panel's
// too at its default width (English words are longer than the Chinese they replace).
TEST(DailyStory, InEnglishEveryButtonFitsItsText)
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        GTEST_SKIP() << "needs an X server with GL (run under xvfb-run)";
    i18n::installTranslations(*qApp, QStringLiteral("en"));
    test::TestDatabase t(QStringLiteral("english.db"));
    ASSERT_TRUE(core::generateDemoDistrict(t.db(), core::DemoOptions{5, 0.05, QDate(2026, 11, 1)}));
    for (const char* account : {"admin", "sg001"}) {
        const core::Session session = test::sessionFor(t.db(), QString::fromLatin1(account));
        ui::MainWindow window(t.db(), nullptr, session);
        window.resize(1440, 900);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const core::Access access(t.db(), session);
        for (const core::Building& b : core::DistrictRepository(t.db()).buildings())
            if (access.may(core::Permission::ViewResidents, b.areaId)) {
                window.householdPanel()->showBuilding(b.id);
                break;
            }
        for (const QString& key : window.modules()->keys()) {
            window.modules()->showModule(key);
            QTest::qWait(20);
            const QStringList cut = cutButtons(&window);
            EXPECT_TRUE(cut.isEmpty()) << account << " · " << key.toStdString() << ": "
                                       << cut.join(QStringLiteral("; ")).toStdString();
        }
        window.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/english-%1.png").arg(QLatin1String(account)));
    }
    i18n::installTranslations(*qApp, QStringLiteral("zh_CN"));
}
