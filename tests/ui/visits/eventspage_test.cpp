#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/ui/visits/eventdialog.h"
#include "shegong/ui/visits/eventspage.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <gtest/gtest.h>

using namespace shegong;

TEST(EventsPage, OverdueStandOutAndAStepIsRecorded)
{
    test::TestDatabase t;
    ASSERT_TRUE(core::generateDemoDistrict(t.db(), core::DemoOptions{19, 0.1, QDate(2026, 11, 1)}));
    core::setDemoPasswords(t.db());
    core::AuthSettings fast;
    fast.hashLimits = core::PasswordHasher::minimumLimits();
    fast.tryingDemo = true; // the demo accounts as `--demo` opens them
    core::AuthService auth(t.db(), fast);
    const core::Access access(
        t.db(), auth.login(QStringLiteral("sg001"), core::kDemoPassword, QStringLiteral("PC")).value());
    ui::EventsPage page(access);
    QAbstractItemModelTester tester(page.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    const auto open = core::EventService(access).openEvents(access.session().worker.id);
    ASSERT_EQ(page.table()->model()->rowCount(), int(open.size()));
    for (const auto& e : open)
        EXPECT_TRUE(e.status == core::EventStatus::Open || e.status == core::EventStatus::InProgress)
            << "by default the list holds what still needs the worker";
    const auto withResolved = core::EventService(access).openEvents(access.session().worker.id, true);
    page.resolvedFilter()->setChecked(true);
    EXPECT_EQ(page.table()->model()->rowCount(), int(withResolved.size()));
    page.resolvedFilter()->setChecked(false);
    ASSERT_EQ(page.table()->model()->rowCount(), int(open.size()));
    EXPECT_EQ(page.unvisitedList()->count(), 20) << "the twenty households unvisited the longest";
    ASSERT_FALSE(open.empty());
    int target = -1;
    for (int row = 0; row < int(open.size()); ++row) {
        EXPECT_EQ(page.table()->model()->index(row, 0).data(Qt::FontRole).value<QFont>().bold(),
                  open[size_t(row)].overdue)
            << "overdue stand out";
        if (target < 0 && open[size_t(row)].status == core::EventStatus::Open)
            target = row;
    }
    if (target < 0)
        GTEST_SKIP() << "no open event in this sample";
    const core::Id id = open[size_t(target)].id;
    QSignalSpy shown(&page, &ui::EventsPage::householdSelected);
    page.table()->selectRow(target);
    ASSERT_GE(shown.count(), 1) << "the household panel beside follows the event";
    EXPECT_GT(shown.last().at(0).value<core::Id>(), 0);
    const int logged = page.findChild<QListWidget*>()->count();
    EXPECT_GE(logged, 1) << "the demo's events have their opening in the log";
    ASSERT_TRUE(page.advanceSelected(core::EventStatus::InProgress));
    core::Statement status = prepare(t.db(), "SELECT status FROM events WHERE id = ?");
    status.bind(id);
    status.next();
    EXPECT_EQ(status.text(0), QStringLiteral("in_progress"));
    status.reset();
    EXPECT_EQ(page.findChild<QListWidget*>()->count(), logged + 1) << "the step is in the log";
    ASSERT_TRUE(page.escalateSelected(core::EscalationLevel::Community, QStringLiteral("需社区协调")));
    EXPECT_EQ(page.findChild<QListWidget*>()->count(), logged + 2);
}

// GIVEN a worker's household, WHEN a matter is opened through the dialog for one member, THEN it is
// listed on the events page; an empty description is refused in the dialog.
TEST(EventsPage, ANewEventFromTheDialogIsListed)
{
    test::DemoDistrict t(core::DemoOptions{19, 0.05, QDate(2026, 11, 1)});
    const core::Access access(t.db(), t.login(QStringLiteral("sg001")));
    core::Statement household = prepare(
        t.db(), "SELECT h.id FROM households h JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON"
                " b.id = d.building_id WHERE b.area_id = ? AND h.moved_out IS NULL ORDER BY h.id LIMIT 1");
    household.bind(*access.ownAreas().begin());
    ASSERT_TRUE(household.next());
    const core::EventService events(access);
    ui::EventDialog dialog(events, access, household.integer(0), QStringLiteral("测试户"));
    ASSERT_GT(dialog.memberField()->count(), 1) << "the whole household, then each member";
    EXPECT_EQ(dialog.dueField()->date(), QDate::currentDate().addDays(14));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());

    dialog.memberField()->setCurrentIndex(1);
    dialog.categoryField()->setCurrentIndex(dialog.categoryField()->findData(int(core::Duty::Mediation)));
    dialog.descriptionField()->setPlainText(QStringLiteral("邻里噪音纠纷，约双方周五调解"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.messageLabel()->text().toStdString();

    ui::EventsPage page(access);
    bool listed = false;
    for (int row = 0; row < page.table()->model()->rowCount(); ++row)
        for (int c = 0; c < page.table()->model()->columnCount(); ++c)
            listed |= page.table()->model()->index(row, c).data().toString().contains(
                QStringLiteral("邻里噪音纠纷"));
    EXPECT_TRUE(listed);
}
