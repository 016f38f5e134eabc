// Excel workbooks out: read back through GDAL (as another program would), every export audited, and
// the list export refused to a role without ExportData (through core, not only the missing button).
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/people/residentsearch.h"
#include "shegong/core/security/access.h"
#include "shegong/core/storage/database.h"
#include "shegong/core/work/handover.h"
#include "shegong/core/work/workloadreport.h"
#include "shegong/exchange/workbooks.h"

#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;
using test::count;

TEST(Workbooks, TheWorkloadReportAndADossierReadBackAndEveryExportIsAudited)
{
    test::DemoDistrict district(DemoOptions{12, 0.05, QDate(2026, 11, 1)});
    const Database& db = district.db();
    const Access admin(db, test::sessionFor(db, QStringLiteral("admin")));
    const auto report = buildWorkloadReport(admin, 2026, 10).value();
    const QString path = district.folder() + QStringLiteral("/report.xlsx");
    ASSERT_TRUE(exchange::writeWorkloadXlsx(admin, report, path));
    const auto sheets = exchange::sheetNames(path);
    ASSERT_TRUE(sheets);
    EXPECT_EQ(sheets->size(), 2) << "the figures and the review flags";
    const auto figures = exchange::readSpreadsheet(path);
    ASSERT_TRUE(figures);
    ASSERT_EQ(figures->rows.size(), 1 + report.workers.size() + report.totals.size());
    EXPECT_EQ(figures->rows[1].value(0), report.workers.front().name);
    EXPECT_EQ(figures->rows[1].value(4).toInt(), report.workers.front().householdsVisited)
        << "numbers as numbers";
    EXPECT_EQ(count(db,
                    "SELECT count(*) FROM audit_log WHERE action = 'export' AND object = 'workload_report'"
                    " AND details LIKE '%xlsx%'"),
              1);

    Statement area = prepare(db, "SELECT id, code FROM areas ORDER BY id LIMIT 1");
    area.next();
    const auto dossier = handoverDossier(admin, area.integer(0), QDate(2026, 11, 1)).value();
    const QString handover = district.folder() + QStringLiteral("/handover.xlsx");
    ASSERT_TRUE(exchange::writeHandoverXlsx(admin, dossier, handover));
    const auto households = exchange::readSpreadsheet(handover, exchange::sheetNames(handover)->value(1));
    ASSERT_TRUE(households);
    EXPECT_EQ(households->rows.size(), 1 + dossier.households.size());
    EXPECT_EQ(count(db, "SELECT count(*) FROM audit_log WHERE action = 'export' AND object = 'handover:" +
                            area.text(1).toStdString() + "'"),
              1);
}

TEST(Workbooks, TheRegistryIsExportedOnlyWithExportDataInScopeAndMasked)
{
    test::DemoDistrict district(DemoOptions{12, 0.05, QDate(2026, 11, 1)});
    const Database& db = district.db();
    const QString path = district.folder() + QStringLiteral("/list.xlsx");
    const Access worker(db, test::sessionFor(db, QStringLiteral("sg001")));
    EXPECT_EQ(exchange::writeResidentsXlsx(worker, {}, path).error().field, QStringLiteral("role"));
    EXPECT_FALSE(QFile::exists(path)) << "nothing written";
    EXPECT_EQ(count(db, "SELECT count(*) FROM audit_log WHERE action = 'export' AND result = 'refused'"), 1);
    // A director: their community only, masked.
    const QString director = [&] {
        Statement q = prepare(db, "SELECT account FROM workers WHERE role = 'community_director' LIMIT 1");
        q.next();
        return q.text(0);
    }();
    const Access access(db, test::sessionFor(db, director));
    ResidentQuery query;
    ASSERT_TRUE(exchange::writeResidentsXlsx(access, query, path));
    const auto back = exchange::readSpreadsheet(path);
    ASSERT_TRUE(back);
    const qint64 inCommunity = count(
        db, "SELECT count(*) FROM residents r JOIN households h ON h.id = r.household_id JOIN dwellings d ON"
            " d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id JOIN areas a ON a.id = b.area_id"
            " WHERE r.moved_out IS NULL AND a.community_id = (SELECT community_id FROM workers WHERE account"
            " = '" +
                director.toStdString() + "')");
    EXPECT_EQ(qint64(back->rows.size()) - 1, inCommunity) << "the community's residents, nobody else";
    for (size_t r = 1; r < back->rows.size(); ++r)
        EXPECT_FALSE(back->rows[r].value(4).contains(QRegularExpression(QStringLiteral("^\\d{17}[\\dX]$"))))
            << "no whole ID number";
    EXPECT_EQ(count(db, "SELECT count(*) FROM audit_log WHERE action = 'export' AND object = 'residents' AND"
                        " result = 'ok'"),
              1);
}
