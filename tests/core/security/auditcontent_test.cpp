// What goes into the audit trail: nothing typed by a stranger verbatim, no resident names, and an
// export an auditor can open in Excel without running a formula.
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/people/residentservice.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditlog.h"

#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

namespace {

int rowsContaining(const Database& db, const QString& text)
{
    Statement q =
        prepare(db, "SELECT count(*) FROM audit_log WHERE replace(account || workstation || object ||"
                    " details, ?1, '') <> account || workstation || object || details");
    q.bind(text);
    q.next();
    return int(q.integer(0));
}

TEST(AuditContent, APasswordTypedIntoTheAccountFieldIsNotKept)
{
    test::DemoDistrict district(DemoOptions{3, 0.05, QDate(2026, 11, 1)});
    const QString typed = QStringLiteral("Mima#2026secret");
    EXPECT_FALSE(district.auth().login(typed, QStringLiteral("whatever"), QStringLiteral("PC-01")));
    EXPECT_EQ(rowsContaining(district.db(), typed), 0);
    EXPECT_EQ(rowsContaining(district.db(), QStringLiteral("Mima")), 0);
    Statement failed =
        prepare(district.db(), "SELECT account, details FROM audit_log WHERE action = 'login_failed'"
                               " ORDER BY id DESC LIMIT 1");
    ASSERT_TRUE(failed.next());
    EXPECT_EQ(failed.text(0), QStringLiteral("?"));
    EXPECT_TRUE(failed.text(1).contains(QStringLiteral("\"typed_length\":15")))
        << failed.text(1).toStdString();
}

TEST(AuditContent, ResidentChangesAreAuditedByIdWithoutTheName)
{
    test::DemoDistrict district(DemoOptions{3, 0.05, QDate(2026, 11, 1)});
    const Access access(district.db(), district.login(QStringLiteral("sg001")));
    Statement one =
        prepare(district.db(), "SELECT r.id FROM residents r JOIN households h ON h.id = r.household_id"
                               " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON"
                               " b.id = d.building_id WHERE b.area_id = ? AND r.moved_out IS NULL"
                               " LIMIT 1");
    one.bind(*access.ownAreas().begin());
    ASSERT_TRUE(one.next());
    Resident r = ResidentRepository(district.db()).resident(one.integer(0)).value();
    one.reset();
    const QString before = r.name;
    r.name = QStringLiteral("改名测试");
    ASSERT_TRUE(ResidentService(access).update(r));
    EXPECT_EQ(rowsContaining(district.db(), before), 0) << "the old name";
    EXPECT_EQ(rowsContaining(district.db(), r.name), 0) << "the new name";
    EXPECT_EQ(rowsContaining(district.db(), QStringLiteral("\"name_changed\":true")), 1);
}

TEST(AuditContent, TheCsvExportNeverStartsACellWithAFormula)
{
    test::DemoDistrict district(DemoOptions{3, 0.05, QDate(2026, 11, 1)});
    // A stranger's workstation name and account are written into the trail as they came.
    for (const QString& bad : {QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("+1+1"),
                               QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tcmd")})
        EXPECT_FALSE(district.auth().login(QStringLiteral("sg001"), QStringLiteral("wrong"), bad));
    const QString csv =
        QString::fromUtf8(AuditLog(district.db()).exportCsv(QDateTime(QDate(2020, 1, 1), QTime())));
    int neutralised = 0;
    for (const QString& line : csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        // Cells of a line, simply split (quoted cells keep their quote as the first character).
        for (const QString& cell : line.split(u',')) {
            const QString bare = cell.startsWith(u'"') ? cell.mid(1) : cell;
            EXPECT_FALSE(!bare.isEmpty() && QStringLiteral("=+-@\t").contains(bare.front()))
                << "a cell starts like a formula: " << cell.toStdString();
            neutralised += bare.startsWith(u'\'');
        }
    }
    EXPECT_GE(neutralised, 5);
}

} // namespace
