#include "demodistrict.h"
#include "shegong/core/work/workerrepository.h"
#include "shegong/ui/admin/accountdialog.h"
#include "shegong/ui/admin/accountspage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <gtest/gtest.h>

using namespace shegong;

// GIVEN the administrator, WHEN a colleague's account is created, its password reset and the account
// locked through the page, THEN each shows in the list and the new colleague can (or cannot) log in.
TEST(AccountsPage, CreatesResetsAndLocksAccounts)
{
    test::DemoDistrict t(core::DemoOptions{9, 0.05, QDate(2026, 11, 1)});
    const core::Session admin = t.login(QStringLiteral("admin"));
    ui::AccountsPage page(t.auth(), admin, t.db());
    QAbstractItemModelTester tester(page.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const int before = page.table()->model()->rowCount();
    EXPECT_EQ(before, int(core::WorkerRepository(t.db()).workers().size()));

    ui::AccountDialog dialog(t.auth(), admin, t.db());
    dialog.accountField()->setText(QStringLiteral("sg201"));
    dialog.nameField()->setText(QStringLiteral("林晓"));
    dialog.passwordField()->setText(QStringLiteral("Welcome#2026"));
    dialog.repeatField()->setText(QStringLiteral("Welcome#2027"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty()) << "the passwords differ";
    dialog.repeatField()->setText(QStringLiteral("Welcome#2026"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.messageLabel()->text().toStdString();
    const auto created = core::WorkerRepository(t.db()).workerByAccount(QStringLiteral("sg201"));
    ASSERT_TRUE(created);
    EXPECT_EQ(created->role, core::Role::SocialWorker);
    EXPECT_TRUE(created->communityId) << "a social worker belongs to a community";
    auto first =
        t.auth().login(QStringLiteral("sg201"), QStringLiteral("Welcome#2026"), QStringLiteral("PC"));
    ASSERT_TRUE(first);
    EXPECT_TRUE(first->mustChangePassword);

    ui::ResetPasswordDialog reset(t.auth(), admin, QStringLiteral("sg201"));
    reset.passwordField()->setText(QStringLiteral("Again#2026x"));
    reset.repeatField()->setText(QStringLiteral("Again#2026x"));
    reset.accept();
    ASSERT_EQ(reset.result(), QDialog::Accepted) << reset.messageLabel()->text().toStdString();
    EXPECT_TRUE(t.auth().login(QStringLiteral("sg201"), QStringLiteral("Again#2026x"), QStringLiteral("PC")));

    page.reload();
    ASSERT_EQ(page.table()->model()->rowCount(), before + 1);
    int row = -1;
    for (int r = 0; r < page.table()->model()->rowCount(); ++r)
        if (page.table()->model()->index(r, 0).data().toString() == QLatin1String("sg201"))
            row = r;
    ASSERT_GE(row, 0);
    page.table()->selectRow(row);
    ASSERT_TRUE(page.toggleLock());
    EXPECT_FALSE(t.auth().login(QStringLiteral("sg201"), QStringLiteral("Again#2026x"), QStringLiteral("PC")))
        << "locked";
    page.table()->selectRow(row);
    ASSERT_TRUE(page.toggleLock());
    EXPECT_TRUE(t.auth().login(QStringLiteral("sg201"), QStringLiteral("Again#2026x"), QStringLiteral("PC")));
    page.resize(900, 500);
    page.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/accounts.png"));
}
