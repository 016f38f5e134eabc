#include "core/storage/sql.h"
#include "demodistrict.h"
#include "pdftext.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/security/access.h"
#include "shegong/core/work/workloadreport.h"
#include "shegong/report/workloaddocument.h"
#include "testdatabase.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <gtest/gtest.h>
#include <map>
#include <numeric>
#include <set>

using namespace shegong;
using namespace shegong::core;

namespace {

class Workload : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_db = new test::TestDatabase(QStringLiteral("report.db"));
        ASSERT_TRUE(generateDemoDistrict(s_db->db(), DemoOptions{21, 0.2, QDate(2026, 11, 1)}));
        // Visits right on the month's edges, and one entered late.
        Statement worker = prepare(s_db->db(), "SELECT worker_id, household_id FROM visits LIMIT 1");
        worker.next();
        s_worker = worker.integer(0);
        const Id household = worker.integer(1);
        worker.reset();
        Statement add =
            prepare(s_db->db(), "INSERT INTO visits(household_id, worker_id, visited_on, recorded_at, mode,"
                                " duties, floating) VALUES(?, ?, ?, ?, 'phone', 'health', 0)");
        add.bind(household, s_worker, "2026-09-30", "2026-09-30T10:00:00Z").run();
        add.bind(household, s_worker, "2026-10-01", "2026-10-01T09:00:00Z").run();
        add.bind(household, s_worker, "2026-10-31", "2026-11-20T09:00:00Z").run(); // late entry
        // 00:30 on 1 November in Hangzhou is 16:30 UTC on 31 October: the visit's own (local) day counts.
        add.bind(household, s_worker, "2026-11-01", "2026-10-31T16:30:00Z").run();
    }
    static void TearDownTestSuite() { delete s_db; }
    static test::TestDatabase* s_db;
    static Id s_worker;
};
test::TestDatabase* Workload::s_db = nullptr;
Id Workload::s_worker = 0;

} // namespace

// Each figure against a count made here from the raw rows, in C++.
TEST_F(Workload, EveryFigureEqualsTheRawRows)
{
    const auto report = buildWorkloadReport(s_db->db(), 2026, 10);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->workers.size(), 108u);

    std::map<Id, std::set<Id>> households, floating;
    std::map<Id, int> visits;
    Statement rows = prepare(s_db->db(), "SELECT worker_id, household_id, visited_on, floating FROM visits");
    while (rows.next()) {
        const QDate day = QDate::fromString(rows.text(2), Qt::ISODate);
        if (day.year() != 2026 || day.month() != 10)
            continue;
        households[rows.integer(0)].insert(rows.integer(1));
        if (rows.integer(3))
            floating[rows.integer(0)].insert(rows.integer(1));
        ++visits[rows.integer(0)];
    }
    std::map<Id, int> opened, resolved;
    Statement events =
        prepare(s_db->db(), "SELECT assignee_id, opened_on, coalesce(resolved_on, '') FROM events");
    while (events.next()) {
        if (events.text(1).startsWith(QStringLiteral("2026-10")))
            ++opened[events.integer(0)];
        if (events.text(2).startsWith(QStringLiteral("2026-10")))
            ++resolved[events.integer(0)];
    }

    int totalVisits = 0;
    for (const WorkerWorkload& w : report->workers) {
        EXPECT_EQ(w.householdsVisited, int(households[w.workerId].size())) << w.account.toStdString();
        EXPECT_EQ(w.floatingHouseholdsVisited, int(floating[w.workerId].size())) << w.account.toStdString();
        EXPECT_EQ(w.visits, visits[w.workerId]) << w.account.toStdString();
        int sum = 0;
        for (int n : w.eventsOpened)
            sum += n;
        EXPECT_EQ(sum, opened[w.workerId]);
        int settled = 0;
        for (int n : w.eventsResolved)
            settled += n;
        EXPECT_EQ(settled, resolved[w.workerId]);
        EXPECT_EQ(w.quotaMet, w.householdsVisited >= 20);
        EXPECT_GE(w.score, 0);
        EXPECT_LE(w.score, 100);
        totalVisits += w.visits;
    }
    EXPECT_EQ(report->totals.back().visits, totalVisits);
    EXPECT_EQ(report->totals.size(), 16u) << "15 communities and the subdistrict";
}

// Mediation, one of the six duties: each figure against the raw rows, and each traced to its records.
TEST_F(Workload, MediationFiguresEqualTheRawRowsAndTheRecordsBehindThem)
{
    const auto report = buildWorkloadReport(s_db->db(), 2026, 10).value();
    std::map<Id, int> consultations, opened;
    std::map<Id, std::set<Id>> attended, concluded;
    Statement c = prepare(s_db->db(), "SELECT worker_id, day FROM consultations");
    while (c.next())
        if (c.text(1).startsWith(QStringLiteral("2026-10")))
            ++consultations[c.integer(0)];
    Statement o = prepare(s_db->db(), "SELECT started_by, intake_day FROM mediation_cases");
    while (o.next())
        if (o.text(1).startsWith(QStringLiteral("2026-10")))
            ++opened[o.integer(0)];
    Statement a = prepare(s_db->db(), "SELECT m.worker_id, s.case_id, s.held_at FROM mediation_sessions s"
                                      " JOIN mediation_mediators m ON m.case_id = s.case_id");
    while (a.next()) {
        const QDate local = QDateTime::fromString(a.text(2), Qt::ISODate).toLocalTime().date();
        if (local.year() == 2026 && local.month() == 10)
            attended[a.integer(0)].insert(a.integer(1));
    }
    Statement e = prepare(s_db->db(), "SELECT m.worker_id, st.case_id, st.at, st.step FROM mediation_steps st"
                                      " JOIN mediation_mediators m ON m.case_id = st.case_id");
    while (e.next())
        if (e.text(2).startsWith(QStringLiteral("2026-10")) &&
            QStringList{QStringLiteral("agreement"), QStringLiteral("litigation"), QStringLiteral("withdraw")}
                .contains(e.text(3)))
            concluded[e.integer(0)].insert(e.integer(1));

    int busy = 0;
    for (const WorkerWorkload& w : report.workers) {
        const std::string who = w.account.toStdString();
        EXPECT_EQ(w.mediation.consultations, consultations[w.workerId]) << who;
        EXPECT_EQ(w.mediation.casesOpened, opened[w.workerId]) << who;
        EXPECT_EQ(w.mediation.casesAttended, int(attended[w.workerId].size())) << who;
        EXPECT_EQ(w.mediation.casesConcluded, int(concluded[w.workerId].size())) << who;
        busy += w.mediation.consultations + w.mediation.casesAttended > 0;
    }
    EXPECT_GT(busy, 10) << "the demo's social workers take counter shifts and sit in cases";
    EXPECT_EQ(
        report.totals.back().mediation.consultations,
        std::accumulate(report.workers.begin(), report.workers.end(), 0,
                        [](int sum, const WorkerWorkload& w) { return sum + w.mediation.consultations; }));

    // The records behind: one line per consultation, and per case opened, mediated, concluded.
    const auto busiest = std::max_element(report.workers.begin(), report.workers.end(),
                                          [](const WorkerWorkload& x, const WorkerWorkload& y) {
                                              return x.mediation.consultations + x.mediation.casesAttended <
                                                     y.mediation.consultations + y.mediation.casesAttended;
                                          });
    const Access admin(s_db->db(), test::sessionFor(s_db->db(), QStringLiteral("admin")));
    const auto behind = recordsBehind(admin, busiest->workerId, 2026, 10).value();
    int counter = 0, cases = 0;
    for (const RecordBehind& r : behind) {
        counter += r.what == RecordBehind::Kind::Consultation;
        if (r.what == RecordBehind::Kind::MediationCase) {
            ++cases;
            EXPECT_TRUE(r.place.startsWith(QStringLiteral("〔2026〕"))) << "named by its number";
            EXPECT_FALSE(r.description.isEmpty()) << "and its title";
        }
    }
    EXPECT_EQ(counter, busiest->mediation.consultations);
    EXPECT_EQ(cases, busiest->mediation.casesOpened + busiest->mediation.casesAttended +
                         busiest->mediation.casesConcluded);
}

TEST_F(Workload, MonthBoundariesAndLateEntries)
{
    const auto october = buildWorkloadReport(s_db->db(), 2026, 10).value();
    const auto september = buildWorkloadReport(s_db->db(), 2026, 9).value();
    const auto find = [](const WorkloadReport& r) {
        return *std::find_if(r.workers.begin(), r.workers.end(),
                             [](const WorkerWorkload& w) { return w.workerId == s_worker; });
    };
    Statement direct = prepare(s_db->db(), "SELECT count(*) FROM visits WHERE worker_id = ? AND visited_on"
                                           " BETWEEN '2026-09-01' AND '2026-09-30'");
    direct.bind(s_worker);
    direct.next();
    EXPECT_EQ(find(september).visits, direct.integer(0)) << "30 September belongs to September";
    direct.reset();
    Statement october31 = prepare(s_db->db(), "SELECT count(*) FROM visits WHERE worker_id = ? AND visited_on"
                                              " BETWEEN '2026-10-01' AND '2026-10-31'");
    october31.bind(s_worker);
    october31.next();
    EXPECT_EQ(find(october).visits, october31.integer(0))
        << "a visit on local 1 November (UTC 31 October) is November's";
    const auto flags = october.flags;
    EXPECT_TRUE(std::any_of(flags.begin(), flags.end(),
                            [](const FairnessFlag& f) { return f.kind == QStringLiteral("late_entry"); }));
    EXPECT_TRUE(std::any_of(flags.begin(), flags.end(),
                            [](const FairnessFlag& f) { return f.kind == QStringLiteral("repeat_visits"); }));
    EXPECT_FALSE(buildWorkloadReport(s_db->db(), 2026, 13));
    EXPECT_FALSE(buildWorkloadReport(s_db->db(), 2026, 10, QStringLiteral("no such community")));
    const auto one = buildWorkloadReport(s_db->db(), 2026, 10, QStringLiteral("C03")).value();
    EXPECT_FALSE(one.workers.empty());
    for (const auto& w : one.workers)
        EXPECT_EQ(w.community, one.scope);
}

TEST_F(Workload, CsvHasOneRowPerWorkerPlusTotalsAndParses)
{
    const auto report = buildWorkloadReport(s_db->db(), 2026, 10).value();
    const QByteArray csv = workloadCsv(report);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    QList<QStringList> rows;
    for (const QString& line :
         QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        // Minimal RFC 4180 reader: quoted fields may hold commas.
        QStringList fields;
        QString field;
        bool quoted = false;
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            if (quoted && c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = !quoted;
            } else if (c == u',' && !quoted) {
                fields << field;
                field.clear();
            } else {
                field += c;
            }
        }
        fields << field;
        rows << fields;
    }
    ASSERT_EQ(rows.size(), 1 + 108 + 16);
    for (const QStringList& row : rows)
        EXPECT_EQ(row.size(), rows.front().size());
    EXPECT_EQ(rows[1][0], report.workers.front().account);
    EXPECT_EQ(rows[1][5].toInt(), report.workers.front().householdsVisited);
    EXPECT_EQ(rows.back()[1], QStringLiteral("TOTAL"));
    EXPECT_TRUE(rows.back()[8].isEmpty()) << "a total has no quota of its own";
}

TEST_F(Workload, ThePdfNamesEveryWorkerAndTheMonth)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const auto report = buildWorkloadReport(s_db->db(), 2026, 10).value();
    const QString pdf = s_db->folder() + QStringLiteral("/report.pdf");
    auto pages = report::writeWorkloadPdf(report, pdf);
    ASSERT_TRUE(pages);
    EXPECT_GE(pages.value(), 3);
    const QString content = test::pdfText(pdf);
    // Each name twice at least: its table row and the label under its bar (one chart per community).
    for (const WorkerWorkload& w : report.workers) {
        auto found = test::pdfPattern(w.name).globalMatch(content);
        int times = 0;
        for (; found.hasNext(); found.next())
            ++times;
        EXPECT_GE(times, 2) << w.name.toStdString();
    }
    EXPECT_TRUE(content.contains(QStringLiteral("2026"))) << "the month is printed";
    EXPECT_TRUE(content.contains(QStringLiteral("10")));
    EXPECT_TRUE(content.contains(QStringLiteral("%1").arg(pages.value()))) << "page numbers";
    // A report one can sign: no internal codes, no ids, no UTC stamps in the review list.
    static const QRegularExpression internal(
        QStringLiteral(R"(\bsg\d{3}\b|repeat_visits|late_entry|\bburst\b|T\d\d:\d\d:\d\dZ|住户 \d+)"));
    const auto leak = internal.match(content);
    EXPECT_FALSE(leak.hasMatch()) << leak.captured().toStdString();
    ASSERT_FALSE(report.flags.empty());
    EXPECT_TRUE(test::pdfPattern(report.flags.front().worker).match(content).hasMatch())
        << "flags name the worker";
}

// The demo is alive on the day it is built: the last complete month before today is full of visits,
// so the report a new user opens first is never empty.
TEST(DemoToday, TheLastCompleteMonthBeforeTodayIsNeverEmpty)
{
    test::TestDatabase t(QStringLiteral("today.db"));
    const QDate today = QDate::currentDate();
    ASSERT_TRUE(generateDemoDistrict(t.db(), DemoOptions{31, 0.05, today}));
    const QDate last = today.addMonths(-1);
    const auto report = buildWorkloadReport(t.db(), last.year(), last.month());
    ASSERT_TRUE(report);
    ASSERT_FALSE(report->workers.empty());
    int met = 0;
    for (const WorkerWorkload& w : report->workers)
        met += w.quotaMet;
    EXPECT_GT(met * 2, int(report->workers.size())) << "most workers kept their 20 households last month";
}

// The score's rules: set by the administrator from this month on, kept by every month before.
TEST(ScoreRules, TheAdministratorSetsThemFromAMonthOnAndPastMonthsKeepTheirs)
{
    const QDateTime now(QDate(2026, 11, 20), QTime(10, 0));
    const auto clock = [now] { return now; };
    test::DemoDistrict district(DemoOptions{8, 0.05, QDate(2026, 11, 1)}, clock);
    const Database& db = district.db();
    const Access admin(db, test::sessionFor(db, QStringLiteral("admin")), clock);
    const Access worker(db, test::sessionFor(db, QStringLiteral("sg001")), clock);
    WorkloadRules lighter;
    lighter.householdQuota = 15;
    lighter.visitWeight = 50;
    lighter.resolvedWeight = 30;
    lighter.overdueWeight = 20;
    EXPECT_FALSE(setScoreRules(admin, 2026, 10, lighter)) << "October's report may already be signed";
    EXPECT_FALSE(setScoreRules(worker, 2026, 12, lighter)) << "the administrator's decision";
    WorkloadRules uneven = lighter;
    uneven.overdueWeight = 10;
    EXPECT_FALSE(setScoreRules(admin, 2026, 12, uneven)) << "weights add up to 100";
    ASSERT_TRUE(setScoreRules(admin, 2026, 12, lighter));

    EXPECT_EQ(scoreRulesFor(db, 2026, 11).householdQuota, 20) << "the months before keep the defaults";
    EXPECT_EQ(scoreRulesFor(db, 2026, 12).householdQuota, 15);
    EXPECT_EQ(scoreRulesFor(db, 2027, 3).visitWeight, 50) << "in force until the next change";
    const auto november = buildWorkloadReport(admin, 2026, 11);
    const auto december = buildWorkloadReport(admin, 2026, 12);
    ASSERT_TRUE(november && december);
    EXPECT_EQ(november->rules.householdQuota, 20);
    EXPECT_EQ(december->rules.householdQuota, 15);
    Statement audited = prepare(db, "SELECT count(*) FROM audit_log WHERE object = 'score_rules:2026-12'");
    audited.next();
    EXPECT_GE(audited.integer(0), 2) << "the change and the refused try";
}
