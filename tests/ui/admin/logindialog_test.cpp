#include "shegong/core/demo/demogenerator.h"
#include "shegong/ui/admin/logindialog.h"
#include "shegong/ui/audit/auditlogmodel.h"
#include "shegong/ui/audit/auditpage.h"
#include "shegong/ui/map/householdpanel.h"
#include "shegong/ui/map/mapwidget.h"
#include "shegong/ui/registry/districtpage.h"
#include "shegong/ui/registry/districttreemodel.h"
#include "shegong/ui/shell/mainwindow.h"
#include "shegong/ui/shell/modulebar.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>
#include <set>

using namespace shegong;

namespace {

class Login : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(core::generateDemoDistrict(t.db(), core::DemoOptions{4, 0.05, QDate(2026, 11, 1)}));
        core::setDemoPasswords(t.db());
        settings.hashLimits = core::PasswordHasher::minimumLimits();
        settings.tryingDemo = true; // the demo accounts as `--demo` opens them
        auth = std::make_unique<core::AuthService>(t.db(), settings, [this] { return now; });
    }

    void attempt(ui::LoginDialog& dialog, const QString& account, const QString& password)
    {
        dialog.accountField()->setText(account);
        dialog.passwordField()->setText(password);
        dialog.accept();
    }

    test::TestDatabase t;
    core::AuthSettings settings;
    QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::LocalTime);
    std::unique_ptr<core::AuthService> auth;
};

} // namespace

TEST_F(Login, WrongPasswordSaysSoAndStaysOpen)
{
    ui::LoginDialog dialog(*auth, QStringLiteral("PC-01"));
    attempt(dialog, QStringLiteral("sg001"), QStringLiteral("not it"));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.session());
    EXPECT_EQ(dialog.messageLabel()->text(),
              QCoreApplication::translate("Auth", "Wrong account or password (after %1 wrong passwords an "
                                                  "account waits %2 minutes on this computer)")
                  .arg(5)
                  .arg(30));
    EXPECT_TRUE(dialog.passwordField()->text().isEmpty()) << "the wrong password is cleared";
}

// No account discovery: a locked account answers exactly like a wrong password or an unknown account.
TEST_F(Login, ALockedAccountAnswersLikeAWrongPassword)
{
    ui::LoginDialog dialog(*auth, QStringLiteral("PC-01"));
    attempt(dialog, QStringLiteral("nobody"), QStringLiteral("not it"));
    const QString unknown = dialog.messageLabel()->text();
    for (int i = 0; i < 5; ++i)
        attempt(dialog, QStringLiteral("sg002"), QStringLiteral("not it"));
    attempt(dialog, QStringLiteral("sg002"), core::kDemoPassword);
    EXPECT_FALSE(dialog.session()) << "locked even with the right password";
    EXPECT_EQ(dialog.messageLabel()->text(), unknown);
}

TEST_F(Login, RightPasswordOpensASession)
{
    ui::LoginDialog dialog(*auth, QStringLiteral("PC-01"));
    attempt(dialog, QStringLiteral("zr01"), core::kDemoPassword);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.session());
    EXPECT_EQ(dialog.session()->worker.role, core::Role::CommunityDirector);
    EXPECT_EQ(dialog.session()->workstation, QStringLiteral("PC-01"));
}

TEST_F(Login, WarnsWhenCapsLockSeemsOn)
{
    ui::LoginDialog dialog(*auth, QStringLiteral("PC-01"));
    dialog.show();
    QTest::keyClick(dialog.passwordField(), Qt::Key_A, Qt::NoModifier); // gives "a"
    EXPECT_FALSE(dialog.capsLockWarningShown());
    QKeyEvent upper(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("A"));
    QCoreApplication::sendEvent(dialog.passwordField(), &upper);
    EXPECT_TRUE(dialog.capsLockWarningShown());
}

TEST_F(Login, UnlockAcceptsOnlyTheSessionsOwnPassword)
{
    const core::Session session =
        auth->login(QStringLiteral("sg003"), core::kDemoPassword, QStringLiteral("PC-01")).value();
    std::unique_ptr<ui::LoginDialog> unlock(ui::LoginDialog::forUnlock(*auth, session));
    EXPECT_TRUE(unlock->accountField()->isReadOnly());
    unlock->passwordField()->setText(QStringLiteral("wrong"));
    unlock->accept();
    EXPECT_NE(unlock->result(), QDialog::Accepted);
    unlock->passwordField()->setText(core::kDemoPassword);
    unlock->accept();
    EXPECT_EQ(unlock->result(), QDialog::Accepted);
}

// The shell by role: a worker's tree holds their community only; the auditor sees the audit trail only.
TEST_F(Login, TheShellFollowsTheRole)
{
    const core::Session worker =
        auth->login(QStringLiteral("sg001"), core::kDemoPassword, QStringLiteral("PC-01")).value();
    ui::MainWindow shell(t.db(), auth.get(), worker);
    EXPECT_EQ(shell.modules()->keys(),
              (QStringList{QStringLiteral("map"), QStringLiteral("district"), QStringLiteral("residents"),
                           QStringLiteral("events"), QStringLiteral("rental"), QStringLiteral("mediation"),
                           QStringLiteral("reports")}));
    EXPECT_EQ(shell.page<ui::DistrictPage>(QStringLiteral("district"))->model()->rowCount(), 1)
        << "own community";

    const core::Session auditor =
        auth->login(QStringLiteral("sj01"), core::kDemoPassword, QStringLiteral("PC-01")).value();
    ui::MainWindow audit(t.db(), auth.get(), auditor);
    EXPECT_EQ(audit.modules()->keys(), QStringList{QStringLiteral("audit")});
    ASSERT_NE(audit.page<ui::AuditPage>(QStringLiteral("audit")), nullptr);
    QAbstractItemModelTester tester(audit.page<ui::AuditPage>(QStringLiteral("audit"))->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_GT(audit.page<ui::AuditPage>(QStringLiteral("audit"))->model()->rowCount(), 0);
    EXPECT_TRUE(audit.findChildren<ui::MapWidget*>().isEmpty());
    EXPECT_FALSE(audit.householdPanel()->isVisibleTo(&audit)) << "no household beside the audit trail";

    const core::Session admin =
        auth->login(QStringLiteral("admin"), core::kDemoPassword, QStringLiteral("PC-01")).value();
    ui::MainWindow everything(t.db(), auth.get(), admin);
    EXPECT_EQ(everything.modules()->keys(),
              (QStringList{QStringLiteral("map"), QStringLiteral("district"), QStringLiteral("residents"),
                           QStringLiteral("rental"), QStringLiteral("mediation"), QStringLiteral("reports"),
                           QStringLiteral("accounts"), QStringLiteral("admin")}));
    EXPECT_EQ(everything.page<ui::DistrictPage>(QStringLiteral("district"))->model()->rowCount(), 15);
}

// The idle lock hides every window, an open dialog with a revealed ID number included, and only the
// session's own password opens it again; the dialog is covered, not closed.
TEST_F(Login, TheLockCoversOpenDialogsUntilTheSameUserUnlocks)
{
    const core::Session worker =
        auth->login(QStringLiteral("sg001"), core::kDemoPassword, QStringLiteral("PC-01")).value();
    ui::MainWindow shell(t.db(), auth.get(), worker); // not shown: the offscreen platform has no GL
    QMessageBox revealed(QMessageBox::Information, QStringLiteral("Show in full"),
                         QStringLiteral("ID number: 330104196203150011"), QMessageBox::Ok, &shell);
    revealed.show();
    QApplication::processEvents();
    bool checked = false;
    QTimer::singleShot(0, [&] {
        auto* unlock = qobject_cast<ui::LoginDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(unlock, nullptr);
        auto* cover = revealed.findChild<QWidget*>(QStringLiteral("lockCover"));
        ASSERT_NE(cover, nullptr);
        EXPECT_TRUE(cover->isVisible());
        EXPECT_EQ(cover->geometry(), revealed.rect());
        const QImage shown = revealed.grab().toImage();
        std::set<QRgb> colours;
        for (int y = 0; y < shown.height(); y += 3)
            for (int x = 0; x < shown.width(); x += 3)
                colours.insert(shown.pixel(x, y));
        EXPECT_EQ(colours.size(), 1u) << "nothing of the message shows through";
        EXPECT_EQ(unlock->accountField()->text(), QStringLiteral("sg001"));
        EXPECT_TRUE(unlock->accountField()->isReadOnly()) << "no other account unlocks it";
        unlock->passwordField()->setText(QStringLiteral("wrong"));
        unlock->accept();
        EXPECT_TRUE(unlock->isVisible());
        unlock->passwordField()->setText(core::kDemoPassword);
        unlock->accept();
        checked = true;
    });
    shell.lockNow();
    EXPECT_TRUE(checked);
    EXPECT_EQ(revealed.findChild<QWidget*>(QStringLiteral("lockCover")), nullptr) << "uncovered again";
    EXPECT_TRUE(revealed.isVisible()) << "covered, not closed";
}

// The login dialog says what is being opened: the product, the subdistrict, the file, and the demo.
TEST_F(Login, TheDialogNamesTheSubdistrictTheFileAndTheDemo)
{
    ui::LoginDialog dialog(*auth, QStringLiteral("PC-01"));
    auto* heading = dialog.findChild<QLabel*>(QStringLiteral("loginHeading"));
    ASSERT_NE(heading, nullptr);
    EXPECT_TRUE(heading->text().contains(QStringLiteral("和安街道"))) << heading->text().toStdString();
    EXPECT_TRUE(heading->text().contains(QStringLiteral("演示数据")));
    EXPECT_TRUE(heading->text().contains(QFileInfo(t.db().path()).fileName()));
}
