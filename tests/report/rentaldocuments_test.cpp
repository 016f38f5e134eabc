// The wall table and the door plaques, printed and read back with pdftotext: every graded house by its
// address, its grade and its masked landlord; nobody's full name.
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "pdftext.h"
#include "shegong/core/rental/rentalviews.h"
#include "shegong/report/rentaldocuments.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

namespace {

class RentalDocuments : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    }
    test::DemoDistrict district{DemoOptions{8, 0.1, QDate(2026, 11, 1)}};
    Id village()
    {
        Statement q = prepare(district.db(), "SELECT id FROM communities WHERE kind = 'urban_village'");
        q.next();
        return q.integer(0);
    }
};

} // namespace

TEST_F(RentalDocuments, TheWallTableNamesEveryGradedHouseWithItsGradeAndAMaskedLandlord)
{
    const Access assessor(district.db(), test::sessionFor(district.db(), QStringLiteral("kp01")));
    const auto rows = wallTable(assessor, village(), 2025);
    ASSERT_TRUE(rows);
    ASSERT_GT(rows->size(), 5u);
    const QString pdf = district.folder() + QStringLiteral("/wall.pdf");
    const auto pages = report::writeWallTablePdf(
        {QStringLiteral("和安街道"), QStringLiteral("三堡社区"), 2025, rows.value()}, pdf);
    ASSERT_TRUE(pages) << pages.error().message.toStdString();
    const QString text = test::pdfText(pdf);
    int aaa = 0;
    for (const WallTableRow& r : rows.value()) {
        EXPECT_TRUE(test::pdfPattern(r.address).match(text).hasMatch()) << r.address.toStdString();
        aaa += r.grade == Grade::AAA;
    }
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("AAA\\s*:\\s*%1\\b").arg(aaa))))
        << "the count per grade";
    // A3 for the office wall: the same document, landscape A3 (1191 × 842 pt).
    const QString a3 = district.folder() + QStringLiteral("/wall-a3.pdf");
    ASSERT_TRUE(report::writeWallTablePdf(
        {QStringLiteral("和安街道"), QStringLiteral("三堡社区"), 2025, rows.value()}, a3, QPageSize::A3));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {a3});
    ASSERT_TRUE(info.waitForFinished(10000));
    EXPECT_TRUE(
        QString::fromUtf8(info.readAllStandardOutput())
            .contains(QRegularExpression(QStringLiteral("Page size:\\s+119[01](\\.\\d+)? x 84[12]"))));
    // No landlord's full name: the registry's heads of the village houses are on file, none is printed.
    Statement landlords = prepare(district.db(), "SELECT r.name FROM rental_houses h JOIN residents r"
                                                 " ON r.id = h.landlord_resident_id");
    while (landlords.next())
        EXPECT_FALSE(text.contains(landlords.text(0))) << landlords.text(0).toStdString();
}

TEST_F(RentalDocuments, APlaqueForEveryGradedHouseOfTheRoundFourToASheet)
{
    const Access assessor(district.db(), test::sessionFor(district.db(), QStringLiteral("kp01")));
    Statement third =
        prepare(district.db(), "SELECT id FROM assessment_rounds WHERE year = 2025 AND number = 3");
    ASSERT_TRUE(third.next());
    const auto graded = gradedInRound(assessor, third.integer(0));
    ASSERT_TRUE(graded);
    std::vector<report::Plaque> plaques;
    for (const WallTableRow& r : graded.value()) {
        EXPECT_NE(r.grade, Grade::None) << "no plaque without a grade";
        plaques.push_back({r.address, r.grade, 2025, QStringLiteral("三堡社区")});
    }
    const QString pdf = district.folder() + QStringLiteral("/plaques.pdf");
    const auto pages = report::writePlaquesPdf(plaques, pdf);
    ASSERT_TRUE(pages);
    EXPECT_EQ(pages.value(), int(plaques.size() + 3) / 4);
    const QString text = test::pdfText(pdf);
    for (const report::Plaque& p : plaques)
        EXPECT_TRUE(test::pdfPattern(p.address).match(text).hasMatch()) << p.address.toStdString();
}
