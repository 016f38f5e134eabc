#include "shegong/ui/admin/connectiondialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <gtest/gtest.h>

using namespace shegong;

TEST(ConnectionDialog, RefusesAnUnencryptedRemoteServerAndGivesTheAddressItAccepts)
{
    core::ServerAddress start;
    start.host = QStringLiteral("db.office.lan");
    ui::ConnectionDialog dialog(start);
    dialog.show();
    EXPECT_EQ(dialog.hostField()->text(), QStringLiteral("db.office.lan"));

    dialog.tlsField()->setCurrentIndex(dialog.tlsField()->findData(int(core::ServerAddress::Tls::Disable)));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible()) << "not accepted";
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());

    dialog.tlsField()->setCurrentIndex(
        dialog.tlsField()->findData(int(core::ServerAddress::Tls::VerifyFull)));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.address().toAddress(),
              QStringLiteral("postgresql://shegong_app@db.office.lan/shegong?sslmode=verify-full"));
}

TEST(ConnectionDialog, OpensOnTheAddressLastUsed)
{
    const auto last = core::ServerAddress::fromAddress(QStringLiteral(
        "postgresql://shegong_app@10.1.2.3:6543/jianggan?sslmode=verify-ca&sslrootcert=/etc/ca.crt"));
    ASSERT_TRUE(last);
    ui::ConnectionDialog dialog(*last);
    const core::ServerAddress shown = dialog.address();
    EXPECT_EQ(shown.host, QStringLiteral("10.1.2.3"));
    EXPECT_EQ(shown.port, 6543);
    EXPECT_EQ(shown.database, QStringLiteral("jianggan"));
    EXPECT_EQ(shown.tls, core::ServerAddress::Tls::VerifyCa);
    EXPECT_EQ(shown.rootCertificate, QStringLiteral("/etc/ca.crt"));
}
