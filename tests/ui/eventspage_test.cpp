#include "shegong/core/demogenerator.h"
#include "shegong/ui/eventspage.h"
#include "testdatabase.h"

#include <QListWidget>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace shegong;

TEST(EventsPage, OverdueStandOutAndAStepIsRecorded)
{
    test::TestDatabase t;
    ASSERT_TRUE(core::generateDemoDistrict(t.db(), core::DemoOptions{19, 0.1, QDate(2026, 11, 1)}));
    core::setDemoPasswords(t.db());
    core::AuthSettings fast;
    fast.hashLimits = core::PasswordHasher::minimumLimits();
    core::AuthService auth(t.db(), fast);
    const core::Access access(t.db(), auth.login("sg001", core::kDemoPassword, "PC").value());
    ui::EventsPage page(access);

    const auto open = core::EventService(access).openEvents(access.session().worker.id);
    ASSERT_EQ(page.table()->rowCount(), int(open.size()));
    EXPECT_EQ(page.unvisitedList()->count(), 20) << "the twenty households unvisited the longest";
    ASSERT_FALSE(open.empty());
    int target = -1;
    for (int row = 0; row < int(open.size()); ++row) {
        EXPECT_EQ(page.table()->item(row, 0)->font().bold(), open[size_t(row)].overdue)
            << "overdue stand out";
        if (target < 0 && open[size_t(row)].status == core::EventStatus::Open)
            target = row;
    }
    if (target < 0)
        GTEST_SKIP() << "no open event in this sample";
    const core::Id id = open[size_t(target)].id;
    page.table()->selectRow(target);
    ASSERT_TRUE(page.advanceSelected(core::EventStatus::InProgress));
    core::Statement status = t.db().prepare("SELECT status FROM events WHERE id = ?");
    status.bind(id);
    status.next();
    EXPECT_EQ(status.text(0), QStringLiteral("in_progress"));
    status.reset();
    EXPECT_EQ(page.findChild<QListWidget*>()->count(), 1) << "the step is in the log";
    ASSERT_TRUE(page.escalateSelected(core::EscalationLevel::Community, QStringLiteral("需社区协调")));
    EXPECT_EQ(page.findChild<QListWidget*>()->count(), 2);
}
