#include "shegong/core/demogenerator.h"
#include "shegong/core/pinyin.h"
#include "shegong/ui/registrypage.h"
#include "shegong/ui/residenttablemodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <gtest/gtest.h>

using namespace shegong;

TEST(Registry, LazyTablePassesTheModelTesterAndSearchesAsYouType)
{
    test::TestDatabase t;
    ASSERT_TRUE(core::generateDemoDistrict(t.db(), core::DemoOptions{6, 0.2, QDate(2026, 11, 1)}));
    core::setDemoPasswords(t.db());
    core::AuthSettings fast;
    fast.hashLimits = core::PasswordHasher::minimumLimits();
    core::AuthService auth(t.db(), fast);
    const core::Access admin(t.db(), auth.login("admin", core::kDemoPassword, "PC").value());

    const core::ResidentSearch search(admin);
    ui::ResidentTableModel standalone(search);
    QAbstractItemModelTester tester(&standalone, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ui::ResidentTableModel* model = &standalone;
    EXPECT_GT(model->totalCount(), 10000);
    // Loaded a page at a time (the tester itself fetches a few): never everything at once.
    const int loaded = model->rowCount();
    EXPECT_EQ(loaded % ui::ResidentTableModel::kPage, 0);
    EXPECT_LT(loaded, model->totalCount());
    ASSERT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), loaded + ui::ResidentTableModel::kPage);

    // Type pinyin initials of a real resident into the page.
    ui::RegistryPage page(admin);
    model = page.model();
    const QString name = model->index(0, ui::ResidentTableModel::Name).data().toString();
    const QString initials = core::pinyinInitials(name);
    page.searchField()->setText(initials.contains(u'?') ? name : initials);
    page.search();
    ASSERT_GT(model->totalCount(), 0);
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row)
        found |= model->index(row, ui::ResidentTableModel::Name).data().toString() == name;
    EXPECT_TRUE(found) << name.toStdString();
    EXPECT_TRUE(
        model->index(0, ui::ResidentTableModel::IdNumber).data().toString().contains(QStringLiteral("****")));

    page.resize(1200, 500);
    page.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/registry.png"));
    QSignalSpy opened(&page, &ui::RegistryPage::householdRequested);
    page.findChild<QTableView*>()->doubleClicked(model->index(0, 0));
    ASSERT_EQ(opened.count(), 1);
    EXPECT_GT(opened.at(0).at(0).value<core::Id>(), 0);
}
