// A dispute from the counter to an agreement through the dialogs: a consultation that becomes a case,
// two sessions, each party's consent and the agreement; then the case list and its content.
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/ui/mediation/casedocumentsmenu.h"
#include "shegong/ui/mediation/mediationdialogs.h"
#include "shegong/ui/mediation/mediationpage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>
#include <gtest/gtest.h>

using namespace shegong;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(16, 0));

core::Clock fixedClock()
{
    return [] { return kNow; };
}

} // namespace

TEST(MediationPage, FromAConsultationToAnAgreementThroughTheDialogs)
{
    test::DemoDistrict district(core::DemoOptions{16, 0.05, QDate(2026, 11, 15)}, fixedClock());
    const core::Database& db = district.db();
    const core::Access studio(db, test::sessionFor(db, QStringLiteral("tj01")), fixedClock());
    core::Statement two =
        core::prepare(db, "SELECT r.name FROM residents r WHERE r.relation = 'head' AND r.moved_out IS"
                          " NULL AND length(r.name) = 3 ORDER BY r.id LIMIT 2");
    ASSERT_TRUE(two.next());
    const QString applicant = two.text(0);
    ASSERT_TRUE(two.next());
    const QString respondent = two.text(0);
    two.reset();

    ui::ConsultationDialog consultation(studio);
    consultation.person()->search()->setText(applicant);
    ASSERT_GT(consultation.person()->matches()->count(), 0) << "found by name in the registry";
    consultation.advice()->setPlainText(QStringLiteral("楼上漏水，建议先协商，协商不成申请调解"));
    consultation.outcome()->setCurrentIndex(
        consultation.outcome()->findData(int(core::ConsultationOutcome::Case)));
    consultation.accept();
    ASSERT_EQ(consultation.result(), QDialog::Accepted) << consultation.problem().toStdString();

    core::NewCase household;
    household.parties = {{0, core::PartyRole::Applicant, consultation.consultation().person, std::nullopt}};
    ui::CaseDialog fromHousehold(studio, household);
    EXPECT_EQ(fromHousehold.applicant()->person().residentId, consultation.consultation().person.residentId)
        << "started from a household: its resident applies";
    ui::CaseDialog opening(studio, core::draftFromConsultation(consultation.consultation()));
    EXPECT_EQ(opening.applicant()->person().residentId, consultation.consultation().person.residentId)
        << "the consultation's person is the applicant";
    opening.title()->setText(QStringLiteral("邻里纠纷（漏水）"));
    opening.accept();
    EXPECT_EQ(opening.result(), QDialog::Rejected) << "no respondent yet";
    EXPECT_FALSE(opening.problem().isEmpty());
    opening.respondent()->search()->setText(respondent);
    ASSERT_GT(opening.respondent()->matches()->count(), 0);
    opening.accept();
    ASSERT_EQ(opening.result(), QDialog::Accepted) << opening.problem().toStdString();
    const core::Id caseId = opening.caseId();

    for (int hour : {9, 14}) { // taken in today, two sessions today
        ui::SessionDialog session(studio, caseId);
        session.heldAt()->setDateTime(QDateTime(QDate(2026, 11, 20), QTime(hour, 0)));
        session.summary()->setPlainText(QStringLiteral("听取双方陈述"));
        session.accept();
        ASSERT_EQ(session.result(), QDialog::Accepted) << session.problem().toStdString();
    }

    const auto detail = core::MediationService(studio, fixedClock()).caseDetail(caseId).value();
    ui::AgreementDialog agreement(studio, detail);
    agreement.terms()->setPlainText(QStringLiteral("楼上住户负责维修并赔偿1500元"));
    agreement.amount()->setValue(1500);
    agreement.accept();
    EXPECT_EQ(agreement.result(), QDialog::Rejected) << "nobody's consent ticked";
    for (QCheckBox* consent : agreement.consents())
        consent->setChecked(true);
    agreement.accept();
    ASSERT_EQ(agreement.result(), QDialog::Accepted) << agreement.problem().toStdString();

    ui::MediationPage page(studio);
    QAbstractItemModelTester tester(page.cases()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.selectCase(caseId);
    ASSERT_EQ(page.currentCase(), caseId);
    EXPECT_TRUE(page.caseText().contains(QStringLiteral("1500"))) << page.caseText().toStdString();
    EXPECT_TRUE(page.caseText().contains(applicant));
    EXPECT_FALSE(page.statisticsText().isEmpty());
    EXPECT_FALSE(page.remindersText().isEmpty());
    const QString everywhere = page.statisticsText();
    QComboBox* place = page.statisticsPlace();
    ASSERT_GT(place->count(), 50) << "all places, the studio, 4 stations, 49 committees";
    place->setCurrentIndex(place->count() - 1); // the last committee
    EXPECT_NE(page.statisticsText(), everywhere) << "one committee's figures";
    // A party's home links to the map.
    QSignalSpy homes(&page, &ui::MediationPage::householdRequested);
    const QString html = page.caseView()->toHtml();
    const qsizetype at = html.indexOf(QStringLiteral("home:"));
    ASSERT_GE(at, 0) << "each resident party's home is a link";
    Q_EMIT page.caseView()->anchorClicked(QUrl(html.mid(at, html.indexOf(u'"', at) - at)));
    ASSERT_EQ(homes.size(), 1);
    EXPECT_GT(homes.front().at(1).toLongLong(), 0) << "the dwelling";
    // The case's documents, as the Documents menu writes them.
    for (auto document :
         {ui::CaseDocument::IntakeForm, ui::CaseDocument::Agreement, ui::CaseDocument::FileCover}) {
        const QString pdf = district.folder() + QStringLiteral("/document-%1.pdf").arg(int(document));
        const auto written = ui::writeCaseDocument(studio, caseId, document, pdf);
        ASSERT_TRUE(written) << written.error().message.toStdString();
        EXPECT_GE(written.value(), 1);
    }
    page.resize(1300, 800);
    page.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/mediation-cases.png"));

    // A social worker of another area lists the case by title and state, without its content.
    core::Statement worker =
        core::prepare(db, "SELECT account FROM workers WHERE role = 'social_worker' AND active = 1"
                          " ORDER BY id DESC LIMIT 1");
    worker.next();
    const core::Access other(db, test::sessionFor(db, worker.text(0)), fixedClock());
    ui::MediationPage theirs(other);
    theirs.selectCase(caseId);
    ASSERT_EQ(theirs.currentCase(), caseId) << "listed by title and state";
    EXPECT_FALSE(theirs.caseText().contains(QStringLiteral("1500"))) << theirs.caseText().toStdString();
}
