#include "demodistrict.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/work/workerrepository.h"
#include "shegong/ui/admin/areaspage.h"
#include "shegong/ui/admin/reassigndialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QTableView>
#include <gtest/gtest.h>

using namespace shegong;

// GIVEN a community director, WHEN an area is handed over through the dialog, THEN the page shows the
// new worker from that day, a refused hand-over changes nothing, and the dossier prints to a PDF.
TEST(AreasPage, HandsAnAreaOverAndPrintsItsDossier)
{
    test::DemoDistrict t(core::DemoOptions{9, 0.05, QDate(2026, 11, 1)});
    core::AuthService& auth = t.auth();
    const core::Access director(t.db(), t.login(QStringLiteral("zr01")));

    ui::AreasPage page(director, auth);
    QAbstractItemModelTester tester(page.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto roster = core::areaRoster(director, QDate::currentDate());
    ASSERT_EQ(page.table()->model()->rowCount(), int(roster.size()));
    ASSERT_GE(roster.size(), 2u);
    page.table()->selectRow(0);
    const core::AreaRosterRow area = roster.front();

    const auto candidates = core::eligibleWorkers(t.db(), area.communityId);
    ui::ReassignDialog dialog(auth, director, area, candidates);
    ASSERT_GT(dialog.workerField()->count(), 0);
    for (int i = 0; i < dialog.workerField()->count(); ++i)
        EXPECT_NE(dialog.workerField()->itemData(i).toString(), area.account) << "not to the current worker";
    dialog.fromField()->setDate(area.since); // on the current assignment's first day: refused
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());

    const QDate from = QDate::currentDate().addDays(3);
    dialog.fromField()->setDate(from);
    const QString next = dialog.workerField()->currentData().toString();
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.messageLabel()->text().toStdString();
    EXPECT_EQ(core::WorkerRepository(t.db()).workerOfArea(area.areaId, from)->account, next);

    page.reload();
    page.table()->selectRow(0);
    EXPECT_TRUE(page.table()->model()->index(0, 5).data().toString().contains(from.toString(Qt::ISODate)))
        << "the coming hand-over shows: "
        << page.table()->model()->index(0, 5).data().toString().toStdString();
    EXPECT_TRUE(page.table()->model()->index(0, 3).data().toString().contains(area.account))
        << "the current worker until then";

    const QString pdf = t.folder() + QStringLiteral("/dossier.pdf");
    ASSERT_TRUE(page.saveDossier(pdf));
    EXPECT_GT(QFileInfo(pdf).size(), 10000);
    page.resize(1100, 500);
    page.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/areas.png"));
}
