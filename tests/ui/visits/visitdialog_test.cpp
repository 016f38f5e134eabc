#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/ui/map/householdpanel.h"
#include "shegong/ui/registry/districttreemodel.h"
#include "shegong/ui/visits/visitdialog.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace shegong;

// GIVEN a worker's household in the panel, WHEN the visit is recorded through the dialog,
// THEN it appears at the top of the household's history.
TEST(VisitDialog, RecordsAVisitThatAppearsInTheHouseholdHistory)
{
    test::TestDatabase t;
    ASSERT_TRUE(core::generateDemoDistrict(t.db(), core::DemoOptions{9, 0.05, QDate(2026, 11, 1)}));
    core::setDemoPasswords(t.db());
    core::AuthSettings fast;
    fast.hashLimits = core::PasswordHasher::minimumLimits();
    fast.tryingDemo = true; // the demo accounts as `--demo` opens them
    core::AuthService auth(t.db(), fast);
    const core::Access access(
        t.db(), auth.login(QStringLiteral("sg001"), core::kDemoPassword, QStringLiteral("PC-01")).value());
    const core::VisitService visits(access);

    const core::Id area = *access.ownAreas().begin();
    const core::Building building = core::DistrictRepository(t.db()).buildingsOf(area).front();
    ui::HouseholdPanel panel(visits);
    panel.showBuilding(building.id);
    // The first occupied dwelling.
    QModelIndex household;
    for (int row = 0; row < panel.model()->rowCount() && !household.isValid(); ++row)
        household = panel.model()->index(0, 0, panel.model()->index(row, 0));
    ASSERT_TRUE(household.isValid());
    panel.view()->setCurrentIndex(household);
    ASSERT_NE(panel.currentHousehold(), 0);
    const size_t before = visits.history(panel.currentHousehold())->size();

    ui::VisitDialog dialog(visits, panel.currentHousehold(), household.data().toString());
    EXPECT_EQ(dialog.dateField()->date(), QDate::currentDate());
    EXPECT_EQ(dialog.dateField()->maximumDate(), QDate::currentDate()) << "never in the future";
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted) << "no duty chosen";
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());

    dialog.dutyBox(core::Duty::CivilAffairs)->setChecked(true);
    dialog.notesField()->setPlainText(QStringLiteral("了解低保申请进展"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.messageLabel()->text().toStdString();
    ASSERT_NE(dialog.recordedVisit(), 0);

    panel.view()->setCurrentIndex(household.parent()); // re-select: the panel reloads the history
    panel.view()->setCurrentIndex(household);
    EXPECT_EQ(visits.history(panel.currentHousehold())->size(), before + 1);
    EXPECT_EQ(panel.historyView()->count(), int(before + 1));
    EXPECT_TRUE(panel.historyView()->item(0)->text().contains(QDate::currentDate().toString(Qt::ISODate)));
    EXPECT_TRUE(panel.historyView()->item(0)->text().contains(QStringLiteral("了解低保申请进展")));
}
