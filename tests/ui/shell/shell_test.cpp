// The shell's extension points: a module registers itself and shows only for the permitted role; a
// committed write reaches a page that subscribed, with no wiring in the shell.
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/storage/database.h"
#include "shegong/core/work/visitservice.h"
#include "shegong/ui/map/householdpanel.h"
#include "shegong/ui/shell/guardedapplication.h"
#include "shegong/ui/shell/mainwindow.h"
#include "shegong/ui/shell/modulebar.h"
#include "shegong/ui/visits/eventspage.h"
#include "shegong/ui/visits/quotalabel.h"

#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <future>
#include <gtest/gtest.h>
#include <thread>

using namespace shegong;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0));

test::DemoDistrict& district()
{
    static test::DemoDistrict d(core::DemoOptions{4, 0.05, QDate(2026, 11, 1)}, [] { return kNow; });
    return d;
}

// GIVEN a registry with a throwaway module that needs the rental assessor's permission
ui::ModuleRegistry withThrowaway(int* built)
{
    ui::ModuleRegistry registry = ui::builtInModules();
    registry.add({.id = QStringLiteral("throwaway"),
                  .title = QStringLiteral("Throwaway"),
                  .permission = core::Permission::GradeRentals,
                  .createPage = [built](const ui::ModuleContext& c) -> QWidget* {
                      ++*built;
                      return new QLabel(c.access.session().worker.account);
                  }});
    return registry;
}

TEST(Shell, AModuleRegisteredOnceAppearsOnlyForThePermittedRole)
{
    int built = 0;
    const ui::ModuleRegistry registry = withThrowaway(&built);
    // WHEN the assessor logs in THEN the module is in the bar, its page built for the session
    ui::MainWindow assessor(district().db(), &district().auth(), district().login(QStringLiteral("kp01")),
                            registry);
    EXPECT_TRUE(assessor.modules()->keys().contains(QStringLiteral("throwaway")));
    ASSERT_NE(assessor.page<QLabel>(QStringLiteral("throwaway")), nullptr);
    EXPECT_EQ(assessor.page<QLabel>(QStringLiteral("throwaway"))->text(), QStringLiteral("kp01"));
    EXPECT_TRUE(assessor.modules()->showModule(QStringLiteral("throwaway")));
    EXPECT_FALSE(assessor.householdPanel()->isVisibleTo(&assessor)) << "the module asked for no panel";
    EXPECT_EQ(built, 1);
    // WHEN a social worker or the auditor logs in THEN it is not there, and never built
    for (const QString& account : {QStringLiteral("sg001"), QStringLiteral("sj01"), QStringLiteral("tj01")}) {
        ui::MainWindow other(district().db(), &district().auth(), district().login(account), registry);
        EXPECT_FALSE(other.modules()->keys().contains(QStringLiteral("throwaway"))) << account.toStdString();
    }
    EXPECT_EQ(built, 1);
}

//! A visit with a follow-up (it opens an event) to the household the session's worker has left
//! unvisited longest.
bool recordFollowUpVisit(const core::Access& access)
{
    const auto households = core::EventService(access).unvisitedLongest(access.session().worker.id, 1);
    if (households.empty())
        return false;
    core::Visit visit;
    visit.householdId = households.front().householdId;
    visit.visitedOn = kNow.date();
    visit.duties = {core::Duty::Health};
    visit.followUp = true;
    return core::VisitService(access, [] { return kNow; }).recordVisit(visit).ok();
}

TEST(Shell, ACommittedWriteReachesASubscribedPageWithoutWiring)
{
    // GIVEN a worker's events page and quota, standing alone (no shell)
    const core::Access access(district().db(), district().login(QStringLiteral("sg001")),
                              [] { return kNow; });
    ui::EventsPage page(access);
    ui::QuotaLabel quota(access);
    const QString quotaBefore = quota.text();
    const int before = page.table()->model()->rowCount();
    // WHEN a visit with a follow-up is recorded straight through the core service
    ASSERT_TRUE(recordFollowUpVisit(access));
    // THEN the page lists the new event and the quota counts the household
    EXPECT_EQ(page.table()->model()->rowCount(), before + 1);
    EXPECT_NE(quota.text(), quotaBefore) << quota.text().toStdString();
}

TEST(Shell, AVisitRecordedOnAnotherWorkstationReachesThePageAtTheNextLook)
{
    // GIVEN a worker's events page on this workstation's connection
    const core::Access access(district().db(), district().login(QStringLiteral("sg002")),
                              [] { return kNow; });
    ui::EventsPage page(access);
    const int before = page.table()->model()->rowCount();
    // WHEN the same worker records a visit with a follow-up on another PC (its own connection)
    auto other = core::Database::open(district().db().path());
    ASSERT_TRUE(other);
    const core::Access there(*other.value(), access.session(), [] { return kNow; });
    ASSERT_TRUE(recordFollowUpVisit(there));
    EXPECT_EQ(page.table()->model()->rowCount(), before) << "not before this workstation looks";
    // THEN the main window's look (every two seconds) brings it to the page
    EXPECT_GE(district().db().announceChangesElsewhere(), 1);
    EXPECT_EQ(page.table()->model()->rowCount(), before + 1);
}

} // namespace

// The crash barrier: a database error while an event is handled becomes a message, the application
// goes on, and the write that failed left nothing behind.
TEST(CrashBarrier, ADatabaseErrorInAHandlerIsShownAndNothingIsHalfWritten)
{
    test::TestDatabase t;
    const auto counted = [&] {
        core::Statement q = core::prepare(t.db(), "SELECT count(*) FROM communities");
        q.next();
        return q.integer(0);
    };
    const auto before = counted();
    const bool handled = ui::GuardedApplication::deliver([&]() -> bool {
        core::WriteTransaction transaction(t.db());
        core::execute(t.db(), "INSERT INTO communities(code, name) VALUES('C99', '半途社区')");
        throw core::DatabaseError(10, "disk I/O error");
    });
    EXPECT_FALSE(handled);
    EXPECT_EQ(counted(), before) << "rolled back: nothing half-written";
    QMessageBox* shown = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible())
            shown = box;
    ASSERT_NE(shown, nullptr) << "the user is told";
    EXPECT_TRUE(shown->text().contains(QStringLiteral("disk I/O error")));
    shown->close();
    EXPECT_TRUE(ui::GuardedApplication::deliver([] { return true; })) << "and the next event is delivered";
}

// Another workstation holds the write lock: the window says it waits (status bar, wait cursor) and the
// save goes through; one that never lets go ends in the barrier's clear message, nothing saved.
TEST(CrashBarrier, AWriteBehindAnotherWorkstationShowsItWaitsThenSaysWhy)
{
    ui::MainWindow window(district().db(), &district().auth(), district().login(QStringLiteral("admin")));
    window.show();
    QApplication::setActiveWindow(&window);
    core::setBusyWait({std::chrono::seconds(5), &ui::GuardedApplication::showDatabaseWait});
    std::promise<void> holding;
    std::thread other([&] {
        auto second = core::Database::open(district().db().path());
        core::WriteTransaction hold(*second.value());
        holding.set_value();
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        hold.commit();
    });
    holding.get_future().wait();
    district().db().setMeta(QStringLiteral("waited_in_window"), QStringLiteral("yes"));
    other.join();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("正在等待数据库")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_EQ(district().db().meta(QStringLiteral("waited_in_window")), QStringLiteral("yes"));

    core::setBusyWait({std::chrono::milliseconds(600), &ui::GuardedApplication::showDatabaseWait});
    auto second = core::Database::open(district().db().path());
    core::WriteTransaction hold(*second.value());
    const bool handled = ui::GuardedApplication::deliver([&] {
        district().db().setMeta(QStringLiteral("never"), QStringLiteral("saved"));
        return true;
    });
    EXPECT_FALSE(handled);
    QMessageBox* shown = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible())
            shown = box;
    ASSERT_NE(shown, nullptr);
    EXPECT_TRUE(shown->text().contains(QStringLiteral("另一台工作站"))) << shown->text().toStdString();
    shown->close();
    hold.commit();
    core::setBusyWait({std::chrono::seconds(30), &ui::GuardedApplication::showDatabaseWait});
    EXPECT_EQ(district().db().meta(QStringLiteral("never")), QString());
}
