// The mediation agreement printed and read back: its number, every party by name, the terms, the
// amount, and no full ID number.
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "pdftext.h"
#include "shegong/core/mediation/mediationservice.h"
#include "shegong/report/agreementdocument.h"
#include "shegong/report/casefilecover.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

TEST(AgreementDocument, ThePdfNamesTheCaseThePartiesAndTheTermsWithIdNumbersMasked)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    test::DemoDistrict district(DemoOptions{9, 0.05, QDate(2026, 11, 1)});
    Statement withAmount =
        prepare(district.db(), "SELECT case_id FROM mediation_agreements WHERE amount_yuan > 0 LIMIT 1");
    ASSERT_TRUE(withAmount.next());
    const Access studio(district.db(), test::sessionFor(district.db(), QStringLiteral("tj01")));
    const auto detail = MediationService(studio).caseDetail(withAmount.integer(0));
    ASSERT_TRUE(detail);
    const QString pdf = district.folder() + QStringLiteral("/agreement.pdf");
    const auto pages = report::writeAgreementPdf(*detail, detail->summary.placeName, pdf);
    ASSERT_TRUE(pages) << pages.error().message.toStdString();
    const QString text = test::pdfText(pdf);
    EXPECT_TRUE(test::pdfPattern(detail->summary.number).match(text).hasMatch())
        << detail->summary.number.toStdString();
    for (const CaseParty& p : detail->parties)
        EXPECT_TRUE(test::pdfPattern(p.person.name).match(text).hasMatch()) << p.person.name.toStdString();
    EXPECT_TRUE(text.contains(QString::number(detail->agreement->amountYuan)));
    EXPECT_TRUE(test::pdfPattern(detail->agreement->terms.left(8)).match(text).hasMatch());
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d{17}[\\dX]")))) << "no whole ID number";
    EXPECT_EQ(report::writeAgreementPdf(CaseDetail{}, QString(), pdf).error().field, QStringLiteral("case"))
        << "no agreement, no document";

    // The intake form of the same case: its number, the parties, the dispute, no whole ID number.
    const QString intake = district.folder() + QStringLiteral("/intake.pdf");
    ASSERT_TRUE(report::writeIntakeFormPdf(*detail, intake));
    const QString form = test::pdfText(intake);
    EXPECT_TRUE(test::pdfPattern(detail->summary.number).match(form).hasMatch());
    for (const CaseParty& p : detail->parties)
        EXPECT_TRUE(test::pdfPattern(p.person.name).match(form).hasMatch()) << p.person.name.toStdString();
    EXPECT_TRUE(test::pdfPattern(detail->summary.title).match(form).hasMatch());
    EXPECT_FALSE(form.contains(QRegularExpression(QStringLiteral("\\d{17}[\\dX]"))));
}

// The case file's cover: every number of the trail, the dispute, parties and mediators, the outcome and
// a contents line per document (intake, each session, the agreement); no ID number, phone or content.
TEST(CaseFileCover, NamesTheNumberTrailThePartiesAndEveryDocumentOfTheFile)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    test::DemoDistrict district(DemoOptions{9, 0.05, QDate(2026, 11, 1)});
    // An escalated case that agreed at the station: two numbers, an agreement.
    Statement escalated =
        prepare(district.db(), "SELECT n.case_id FROM mediation_case_numbers n JOIN mediation_agreements a ON"
                               " a.case_id = n.case_id GROUP BY n.case_id HAVING count(*) > 1 LIMIT 1");
    ASSERT_TRUE(escalated.next());
    const Access studio(district.db(), test::sessionFor(district.db(), QStringLiteral("tj01")));
    const auto detail = MediationService(studio).caseDetail(escalated.integer(0));
    ASSERT_TRUE(detail);
    ASSERT_EQ(detail->numbers.size(), 2);
    const QString pdf = district.folder() + QStringLiteral("/cover.pdf");
    const auto pages = report::writeCaseFileCoverPdf(*detail, pdf);
    ASSERT_TRUE(pages) << pages.error().message.toStdString();
    const QString text = test::pdfText(pdf);
    for (const QString& number : detail->numbers)
        EXPECT_TRUE(test::pdfPattern(number).match(text).hasMatch()) << number.toStdString();
    EXPECT_TRUE(test::pdfPattern(detail->summary.title).match(text).hasMatch());
    for (const CaseParty& p : detail->parties)
        EXPECT_TRUE(test::pdfPattern(p.person.name).match(text).hasMatch()) << p.person.name.toStdString();
    for (const QString& mediator : detail->mediators)
        EXPECT_TRUE(test::pdfPattern(mediator).match(text).hasMatch());
    EXPECT_TRUE(test::pdfPattern(detail->agreement->signedOn.toString(Qt::ISODate)).match(text).hasMatch());
    for (const MediationSession& s : detail->sessions)
        EXPECT_TRUE(test::pdfPattern(s.heldAt.date().toString(Qt::ISODate)).match(text).hasMatch());
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d{6}[\\d*]{8}\\d{3}[\\dX]"))))
        << "no ID number, not even masked";
    EXPECT_FALSE(test::pdfPattern(detail->description.left(10)).match(text).hasMatch()) << "no content";
}
