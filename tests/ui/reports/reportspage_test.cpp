#include "demodistrict.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/security/access.h"
#include "shegong/ui/reports/reportspage.h"
#include "shegong/ui/reports/scorerulesdialog.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <gtest/gtest.h>

using namespace shegong;

TEST(ReportsPage, ShowsTheMonthExportsAndTracesFiguresToVisits)
{
    test::TestDatabase t;
    ASSERT_TRUE(core::generateDemoDistrict(t.db(), core::DemoOptions{12, 0.1, QDate(2026, 11, 1)}));
    const core::Access admin(t.db(), test::sessionFor(t.db(), QStringLiteral("admin")));
    ui::ReportsPage page(admin);
    QAbstractItemModelTester tester(page.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.showMonth(2026, 10);
    ASSERT_TRUE(page.report());
    EXPECT_EQ(page.suggestedFileName(QStringLiteral("pdf")),
              QStringLiteral("责任社工月度工作量报表-全街道-2026-10.pdf"));
    EXPECT_EQ(page.table()->model()->rowCount(),
              int(page.report()->workers.size() + page.report()->totals.size()));
    const core::WorkerWorkload& first = page.report()->workers.front();
    EXPECT_EQ(page.table()->model()->index(0, 0).data().toString(), first.name);
    int events = 0;
    for (size_t i = 0; i < core::kDutyCount; ++i)
        events += first.eventsOpened[i];
    EXPECT_GE(page.visitsBehind(first.workerId).size(), first.visits + events)
        << "every visit and every event opened behind the figures";

    const QString pdf = t.folder() + QStringLiteral("/r.pdf"), csv = t.folder() + QStringLiteral("/r.csv");
    ASSERT_TRUE(page.exportPdf(pdf));
    ASSERT_TRUE(page.exportCsv(csv));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    EXPECT_GT(QFile(csv).size(), 1000);
}

TEST(ReportsPage, ASocialWorkerSeesOnlyTheirOwnRow)
{
    test::TestDatabase t;
    ASSERT_TRUE(core::generateDemoDistrict(t.db(), core::DemoOptions{12, 0.1, QDate(2026, 11, 1)}));
    const core::Access worker(t.db(), test::sessionFor(t.db(), QStringLiteral("sg001")));
    ui::ReportsPage page(worker);
    page.showMonth(2026, 10);
    ASSERT_TRUE(page.report());
    ASSERT_EQ(page.report()->workers.size(), 1u);
    EXPECT_EQ(page.report()->workers.front().account, QStringLiteral("sg001"));
    EXPECT_TRUE(page.report()->totals.empty()) << "the community's totals are made of the colleagues' rows";
    EXPECT_EQ(page.table()->model()->rowCount(), 1);
    const auto colleague = core::buildWorkloadReport(t.db(), 2026, 10)->workers.at(1).workerId;
    EXPECT_EQ(page.visitsBehind(colleague).size(), 1) << "one line: the refusal";
}

// Qt's own dialogs (file, print preview) speak the UI's language: Qt's translations are loaded too.
TEST(Translations, QtsOwnDialogsAreInChinese)
{
    EXPECT_EQ(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("查找范围："));
    QFileDialog dialog;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    QStringList labels;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        labels << label->text();
    EXPECT_FALSE(labels.join(u' ').contains(QStringLiteral("Look in"))) << labels.join(u'|').toStdString();
    EXPECT_TRUE(labels.join(u' ').contains(QStringLiteral("文件名"))) << labels.join(u'|').toStdString();
}

// The administrator sets the score's rules on screen; the form refuses weights not adding up to 100
// and months already past, and a worker's page does not offer it.
TEST(ScoreRulesDialog, TheAdministratorSetsNextMonthsRules)
{
    const QDateTime now(QDate(2026, 11, 20), QTime(10, 0));
    const auto clock = [now] { return now; };
    test::DemoDistrict district(core::DemoOptions{8, 0.05, QDate(2026, 11, 1)}, clock);
    const core::Database& db = district.db();
    const core::Access admin(db, test::sessionFor(db, QStringLiteral("admin")), clock);
    ui::ScoreRulesDialog dialog(admin);
    EXPECT_EQ(dialog.month()->date(), QDate(2026, 12, 1)) << "next month by default";
    EXPECT_EQ(dialog.month()->minimumDate(), QDate(2026, 11, 1)) << "never a month already past";
    EXPECT_EQ(dialog.quota()->value(), 20);
    auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    dialog.visitWeight()->setValue(50);
    EXPECT_FALSE(save->isEnabled()) << "50 + 20 + 20 is not 100";
    dialog.resolvedWeight()->setValue(30);
    EXPECT_TRUE(save->isEnabled());
    dialog.quota()->setValue(15);
    dialog.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/score-rules.png"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.problem().toStdString();
    EXPECT_EQ(core::scoreRulesFor(db, 2026, 12).householdQuota, 15);
    EXPECT_EQ(core::scoreRulesFor(db, 2026, 12).resolvedWeight, 30);
    EXPECT_EQ(core::scoreRulesFor(db, 2026, 11).householdQuota, 20) << "this month keeps its rules";

    const core::Access worker(db, test::sessionFor(db, QStringLiteral("sg001")), clock);
    ui::ReportsPage workersPage(worker), adminsPage(admin);
    const auto offers = [](const QWidget& page) {
        for (const QPushButton* b : page.findChildren<QPushButton*>())
            if (b->text() == ui::ReportsPage::tr("Score rules…"))
                return true;
        return false;
    };
    EXPECT_TRUE(offers(adminsPage));
    EXPECT_FALSE(offers(workersPage));
}
