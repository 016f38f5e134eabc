// Residents from the office's spreadsheets: files written here as Excel writes them (an .xlsx with a
// title row in merged cells, ID numbers typed as numbers, full-width digits, serial dates, empty
// trailing rows) and a CSV saved in GBK; the dry run names every trap by row, the commit is all or
// nothing, a second import changes nothing, and the policy decides where a worker may import.
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/exchange/residentimport.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/security/access.h"
#include "shegong/core/storage/database.h"
#include "shegong/exchange/spreadsheet.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0));

//! A valid 18-digit ID number (Beijing, 1985) that the demo never makes.
QString idNumber(int serial)
{
    const QString first17 = QStringLiteral("11010119850312%1").arg(serial, 3, 10, QLatin1Char('0'));
    return first17 + idCheckCharacter(first17);
}

QString toFullWidth(const QString& text)
{
    QString out;
    for (QChar c : text)
        out += c.isDigit() ? QChar(char16_t(c.unicode() + 0xFEE0)) : c;
    return out;
}

class ResidentImport : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_district = new test::DemoDistrict(DemoOptions{31, 0.05, QDate(2026, 11, 15)}, clock());
    }
    static void TearDownTestSuite()
    {
        delete s_district;
        s_district = nullptr;
    }
    static Clock clock()
    {
        return [] { return kNow; };
    }
    const Database& db() const { return s_district->db(); }
    Access as(const QString& account) const { return Access(db(), test::sessionFor(db(), account), clock()); }
    qint64 count(const std::string& sql) const
    {
        Statement q = prepare(db(), sql);
        return q.next() ? q.integer(0) : -1;
    }
    //! Two dwellings of the worker's areas (building, unit, room) and one of another community.
    struct Place {
        QString building, unit, room;
    };
    Place placeOf(const std::string& where, int offset = 0) const
    {
        Statement q =
            prepare(db(), "SELECT b.address, d.stairwell, d.number FROM dwellings d JOIN buildings b"
                          " ON b.id = d.building_id JOIN areas a ON a.id = b.area_id WHERE d.stairwell > 0"
                          " AND " +
                              where + " ORDER BY d.id LIMIT 1 OFFSET " + std::to_string(offset));
        q.next();
        return {q.text(0), QString::number(q.integer(1)), q.text(2)};
    }
    std::string ownAreas() const
    {
        return "b.area_id IN (SELECT s.area_id FROM area_assignments s JOIN workers w ON w.id = s.worker_id"
               " WHERE w.account = 'sg001' AND s.ends IS NULL)";
    }

    /*! The office's workbook: a title row, the header, then the rows of the scenario (row numbers as
        Excel shows them in the comments). */
    QString workbook(const QString& name) const
    {
        const Place home = placeOf(ownAreas()), other = placeOf(ownAreas(), 7);
        const Place foreign =
            placeOf("a.community_id <> (SELECT community_id FROM workers WHERE account = 'sg001')");
        Statement onFile =
            prepare(db(), "SELECT r.id_number, r.name FROM residents r JOIN households h ON h.id ="
                          " r.household_id JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b"
                          " ON b.id = d.building_id WHERE r.moved_out IS NULL AND r.id_number IS NOT"
                          " NULL AND " +
                              ownAreas() + " ORDER BY r.id LIMIT 1");
        onFile.next();
        exchange::XlsxSheet sheet{
            QStringLiteral("花名册"), {QStringLiteral("景和社区居民花名册（2026年11月）")}, {}};
        const auto row = [&](std::vector<QVariant> cells) { sheet.rows.push_back(std::move(cells)); };
        // Row 2: the header (row 1 is the title, as in a merged cell over the columns).
        row({QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("性别"),
             QStringLiteral("公民身份号码"), QStringLiteral("联系电话"), QStringLiteral("与户主关系"),
             QStringLiteral("户号"), QStringLiteral("楼栋"), QStringLiteral("单元"), QStringLiteral("室"),
             QStringLiteral("人员类别"), QStringLiteral("入住日期")});
        // Row 3: a new resident; the move-in date as Excel's serial number (45000 = 2023-03-15).
        row({1, QStringLiteral("测试甲"), QStringLiteral("男"), idNumber(901), QStringLiteral("13800001111"),
             QStringLiteral("户主"), QStringLiteral("H1"), home.building, home.unit, home.room,
             QStringLiteral("户籍"), 45000});
        // Row 4: the spouse, ID number in full-width digits with spaces, the unit as "1单元".
        row({2, QStringLiteral("测试乙"), QStringLiteral("女"),
             toFullWidth(idNumber(902)).insert(6, QChar(0x3000)), QString(), QStringLiteral("配偶"),
             QStringLiteral("H1"), home.building, home.unit + QStringLiteral("单元"),
             home.room + QStringLiteral("室"), QStringLiteral("户籍"), QDate(2023, 3, 15)});
        // Row 5: an ID number Excel turned into a number (its last digits are gone).
        row({3, QStringLiteral("测试丙"), QStringLiteral("男"), 110101198503129030.0, QString(),
             QStringLiteral("子"), QStringLiteral("H1"), home.building, home.unit, home.room,
             QStringLiteral("户籍"), QString()});
        // Row 6: an old 15-digit ID number, a floating resident in another dwelling.
        row({4, QStringLiteral("测试丁"), QStringLiteral("男"), QStringLiteral("110101850312905"),
             QStringLiteral("13900002222"), QStringLiteral("户主"), QString(), other.building, other.unit,
             other.room, QStringLiteral("流动人口"), QStringLiteral("2024/5/1")});
        // Row 7: the same ID number as row 3.
        row({5, QStringLiteral("测试戊"), QStringLiteral("女"), idNumber(901), QString(),
             QStringLiteral("女"), QStringLiteral("H1"), home.building, home.unit, home.room,
             QStringLiteral("户籍"), QString()});
        // Row 8: a dwelling of another community.
        row({6, QStringLiteral("测试己"), QStringLiteral("女"), idNumber(906), QString(),
             QStringLiteral("户主"), QString(), foreign.building, foreign.unit, foreign.room,
             QStringLiteral("户籍"), QString()});
        // Row 9: someone on file, with a new phone.
        row({7, onFile.text(1), QString(), onFile.text(0), QStringLiteral("18687654321"), QString(),
             QString(), home.building, home.unit, home.room, QString(), QString()});
        // Rows 10-12: empty rows Excel keeps because they were formatted once.
        for (int i = 0; i < 3; ++i)
            row({QString(), QString()});
        const QString path = s_district->folder() + QLatin1Char('/') + name;
        EXPECT_TRUE(exchange::writeXlsx(path, {sheet}));
        return path;
    }
    static test::DemoDistrict* s_district;
};
test::DemoDistrict* ResidentImport::s_district = nullptr;

std::map<int, QString> problemsByRow(const ImportPlan& plan)
{
    std::map<int, QString> rows;
    for (const ImportProblem& p : plan.problems)
        rows[p.row] += p.column + QLatin1Char(':') + p.reason + QLatin1Char(';');
    return rows;
}

} // namespace

TEST_F(ResidentImport, TheDryRunNamesEveryTrapByRowAndTheCommitIsIdempotent)
{
    const QString path = workbook(QStringLiteral("花名册.xlsx"));
    const auto table = exchange::readSpreadsheet(path);
    ASSERT_TRUE(table) << table.error().message.toStdString();
    const ColumnMapping mapping = guessMapping(table.value());
    EXPECT_EQ(mapping.headerRow, 1) << "under the title row";
    for (ImportField f : {ImportField::Name, ImportField::Gender, ImportField::IdNumber, ImportField::Phone,
                          ImportField::Relation, ImportField::HouseholdNumber, ImportField::Building,
                          ImportField::Unit, ImportField::Room, ImportField::Category, ImportField::MovedIn})
        EXPECT_TRUE(mapping.has(f)) << importFieldName(f).toStdString();

    const Access worker = as(QStringLiteral("sg001"));
    const ImportPlan plan = planResidentImport(worker, table.value(), mapping, QStringLiteral("花名册.xlsx"),
                                               exchange::fileSha256(path));
    EXPECT_EQ(plan.dataRows, 7) << "the empty trailing rows are not data";
    const auto problems = problemsByRow(plan);
    EXPECT_EQ(problems.size(), 3u);
    EXPECT_TRUE(problems.count(5) && problems.at(5).contains(QStringLiteral("Excel")))
        << "row 5: digits lost to a number cell";
    EXPECT_TRUE(problems.count(7) && problems.at(7).contains(QStringLiteral("row 3")))
        << "row 7: the same ID number as row 3";
    EXPECT_TRUE(problems.count(8)) << "row 8: not the worker's dwelling";
    ASSERT_EQ(plan.creates.size(), 3u);
    EXPECT_EQ(plan.creates[0].resident.movedIn, QDate(2023, 3, 15)) << "Excel's serial date";
    EXPECT_EQ(plan.creates[1].resident.idNumber, idNumber(902)) << "full-width digits read";
    EXPECT_EQ(plan.creates[2].resident.registration, Registration::Floating);
    EXPECT_EQ(plan.creates[2].resident.idNumber->size(), 18) << "the 15-digit number upgraded";
    ASSERT_EQ(plan.warnings.size(), 1u);
    EXPECT_EQ(plan.warnings.front().row, 6);
    EXPECT_EQ(plan.updates.size(), 1u);
    for (const ImportProblem& p : plan.problems)
        EXPECT_FALSE(p.value.contains(idNumber(906))) << "ID numbers in the report are masked";

    // With problems, the commit is refused and writes nothing.
    const qint64 residentsBefore = count("SELECT count(*) FROM residents");
    EXPECT_EQ(commitResidentImport(worker, plan, false).error().field, QStringLiteral("problems"));
    EXPECT_EQ(count("SELECT count(*) FROM residents"), residentsBefore);

    // The good rows, one transaction; one audit record of the import and one per resident.
    const qint64 auditBefore = count("SELECT count(*) FROM audit_log");
    const auto done = commitResidentImport(worker, plan, true);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_EQ(done->created, 3);
    EXPECT_EQ(done->updated, 1);
    EXPECT_EQ(done->skipped, 3);
    EXPECT_EQ(count("SELECT count(*) FROM residents"), residentsBefore + 3);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'import' AND object = 'residents'"), 1);
    EXPECT_GE(count("SELECT count(*) FROM audit_log") - auditBefore, 1 + 3 + 1);
    EXPECT_EQ(count("SELECT count(*) FROM residents WHERE phone = '18687654321'"), 1) << "the update";
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE details LIKE '%18687654321%' OR details LIKE '%" +
                    idNumber(901).toStdString() + "%'"),
              0)
        << "no phone or ID number in the audit trail";
    // Rows 3 and 4 share 户号 H1: one household.
    Statement same =
        prepare(db(), "SELECT count(DISTINCT household_id) FROM residents WHERE id_number IN (?, ?)");
    same.bind(idNumber(901), idNumber(902));
    same.next();
    EXPECT_EQ(same.integer(0), 1);
    same.reset();

    // The same file again: nothing to write.
    const ImportPlan again = planResidentImport(worker, table.value(), mapping);
    EXPECT_TRUE(again.creates.empty());
    EXPECT_TRUE(again.updates.empty());
    EXPECT_EQ(again.unchanged, 4);
}

TEST_F(ResidentImport, AGbkCsvFromChineseExcelReadsAsTheWorkbookDoes)
{
    if (QStandardPaths::findExecutable(QStringLiteral("iconv")).isEmpty())
        GTEST_SKIP() << "iconv is not installed";
    const Place home = placeOf(ownAreas(), 3);
    const QString utf8 = s_district->folder() + QStringLiteral("/utf8.csv");
    const QString gbk = s_district->folder() + QStringLiteral("/gbk.csv");
    QFile file(utf8);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("姓名,身份证号,手机,现住址,人员类型\r\n测试庚,%1,13600004444,%2,户籍\r\n")
                   .arg(idNumber(911),
                        home.building + home.unit + QStringLiteral("单元") + home.room + QStringLiteral("室"))
                   .toUtf8());
    file.close();
    QProcess iconv;
    iconv.setStandardOutputFile(gbk);
    iconv.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"),
                                          QStringLiteral("GBK"), utf8});
    ASSERT_TRUE(iconv.waitForFinished());
    const auto table = exchange::readSpreadsheet(gbk);
    ASSERT_TRUE(table) << table.error().message.toStdString();
    ASSERT_GE(table->rows.size(), 2u);
    EXPECT_EQ(table->rows[0].value(0), QStringLiteral("姓名")) << "GBK decoded";
    const Access worker = as(QStringLiteral("sg001"));
    const ImportPlan plan = planResidentImport(worker, table.value(), guessMapping(table.value()));
    EXPECT_TRUE(plan.problems.empty())
        << (plan.problems.empty() ? "" : plan.problems.front().reason.toStdString());
    ASSERT_EQ(plan.creates.size(), 1u) << "matched by the whole address";

    // The same rows in a workbook whose header is its first row.
    exchange::XlsxSheet sheet{QStringLiteral("Sheet1"), table->rows[0], {}};
    sheet.rows.push_back({table->rows[1].begin(), table->rows[1].end()});
    const QString xlsx = s_district->folder() + QStringLiteral("/plain.xlsx");
    ASSERT_TRUE(exchange::writeXlsx(xlsx, {sheet}));
    const auto workbookTable = exchange::readSpreadsheet(xlsx);
    ASSERT_TRUE(workbookTable);
    EXPECT_EQ(workbookTable->rows.size(), 2u);
    EXPECT_EQ(guessMapping(workbookTable.value()).headerRow, 0);
    EXPECT_EQ(
        planResidentImport(worker, workbookTable.value(), guessMapping(workbookTable.value())).creates.size(),
        1u);
}

TEST_F(ResidentImport, AWorkerImportsOnlyIntoTheirAreasAndAFailureLeavesNothing)
{
    const QString path = workbook(QStringLiteral("again.xlsx"));
    const auto table = exchange::readSpreadsheet(path);
    ASSERT_TRUE(table);
    // A worker of another community: none of these dwellings are theirs.
    Statement other =
        prepare(db(), "SELECT account FROM workers WHERE role = 'social_worker' AND active = 1 AND"
                      " community_id <> (SELECT community_id FROM workers WHERE account = 'sg001')"
                      " LIMIT 1");
    other.next();
    const Access stranger = as(other.text(0));
    other.reset();
    const ImportPlan theirs = planResidentImport(stranger, table.value(), guessMapping(table.value()));
    for (const ImportRow& r : theirs.creates)
        EXPECT_EQ(r.row, 8) << "only the row of another community could be theirs";
    EXPECT_TRUE(theirs.updates.empty()) << "someone on file in an area that is not theirs";

    // All or nothing: the last row fails while writing (its ID number taken in the meantime).
    const Access worker = as(QStringLiteral("sg001"));
    TextTable fresh = table.value();
    fresh.rows[2][3] = idNumber(921); // rows 3 and 4 are new people this time
    fresh.rows[3][3] = idNumber(922);
    const ImportPlan plan = planResidentImport(worker, fresh, guessMapping(fresh));
    ASSERT_GE(plan.creates.size(), 2u);
    prepare(db(),
            "UPDATE residents SET id_number = ? WHERE id = (SELECT min(id) FROM residents WHERE id_number"
            " IS NOT NULL AND moved_out IS NULL)")
        .bind(plan.creates.back().resident.idNumber.value())
        .run();
    const qint64 before = count("SELECT count(*) FROM residents");
    const qint64 households = count("SELECT count(*) FROM households");
    EXPECT_FALSE(commitResidentImport(worker, plan, true));
    EXPECT_EQ(count("SELECT count(*) FROM residents"), before) << "nothing half-written";
    EXPECT_EQ(count("SELECT count(*) FROM households"), households);
}
