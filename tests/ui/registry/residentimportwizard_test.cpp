// The import wizard offscreen: a workbook with one good row and one whose ID number Excel spoiled;
// the columns recognised, the check lists the problem by row, the good row is imported.
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/exchange/spreadsheet.h"
#include "shegong/ui/registry/registrypage.h"
#include "shegong/ui/registry/residentimportwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace shegong;

TEST(ResidentImportWizard, TheColumnsTheCheckAndTheGoodRowsImported)
{
    test::DemoDistrict district(core::DemoOptions{17, 0.05, QDate(2026, 11, 1)});
    const core::Database& db = district.db();
    const core::Access admin(db, test::sessionFor(db, QStringLiteral("admin")));
    core::Statement home =
        core::prepare(db, "SELECT b.address, d.stairwell, d.number FROM dwellings d JOIN"
                          " buildings b ON b.id = d.building_id WHERE d.stairwell > 0 LIMIT 1");
    ASSERT_TRUE(home.next());
    const QString first17 = QStringLiteral("11010119900101951");
    exchange::XlsxSheet sheet{QStringLiteral("Sheet1"),
                              {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("楼栋"),
                               QStringLiteral("单元"), QStringLiteral("室")},
                              {{QStringLiteral("向导甲"), first17 + core::idCheckCharacter(first17),
                                home.text(0), qlonglong(home.integer(1)), home.text(2)},
                               {QStringLiteral("向导乙"), 1.10101199001019e17, home.text(0),
                                qlonglong(home.integer(1)), home.text(2)}}};
    home.reset();
    const QString path = district.folder() + QStringLiteral("/wizard.xlsx");
    ASSERT_TRUE(exchange::writeXlsx(path, {sheet}));

    ui::ResidentImportWizard wizard(admin);
    ASSERT_TRUE(wizard.setFile(path));
    EXPECT_EQ(wizard.columnFor(core::ImportField::IdNumber)->currentData().toInt(), 1)
        << "身份证号码 recognised";
    EXPECT_EQ(wizard.columnFor(core::ImportField::Phone)->currentData().toInt(), -1) << "not in the file";
    const core::ImportPlan& plan = wizard.check();
    EXPECT_EQ(plan.creates.size(), 1u);
    ASSERT_EQ(wizard.problems()->rowCount(), 1);
    EXPECT_EQ(wizard.problems()->item(0, 0)->text(), QStringLiteral("3")) << "the spreadsheet's row 3";
    wizard.restart();
    wizard.next();
    wizard.next(); // the check step (checked again on the way)
    EXPECT_EQ(wizard.currentId(), 2);
    wizard.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/import-check.png"));
    EXPECT_FALSE(wizard.commit()) << "refused while a row has a problem";
    wizard.skipProblems()->setChecked(true);
    const auto done = wizard.commit();
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_EQ(done->created, 1);
    EXPECT_EQ(done->skipped, 1);
    // The mapping is remembered for this header.
    ui::ResidentImportWizard again(admin);
    ASSERT_TRUE(again.setFile(path));
    EXPECT_EQ(again.check().unchanged, 1) << "the same file again changes nothing";

    // The registry's current view as a workbook (the administrator may export lists).
    ui::RegistryPage page(admin);
    const QString list = district.folder() + QStringLiteral("/list.xlsx");
    ASSERT_TRUE(page.exportView(list));
    const auto back = exchange::readSpreadsheet(list);
    ASSERT_TRUE(back);
    EXPECT_GT(back->rows.size(), 1u);
}
