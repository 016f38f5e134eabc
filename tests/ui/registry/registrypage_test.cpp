#include "shegong/core/base/pinyin.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/ui/registry/registrypage.h"
#include "shegong/ui/registry/residenttablemodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace shegong;

TEST(Registry, LazyTablePassesTheModelTesterAndSearchesAsYouType)
{
    test::TestDatabase t;
    ASSERT_TRUE(core::generateDemoDistrict(t.db(), core::DemoOptions{6, 0.2, QDate(2026, 11, 1)}));
    core::setDemoPasswords(t.db());
    core::AuthSettings fast;
    fast.hashLimits = core::PasswordHasher::minimumLimits();
    fast.tryingDemo = true; // the demo accounts as `--demo` opens them
    core::AuthService auth(t.db(), fast);
    const core::Access admin(
        t.db(), auth.login(QStringLiteral("admin"), core::kDemoPassword, QStringLiteral("PC")).value());

    // Queries run on the search thread: the model fills when resultsReady arrives.
    ui::ResidentTableModel standalone(admin);
    QSignalSpy ready(&standalone, &ui::ResidentTableModel::resultsReady);
    standalone.setQuery({});
    EXPECT_TRUE(standalone.isSearching());
    EXPECT_EQ(standalone.rowCount(), 0) << "nothing waits on the UI thread";
    ASSERT_TRUE(ready.wait(20000));
    QAbstractItemModelTester tester(&standalone, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ui::ResidentTableModel* model = &standalone;
    EXPECT_GT(model->totalCount(), 10000);
    // Loaded a page at a time: never everything at once.
    const int loaded = model->rowCount();
    EXPECT_EQ(loaded, ui::ResidentTableModel::kPage);
    ASSERT_TRUE(model->canFetchMore({}));
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    model->fetchMore({});
    ASSERT_TRUE(inserted.wait(20000));
    EXPECT_EQ(model->rowCount(), loaded + ui::ResidentTableModel::kPage);

    // Sorted by age, oldest first: the first row is at least as old as any later one.
    model->sort(ui::ResidentTableModel::Age, Qt::DescendingOrder);
    ASSERT_TRUE(ready.wait(20000));
    const int oldest = model->index(0, ui::ResidentTableModel::Age).data().toInt();
    for (int row = 1; row < model->rowCount(); ++row)
        ASSERT_LE(model->index(row, ui::ResidentTableModel::Age).data().toInt(), oldest);

    // A query overtaken by a newer one never shows.
    core::ResidentQuery floating;
    floating.registration = core::Registration::Floating;
    model->setQuery({});
    model->setQuery(floating);
    ready.clear();
    ASSERT_TRUE(ready.wait(20000));
    QTest::qWait(200);
    EXPECT_EQ(ready.count(), 1) << "only the latest query answers";
    for (int row = 0; row < model->rowCount(); ++row)
        ASSERT_EQ(model->index(row, ui::ResidentTableModel::Registration).data().toString(),
                  model->index(0, ui::ResidentTableModel::Registration).data().toString());

    // Type pinyin initials of a real resident into the page.
    ui::RegistryPage page(admin);
    model = page.model();
    QSignalSpy pageReady(model, &ui::ResidentTableModel::resultsReady);
    ASSERT_TRUE(pageReady.wait(20000));
    const QString name = model->index(0, ui::ResidentTableModel::Name).data().toString();
    const QString initials = core::pinyinInitials(name);
    page.searchField()->setText(initials.contains(u'?') ? name : initials);
    page.search();
    ASSERT_TRUE(pageReady.wait(20000));
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
