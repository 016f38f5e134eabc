// The mediation case log: the state machine (every allowed and refused step), escalation keeping the
// history and the number trail, conflicts of interest, and who reads a case's content.
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/mediation/mediationservice.h"
#include "shegong/core/mediation/mediationstats.h"
#include "shegong/core/storage/database.h"
#include "shegong/core/work/visitservice.h"

#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(16, 0));

class Mediation : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_district = new test::DemoDistrict(DemoOptions{14, 0.05, QDate(2026, 11, 15)}, clock());
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
    Id number(const std::string& sql) const
    {
        Statement q = prepare(db(), sql);
        return q.next() ? q.integer(0) : 0;
    }
    QString text(const std::string& sql) const
    {
        Statement q = prepare(db(), sql);
        return q.next() ? q.text(0) : QString();
    }
    //! Two heads of households in the first community, and its committee and director.
    NewCase newCase() const
    {
        NewCase c;
        c.intakeDay = QDate(2026, 11, 16);
        c.category = DisputeCategory::Neighbours;
        c.title = QStringLiteral("邻里纠纷（漏水）");
        c.description = QStringLiteral("楼上卫生间漏水，楼下天花板受损。");
        c.amountYuan = 3000;
        c.placeId = number(
            "SELECT id FROM mediation_places WHERE level = 'committee' AND community_id = 1 ORDER BY id");
        Statement heads =
            prepare(db(), "SELECT r.id FROM residents r JOIN households h ON h.id = r.household_id"
                          " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
                          " JOIN areas a ON a.id = b.area_id WHERE a.community_id = 1 AND r.relation = 'head'"
                          " AND r.moved_out IS NULL ORDER BY r.id LIMIT 2");
        heads.next();
        c.parties.push_back({0, PartyRole::Applicant, {heads.integer(0), {}, {}, {}}, std::nullopt});
        heads.next();
        c.parties.push_back({0, PartyRole::Respondent, {heads.integer(0), {}, {}, {}}, std::nullopt});
        c.mediators = {number("SELECT id FROM workers WHERE account = 'tj01'")};
        return c;
    }
    MediationSession session(QDate day) const
    {
        return {0,
                QDateTime(day, QTime(14, 0)),
                QStringLiteral("景和调解室"),
                QStringLiteral("双方、调解员"),
                QStringLiteral("听取双方陈述"),
                QString(),
                std::nullopt};
    }
    std::vector<Id> partiesOf(Id caseId) const
    {
        std::vector<Id> ids;
        Statement q = prepare(db(), "SELECT id FROM mediation_parties WHERE case_id = ?");
        q.bind(caseId);
        while (q.next())
            ids.push_back(q.integer(0));
        return ids;
    }

    static test::DemoDistrict* s_district;
};
test::DemoDistrict* Mediation::s_district = nullptr;

} // namespace

TEST_F(Mediation, TheDemoNetworkAndItsTwoYears)
{
    EXPECT_EQ(number("SELECT count(*) FROM mediation_places WHERE level = 'committee'"), 49);
    EXPECT_EQ(number("SELECT count(*) FROM mediation_places WHERE level = 'station'"), 4);
    EXPECT_EQ(number("SELECT count(*) FROM mediation_places WHERE level = 'studio'"), 1);
    EXPECT_GT(number("SELECT count(*) FROM mediation_agreements"), 50);
    EXPECT_EQ(
        number("SELECT count(*) FROM mediation_agreements a WHERE EXISTS(SELECT 1 FROM mediation_parties p"
               " WHERE p.case_id = a.case_id AND p.consented_on IS NULL)"),
        0)
        << "no agreement without every party's consent";
    EXPECT_EQ(
        number(
            "SELECT count(*) FROM mediation_agreements a WHERE NOT EXISTS(SELECT 1 FROM mediation_sessions s"
            " WHERE s.case_id = a.case_id)"),
        0)
        << "no agreement without a session";
}

TEST_F(Mediation, ACaseGoesFromIntakeThroughSessionsToAnAgreementAndAFollowUp)
{
    const Access mediator = as(QStringLiteral("tj01"));
    const MediationService service(mediator, clock());
    const auto opened = service.openCase(newCase());
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    const Id c = opened.value();
    const QString first = service.caseDetail(c)->summary.number;
    EXPECT_TRUE(first.startsWith(QStringLiteral("〔2026〕"))) << first.toStdString();
    EXPECT_TRUE(first.endsWith(QStringLiteral("号")));

    // Refused: what does not fit a registered case.
    EXPECT_EQ(service.recordAgreement(c, {QDate(2026, 11, 18), {}, QStringLiteral("赔偿"), 3000, {}, {}, {}})
                  .error()
                  .field,
              QStringLiteral("state"))
        << "an agreement on a case with no session";
    EXPECT_EQ(service.recordNoAgreement(c, QStringLiteral("分歧大")).error().field, QStringLiteral("state"));
    EXPECT_EQ(service.referToLitigation(c, QStringLiteral("起诉")).error().field, QStringLiteral("state"));
    EXPECT_EQ(service.followUp(c, QDate(2026, 11, 19), QString()).error().field, QStringLiteral("state"));
    EXPECT_EQ(service.addSession(c, session(QDate(2026, 11, 10))).error().field, QStringLiteral("held_at"))
        << "before the intake";
    EXPECT_EQ(service.addSession(c, session(QDate(2026, 11, 25))).error().field, QStringLiteral("held_at"))
        << "in the future";

    ASSERT_TRUE(service.addSession(c, session(QDate(2026, 11, 17))));
    EXPECT_EQ(service.caseDetail(c)->summary.state, CaseState::InMediation);
    ASSERT_TRUE(service.addSession(c, session(QDate(2026, 11, 18))));
    const Agreement agreement{
        QDate(2026, 11, 19),
        QStringLiteral("漏水致损"),
        QStringLiteral("楼上住户赔偿3000元"),
        3000,
        {{QDate(2026, 12, 1), 2000, std::nullopt}, {QDate(2026, 12, 31), 1000, std::nullopt}},
        {},
        {}};
    EXPECT_EQ(service.recordAgreement(c, agreement).error().field, QStringLiteral("consent"))
        << "no consent yet";
    for (Id party : partiesOf(c))
        ASSERT_TRUE(service.recordConsent(party, QDate(2026, 11, 19)));
    Agreement wrongSum = agreement;
    wrongSum.payments.pop_back();
    EXPECT_EQ(service.recordAgreement(c, wrongSum).error().field, QStringLiteral("payments"));
    ASSERT_TRUE(service.recordAgreement(c, agreement));
    EXPECT_EQ(service.addSession(c, session(QDate(2026, 11, 20))).error().field, QStringLiteral("state"));
    EXPECT_EQ(service.escalate(c, QStringLiteral("再议")).error().field, QStringLiteral("state"));
    EXPECT_EQ(service.withdraw(c, QStringLiteral("撤回")).error().field, QStringLiteral("state"));
    ASSERT_TRUE(service.applyForConfirmation(c, QDate(2026, 11, 20)));
    EXPECT_FALSE(service.applyForConfirmation(c, QDate(2026, 11, 20))) << "once";
    ASSERT_TRUE(service.recordConfirmation(c, true));
    ASSERT_TRUE(service.followUp(c, QDate(2026, 11, 20), QStringLiteral("已付首笔2000元")));
    const auto detail = service.caseDetail(c);
    EXPECT_EQ(detail->summary.state, CaseState::Closed);
    EXPECT_EQ(detail->sessions.size(), 2u);
    EXPECT_EQ(detail->agreement->confirmationResult, QStringLiteral("granted"));
    EXPECT_EQ(detail->agreement->payments.size(), 2u);
    EXPECT_FALSE(detail->parties.front().person.idNumber.contains(QStringLiteral("19"))) << "masked";

    // The household's history shows the case by title and state, as any visit or event.
    const Id household = number("SELECT household_id FROM residents WHERE id = " +
                                std::to_string(*newCase().parties[0].person.residentId));
    const auto history = VisitService(as(QStringLiteral("admin")), clock()).history(household);
    ASSERT_TRUE(history);
    EXPECT_TRUE(std::any_of(history->begin(), history->end(), [](const HistoryItem& h) {
        return h.kind == QLatin1String("mediation") && h.text == QStringLiteral("邻里纠纷（漏水）") &&
               h.status == QLatin1String("closed");
    }));
}

TEST_F(Mediation, EscalationKeepsTheHistoryAndEveryNumberAndStopsAtTheStudio)
{
    const Access studioAccess = as(QStringLiteral("tj01"));
    const MediationService service(studioAccess, clock());
    const Id c = service.openCase(newCase()).value();
    EXPECT_EQ(service.escalate(c, QString()).error().field, QStringLiteral("reason"));
    ASSERT_TRUE(service.addSession(c, session(QDate(2026, 11, 17))));
    ASSERT_TRUE(service.recordNoAgreement(c, QStringLiteral("双方分歧较大")));
    EXPECT_EQ(service.recordNoAgreement(c, QStringLiteral("again")).error().field, QStringLiteral("state"));
    ASSERT_TRUE(service.escalate(c, QStringLiteral("调委会调解未果")));
    auto detail = service.caseDetail(c).value();
    EXPECT_EQ(detail.summary.state, CaseState::Registered) << "registered again at the station";
    ASSERT_EQ(detail.numbers.size(), 2);
    EXPECT_NE(detail.numbers[0], detail.numbers[1]);
    EXPECT_EQ(detail.summary.number, detail.numbers[1]);
    EXPECT_EQ(detail.sessions.size(), 1u) << "the committee's session stays with the case";
    ASSERT_TRUE(service.escalate(c, QStringLiteral("联络站转法官工作室")));
    EXPECT_EQ(service.escalate(c, QStringLiteral("再上")).error().field, QStringLiteral("level"))
        << "the studio is the top";
    detail = service.caseDetail(c).value();
    EXPECT_EQ(detail.numbers.size(), 3);
    EXPECT_GE(detail.steps.size(), 4);
    ASSERT_TRUE(service.addSession(c, session(QDate(2026, 11, 19))));
    ASSERT_TRUE(service.recordNoAgreement(c, QStringLiteral("仍无法达成一致")));
    ASSERT_TRUE(service.referToLitigation(c, QStringLiteral("当事人起诉")));
    EXPECT_EQ(service.withdraw(c, QStringLiteral("撤回")).error().field, QStringLiteral("state"))
        << "litigation is final";
    const Id other = service.openCase(newCase()).value();
    ASSERT_TRUE(service.withdraw(other, QStringLiteral("当事人自行和解")));
    EXPECT_EQ(service.addSession(other, session(QDate(2026, 11, 19))).error().field, QStringLiteral("state"));
}

TEST_F(Mediation, AMediatorLivingWithAPartyIsWarnedAndAnOverrideNeedsAReason)
{
    NewCase c = newCase();
    const Id director =
        number("SELECT id FROM workers WHERE role = 'community_director' AND community_id = 1");
    // The director lives in the applicant's household.
    prepare(db(), "UPDATE workers SET resident_id = (SELECT r.id FROM residents r WHERE r.household_id ="
                  " (SELECT household_id FROM residents WHERE id = ?) AND r.id <> ? LIMIT 1) WHERE id = ?")
        .bind(*c.parties[0].person.residentId, *c.parties[0].person.residentId, director)
        .run();
    c.mediators = {director};
    const Access studioAccess = as(QStringLiteral("tj01"));
    const MediationService service(studioAccess, clock());
    const auto found = service.conflicts(c.mediators, c.parties);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found.front().mediatorId, director);
    const auto refused = service.openCase(c);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("conflict"));
    c.conflictOverride = QStringLiteral("双方均同意由其调解");
    const auto opened = service.openCase(c);
    ASSERT_TRUE(opened);
    EXPECT_TRUE(text("SELECT details FROM audit_log WHERE object = 'mediation_case:" +
                     std::to_string(opened.value()) + "' AND action = 'create'")
                    .contains(QStringLiteral("conflict_override")));

    // The same check when a mediator joins a running case.
    c.mediators = {number("SELECT id FROM workers WHERE account = 'tj01'")};
    const Id running = service.openCase(c).value();
    EXPECT_EQ(service.addMediator(running, director).error().field, QStringLiteral("conflict"));
    EXPECT_EQ(number("SELECT count(*) FROM mediation_mediators WHERE case_id = " + std::to_string(running)),
              1)
        << "nothing saved";
    ASSERT_TRUE(service.addMediator(running, director, QStringLiteral("双方均同意由其调解")));
    EXPECT_EQ(service.addMediator(running, director, QStringLiteral("再次")).error().field,
              QStringLiteral("mediators"))
        << "already a mediator";
    EXPECT_TRUE(text("SELECT details FROM audit_log WHERE object = 'mediation_case:" +
                     std::to_string(running) + "' AND action = 'add_mediator'")
                    .contains(QStringLiteral("conflict_override")));
    prepare(db(), "UPDATE workers SET resident_id = NULL WHERE id = ?").bind(director).run();
    // Only roles the policy lets mediate: an auditor is neither offered nor accepted.
    const Id auditor = number("SELECT id FROM workers WHERE account = 'sj01'");
    const auto eligible = service.eligibleMediators();
    EXPECT_FALSE(
        std::any_of(eligible.begin(), eligible.end(), [&](const Worker& w) { return w.id == auditor; }));
    EXPECT_TRUE(
        std::any_of(eligible.begin(), eligible.end(), [&](const Worker& w) { return w.id == director; }));
    EXPECT_EQ(service.addMediator(running, auditor).error().field, QStringLiteral("mediators"));
    ASSERT_TRUE(service.withdraw(running, QStringLiteral("申请人撤回")));
    const Id other = number("SELECT id FROM workers WHERE role = 'community_director' AND community_id = 2");
    EXPECT_EQ(service.addMediator(running, other).error().field, QStringLiteral("state"))
        << "a withdrawn case takes no more mediators";
}

TEST_F(Mediation, ContentIsReadByItsMediatorsTheDirectorsAndTheStudioEveryReadAudited)
{
    const Access studioAccess = as(QStringLiteral("tj01"));
    const MediationService studio(studioAccess, clock());
    const Id c = studio.openCase(newCase()).value();
    const QString director =
        text("SELECT account FROM workers WHERE role = 'community_director' AND community_id = 1");
    const QString otherDirector =
        text("SELECT account FROM workers WHERE role = 'community_director' AND community_id = 2");
    EXPECT_TRUE(MediationService(as(director), clock()).caseDetail(c)) << "the community's director";
    EXPECT_FALSE(MediationService(as(otherDirector), clock()).caseDetail(c))
        << "another community's director";
    EXPECT_TRUE(MediationService(as(QStringLiteral("admin")), clock()).caseDetail(c));
    EXPECT_FALSE(MediationService(as(QStringLiteral("kp01")), clock()).caseDetail(c));
    EXPECT_FALSE(MediationService(as(QStringLiteral("sj01")), clock()).caseDetail(c));
    // A social worker: the case was not started from their visit or event — title and state only.
    const QString worker =
        text("SELECT w.account FROM workers w WHERE w.role = 'social_worker' AND w.community_id = 1"
             " AND w.active = 1 LIMIT 1");
    const Access workerAccess = as(worker);
    const MediationService workerService(workerAccess, clock());
    EXPECT_FALSE(workerService.caseDetail(c));
    const auto list = workerService.cases(QDate(2026, 11, 16), QDate(2026, 11, 16));
    const auto row = std::find_if(list.begin(), list.end(), [&](const CaseSummary& s) { return s.id == c; });
    ASSERT_NE(row, list.end()) << "the title and state are listed";
    EXPECT_FALSE(row->readable);
    EXPECT_EQ(row->title, QStringLiteral("邻里纠纷（漏水）"));
    // Once the studio seats the worker as a mediator of the case, they read it (audited like the rest).
    ASSERT_TRUE(studio.addMediator(
        c, number("SELECT id FROM workers WHERE account = '" + worker.toStdString() + "'")));
    EXPECT_TRUE(workerService.caseDetail(c)) << "a case's mediators read it";
    EXPECT_GE(number("SELECT count(*) FROM audit_log WHERE object = 'mediation_case:" + std::to_string(c) +
                     "' AND action = 'read' AND result = 'ok'"),
              3);
    EXPECT_GE(number("SELECT count(*) FROM audit_log WHERE object = 'mediation_case:" + std::to_string(c) +
                     "' AND action = 'read' AND result = 'refused'"),
              3);
    // The lists' readability (one query per list) agrees with the case-by-case rule, for every role.
    for (const QString& account : {director, worker, QStringLiteral("kp01")}) {
        const Access reader = as(account);
        const MediationService readerService(reader, clock());
        for (const CaseSummary& s : readerService.cases(QDate(2024, 11, 1), kNow.date()))
            ASSERT_EQ(s.readable, readerService.mayRead(s.id)) << account.toStdString() << " case " << s.id;
    }

    // The director may not work on another community's case either.
    EXPECT_EQ(MediationService(as(otherDirector), clock())
                  .addSession(c, session(QDate(2026, 11, 17)))
                  .error()
                  .field,
              QStringLiteral("scope"));
}

TEST_F(Mediation, BadInputIsRefusedNamingTheFieldAndNothingIsHalfSaved)
{
    const Access studioAccess = as(QStringLiteral("tj01"));
    const MediationService service(studioAccess, clock());
    const Id before = number("SELECT count(*) FROM mediation_cases");
    NewCase c = newCase();
    c.parties[1].person = {std::nullopt, QStringLiteral("王五"), QStringLiteral("330104196501010011"), {}};
    EXPECT_EQ(service.openCase(c).error().field, QStringLiteral("parties")) << "an invalid ID number";
    c = newCase();
    c.parties.pop_back();
    EXPECT_EQ(service.openCase(c).error().field, QStringLiteral("parties")) << "no respondent";
    c = newCase();
    c.intakeDay = QDate(2026, 12, 1);
    EXPECT_EQ(service.openCase(c).error().field, QStringLiteral("intake_day"));
    c = newCase();
    c.source = CaseSource::Visit;
    EXPECT_EQ(service.openCase(c).error().field, QStringLiteral("source"))
        << "a visit's case links the visit";
    EXPECT_EQ(number("SELECT count(*) FROM mediation_cases"), before);
    EXPECT_FALSE(MediationService(as(QStringLiteral("kp01")), clock()).openCase(newCase())) << "the assessor";
}

// The figures of a day with three cases and two consultations, counted by hand.
TEST_F(Mediation, StatisticsAgreeWithAHandCount)
{
    const Access studioAccess = as(QStringLiteral("tj01"));
    const MediationService service(studioAccess, clock());
    const QDate day(2026, 11, 18);
    NewCase c = newCase();
    c.intakeDay = day;
    const Id agreed = service.openCase(c).value();
    const Id failed = service.openCase(c).value();
    const Id withdrawn = service.openCase(c).value();
    ASSERT_TRUE(service.addSession(agreed, session(day)));
    ASSERT_TRUE(service.addSession(agreed, session(day.addDays(1))));
    for (Id party : partiesOf(agreed))
        ASSERT_TRUE(service.recordConsent(party, day.addDays(1)));
    ASSERT_TRUE(
        service.recordAgreement(agreed, {day.addDays(1), {}, QStringLiteral("赔偿"), 500, {}, {}, {}}));
    ASSERT_TRUE(service.addSession(failed, session(day)));
    ASSERT_TRUE(service.recordNoAgreement(failed, QStringLiteral("分歧大")));
    ASSERT_TRUE(service.escalate(failed, QStringLiteral("移交联络站")));
    ASSERT_TRUE(service.addSession(failed, session(day.addDays(1))));
    ASSERT_TRUE(service.recordNoAgreement(failed, QStringLiteral("仍分歧")));
    ASSERT_TRUE(service.referToLitigation(failed, QStringLiteral("起诉")));
    ASSERT_TRUE(service.withdraw(withdrawn, QStringLiteral("自行和解")));
    for (int i = 0; i < 2; ++i)
        ASSERT_TRUE(service.recordConsultation({0,
                                                day,
                                                c.placeId,
                                                {c.parties[0].person.residentId, {}, {}, {}},
                                                DisputeCategory::Neighbours,
                                                QStringLiteral("解答"),
                                                ConsultationOutcome::Advice}));

    const auto s = mediationStatistics(studioAccess, {day, day, std::nullopt, std::nullopt});
    ASSERT_TRUE(s) << s.error().message.toStdString();
    EXPECT_EQ(s->consultations, 2);
    EXPECT_EQ(s->received, 3);
    EXPECT_EQ(s->successes, 1);
    EXPECT_DOUBLE_EQ(s->successRate, 1.0 / 3);
    EXPECT_DOUBLE_EQ(s->averageSessions, 2);
    EXPECT_DOUBLE_EQ(s->averageDaysToAgreement, 1);
    EXPECT_EQ(s->escalations, 1);
    EXPECT_EQ(s->litigations, 1);
    EXPECT_EQ(s->withdrawals, 1);
    EXPECT_EQ(s->byCategory.at(DisputeCategory::Neighbours).received, 3);
    EXPECT_EQ(s->byLevel.at(MediationLevel::Station).received, 1) << "the failed case is at the station now";

    // The same day for the committee where all three were taken in, and for another committee.
    EXPECT_EQ(mediationStatistics(studioAccess, {day, day, c.placeId, std::nullopt})->received, 3);
    const Id otherCommittee =
        number("SELECT id FROM mediation_places WHERE level = 'committee' AND community_id = 2");
    EXPECT_EQ(mediationStatistics(studioAccess, {day, day, otherCommittee, std::nullopt})->received, 0);
    // A director sees their community only.
    const QString director =
        text("SELECT account FROM workers WHERE role = 'community_director' AND community_id = 1");
    const Access directorAccess = as(director);
    EXPECT_TRUE(mediationStatistics(directorAccess, {day, day, std::nullopt, Id(1)}));
    EXPECT_FALSE(mediationStatistics(directorAccess, {day, day, std::nullopt, std::nullopt}));
    EXPECT_FALSE(mediationStatistics(as(QStringLiteral("kp01")), {day, day, std::nullopt, std::nullopt}));
}

// Reminders: a session due in the next days, and a case nobody has touched for a month.
TEST_F(Mediation, RemindersNameSessionsDueAndIdleCases)
{
    const Access studioAccess = as(QStringLiteral("tj01"));
    const MediationService service(studioAccess, clock());
    const Id due = service.openCase(newCase()).value();
    MediationSession first = session(QDate(2026, 11, 17));
    first.nextOn = QDate(2026, 11, 23);
    ASSERT_TRUE(service.addSession(due, first));
    const auto soon = service.sessionsDue(7);
    EXPECT_TRUE(std::any_of(soon.begin(), soon.end(), [&](const auto& r) { return r.summary.id == due; }));
    const auto twoDays = service.sessionsDue(2);
    EXPECT_FALSE(std::any_of(twoDays.begin(), twoDays.end(), [&](const auto& r) {
        return r.summary.id == due;
    })) << "not within two days";

    const Id idle = service.openCase(newCase()).value();
    prepare(db(), "UPDATE mediation_steps SET at = '2026-09-01' WHERE case_id = ?").bind(idle).run();
    const auto stale = service.idleCases(30);
    const auto found =
        std::find_if(stale.begin(), stale.end(), [&](const auto& r) { return r.summary.id == idle; });
    ASSERT_NE(found, stale.end());
    EXPECT_EQ(found->day, QDate(2026, 9, 1));
    EXPECT_FALSE(found->summary.number.isEmpty());
    EXPECT_FALSE(std::any_of(stale.begin(), stale.end(), [&](const auto& r) { return r.summary.id == due; }));
    const Access otherDirector =
        as(text("SELECT account FROM workers WHERE role = 'community_director' AND community_id = 2"));
    const auto theirs = MediationService(otherDirector, clock()).idleCases(30);
    EXPECT_FALSE(std::any_of(theirs.begin(), theirs.end(), [&](const auto& r) {
        return r.summary.id == idle;
    })) << "another community's director is not reminded of it";
}

// The fulfilment check: payments are checked off one by one, and what is overdue reminds the mediator.
TEST_F(Mediation, PaymentsAreCheckedOffAndOverdueOnesRemindTheMediator)
{
    const Access mediator = as(QStringLiteral("tj01"));
    const MediationService service(mediator, clock());
    const Id c = service.openCase(newCase()).value();
    ASSERT_TRUE(service.addSession(c, session(QDate(2026, 11, 17))));
    for (Id party : partiesOf(c))
        ASSERT_TRUE(service.recordConsent(party, QDate(2026, 11, 17)));
    ASSERT_TRUE(service.recordAgreement(
        c, {QDate(2026, 11, 17),
            QStringLiteral("漏水致损"),
            QStringLiteral("分两期赔偿"),
            3000,
            {{QDate(2026, 11, 18), 1000, std::nullopt}, {QDate(2026, 12, 1), 2000, std::nullopt}},
            {},
            {}}));
    const auto overdue = [&] {
        const auto list = service.paymentsOverdue();
        return std::any_of(list.begin(), list.end(), [&](const auto& r) { return r.summary.id == c; });
    };
    EXPECT_TRUE(overdue()) << "1,000 yuan were due on 18 November";
    const auto payments = service.caseDetail(c)->agreement->payments;
    ASSERT_EQ(payments.size(), 2u);
    const Id first = payments.front().id;
    EXPECT_EQ(service.recordPayment(c, first, QDate(2026, 11, 16)).error().field, QStringLiteral("paid_on"))
        << "before the agreement";
    EXPECT_EQ(service.recordPayment(c, first, QDate(2026, 11, 21)).error().field, QStringLiteral("paid_on"))
        << "in the future";
    EXPECT_EQ(service.recordPayment(c, first + 1000, QDate(2026, 11, 19)).error().field,
              QStringLiteral("payment"))
        << "not this case's";
    EXPECT_EQ(service.recordPayment(c, first, QDate(2026, 11, 16)).error().field, QStringLiteral("paid_on"));
    ASSERT_TRUE(service.recordPayment(c, first, QDate(2026, 11, 19)));
    EXPECT_EQ(service.recordPayment(c, first, QDate(2026, 11, 19)).error().field, QStringLiteral("payment"))
        << "once";
    EXPECT_FALSE(overdue()) << "the second payment is not due yet";
    const auto detail = service.caseDetail(c).value();
    EXPECT_EQ(detail.agreement->payments.front().paidOn, QDate(2026, 11, 19));
    EXPECT_FALSE(detail.agreement->payments.back().paidOn);
    EXPECT_TRUE(detail.steps.join(u'\n').contains(QStringLiteral("2026-11-19")));
    EXPECT_EQ(number("SELECT count(*) FROM audit_log WHERE object = 'mediation_case:" + std::to_string(c) +
                     "' AND action = 'payment' AND result = 'ok'"),
              1);
    // Someone without the case may not check its payments off.
    const QString otherDirector =
        text("SELECT account FROM workers WHERE role = 'community_director' AND community_id = 2");
    const Access other = as(otherDirector);
    EXPECT_EQ(MediationService(other, clock())
                  .recordPayment(c, payments.back().id, QDate(2026, 11, 20))
                  .error()
                  .field,
              QStringLiteral("scope"));
}

// 一岗六责: a worker's event becomes a case, pre-filled, and each names the other.
TEST_F(Mediation, ACaseStartedFromAWorkersEventIsLinkedBothWays)
{
    Statement pick = prepare(
        db(), "SELECT e.id, w.account, w.community_id FROM events e JOIN workers w ON w.id = e.assignee_id"
              " JOIN households h ON h.id = e.household_id JOIN dwellings d ON d.id = h.dwelling_id"
              " JOIN buildings b ON b.id = d.building_id JOIN area_assignments s ON s.area_id = b.area_id"
              " AND s.worker_id = w.id AND s.ends IS NULL WHERE w.active = 1 ORDER BY e.id LIMIT 1");
    ASSERT_TRUE(pick.next());
    const Id event = pick.integer(0);
    const QString account = pick.text(1);
    const Id community = pick.integer(2);
    pick.reset();
    const Access worker = as(account);
    const MediationService service(worker, clock());
    auto draft = service.draftFromEvent(event);
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    EXPECT_EQ(draft->source, CaseSource::Event);
    EXPECT_EQ(draft->eventId, event);
    ASSERT_EQ(draft->parties.size(), 1u);
    EXPECT_TRUE(draft->parties.front().person.residentId) << "the event's resident or household head applies";
    EXPECT_FALSE(draft->description.isEmpty());

    NewCase c = draft.value();
    c.intakeDay = kNow.date();
    c.title = QStringLiteral("邻里纠纷（噪音）");
    c.placeId = number("SELECT id FROM mediation_places WHERE level = 'committee' AND community_id = " +
                       std::to_string(community) + " ORDER BY id");
    c.parties.push_back(newCase().parties.back()); // a respondent
    c.parties.back().role = PartyRole::Respondent;
    c.mediators = {number("SELECT id FROM workers WHERE account = '" + account.toStdString() + "'")};
    NewCase fabricated = c;
    fabricated.eventId = 999999;
    EXPECT_EQ(service.openCase(fabricated).error().field, QStringLiteral("source"));
    const auto opened = service.openCase(c);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    const auto detail = service.caseDetail(opened.value());
    ASSERT_TRUE(detail) << "the worker reads the case they started";
    EXPECT_EQ(detail->eventId, event);
    EXPECT_NE(detail->parties.front().dwellingId, 0) << "a resident party's home, to show on the map";
    EXPECT_TRUE(detail->parties.front().address.contains(QStringLiteral("室"))) << "named by its door";
    EXPECT_EQ(text("SELECT note FROM event_actions WHERE event_id = " + std::to_string(event) +
                   " AND action = 'mediation_case'"),
              detail->summary.number)
        << "the event's log names the case";

    // A worker of another community cannot start a case from it.
    const QString stranger =
        text("SELECT account FROM workers WHERE role = 'social_worker' AND active = 1 AND community_id <> " +
             std::to_string(community) + " LIMIT 1");
    const Access strangerAccess = as(stranger);
    EXPECT_FALSE(MediationService(strangerAccess, clock()).draftFromEvent(event));
}

// A tenancy dispute is linked to the rental house where a party rents (or which a party lets).
TEST_F(Mediation, ATenancyDisputeIsLinkedToTheHouseAPartyRents)
{
    Statement tenant =
        prepare(db(), "SELECT t.resident_id, rr.house_id, rh.address FROM tenancies t"
                      " JOIN rental_rooms rr ON rr.id = t.room_id JOIN rental_houses rh"
                      " ON rh.id = rr.house_id WHERE t.moved_out IS NULL ORDER BY t.id LIMIT 1");
    ASSERT_TRUE(tenant.next()) << "the demo lets rooms";
    const Id resident = tenant.integer(0), house = tenant.integer(1);
    const QString address = tenant.text(2);
    tenant.reset();
    const Access studioAccess = as(QStringLiteral("tj01"));
    const MediationService studio(studioAccess, clock());
    NewCase c = newCase();
    c.category = DisputeCategory::Tenancy;
    c.title = QStringLiteral("房屋租赁纠纷（押金）");
    c.parties.front().person.residentId = resident;
    NewCase wrong = c;
    wrong.rentalHouseId = 999999;
    EXPECT_EQ(studio.openCase(wrong).error().field, QStringLiteral("rental_house"));
    const auto detail = studio.caseDetail(studio.openCase(c).value());
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->rentalHouseId, house);
    EXPECT_EQ(detail->rentalHouseAddress, address);
    c.category = DisputeCategory::Neighbours;
    EXPECT_FALSE(studio.caseDetail(studio.openCase(c).value())->rentalHouseId) << "only tenancy disputes";
}
