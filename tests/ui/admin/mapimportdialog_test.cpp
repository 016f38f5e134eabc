// The administrator's map import offscreen: a file read, its buildings drawn over the demo district's,
// every bad feature listed, nothing written until the import, and then only the good ones.
#include "demodistrict.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/security/access.h"
#include "shegong/ui/admin/mapimportdialog.h"

#include <QCheckBox>
#include <QListWidget>
#include <gtest/gtest.h>

using namespace shegong;

TEST(MapImportDialog, ReadsDrawsListsAndImportsTheGoodFeatures)
{
    test::DemoDistrict district(core::DemoOptions{19, 0.05, QDate(2026, 11, 1)});
    const core::Database& db = district.db();
    const core::Access admin(db, test::sessionFor(db, QStringLiteral("admin")));
    const size_t before = core::DistrictRepository(db).buildings().size();
    ui::MapImportDialog dialog(admin);
    ASSERT_TRUE(dialog.read(QStringLiteral(SHEGONG_TEST_DATA "/import-mixed.geojson")));
    ASSERT_TRUE(dialog.dryRun());
    EXPECT_EQ(dialog.dryRun()->footprints.size(), 1u) << "X-4, drawn in orange";
    EXPECT_EQ(dialog.findings()->count(), 4) << "three bad features and a shop left out";
    EXPECT_EQ(core::DistrictRepository(db).buildings().size(), before) << "the dry run writes nothing";
    dialog.resize(1000, 640);
    dialog.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/map-import.png"));
    EXPECT_FALSE(dialog.import()) << "bad features: nothing without the box ticked";
    dialog.skipBad()->setChecked(true);
    const auto done = dialog.import();
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_EQ(done->added, 1);
    EXPECT_EQ(core::DistrictRepository(db).buildings().size(), before + 1);
}
