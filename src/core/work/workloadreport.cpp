#include "shegong/core/work/workloadreport.h"

#include "core/storage/sql.h"
#include "shegong/core/base/csv.h"
#include "shegong/core/base/displaynames.h"
#include "shegong/core/mediation/mediationservice.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>
#include <set>

namespace shegong::core {
namespace {

struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(WorkloadReport)
};

constexpr Duty kDuties[kDutyCount] = {Duty::Mediation,        Duty::FamilyPlanning, Duty::Health,
                                      Duty::CultureEducation, Duty::CivilAffairs,   Duty::SpecialGroups};

int dutyIndex(const QString& code)
{
    for (int i = 0; i < kDutyCount; ++i)
        if (toString(kDuties[i]) == code)
            return i;
    return 0;
}

double scoreOf(const WorkerWorkload& w, const WorkloadRules& rules)
{
    const double quota = std::min(1.0, double(w.householdsVisited) / std::max(1, rules.householdQuota));
    int opened = 0, resolved = 0;
    for (int i = 0; i < kDutyCount; ++i) {
        opened += w.eventsOpened[size_t(i)];
        resolved += w.eventsResolved[size_t(i)];
    }
    const double handled = opened ? std::min(1.0, double(resolved) / opened) : 1.0;
    const double overdue = 1.0 - std::min(1.0, w.overdueEvents / 5.0);
    return std::round(
               (rules.visitWeight * quota + rules.resolvedWeight * handled + rules.overdueWeight * overdue) *
               10) /
           10;
}

void add(WorkerWorkload& total, const WorkerWorkload& w)
{
    total.householdsInCharge += w.householdsInCharge;
    total.householdsVisited += w.householdsVisited;
    total.floatingHouseholdsVisited += w.floatingHouseholdsVisited;
    total.visits += w.visits;
    total.quotaMet = total.quotaMet && w.quotaMet;
    total.overdueEvents += w.overdueEvents;
    total.mediation.consultations += w.mediation.consultations;
    total.mediation.casesOpened += w.mediation.casesOpened;
    total.mediation.casesAttended += w.mediation.casesAttended;
    total.mediation.casesConcluded += w.mediation.casesConcluded;
    for (size_t i = 0; i < kDutyCount; ++i) {
        total.eventsOpened[i] += w.eventsOpened[i];
        total.eventsResolved[i] += w.eventsResolved[i];
    }
}

//! Session times are stored in UTC; the month's bounds are the PC's local midnights.
QString utcMidnight(QDate day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

//! Outcomes that end a mediator's work on a case at its level (escalation hands it on instead).
constexpr const char* kConcludingSteps = "('agreement', 'litigation', 'withdraw')";

//! The mediation duty's figures of the month, by worker: `add(worker, figure)` per row.
void countMediation(const Database& db, const QDate& first, std::map<Id, size_t>& index,
                    std::vector<WorkerWorkload>& workers)
{
    const QString from = first.toString(Qt::ISODate), until = first.addMonths(1).toString(Qt::ISODate);
    const auto tally = [&](Statement q, int MediationWork::*figure) {
        while (q.next())
            if (auto it = index.find(q.integer(0)); it != index.end())
                workers[it->second].mediation.*figure = int(q.integer(1));
    };
    Statement consultations =
        prepare(db, "SELECT worker_id, count(*) FROM consultations WHERE day >= ?1 AND day < ?2 GROUP BY 1");
    consultations.bind(from, until);
    tally(std::move(consultations), &MediationWork::consultations);
    Statement opened = prepare(db, "SELECT started_by, count(*) FROM mediation_cases"
                                   " WHERE intake_day >= ?1 AND intake_day < ?2 GROUP BY 1");
    opened.bind(from, until);
    tally(std::move(opened), &MediationWork::casesOpened);
    Statement attended = prepare(db, "SELECT m.worker_id, count(DISTINCT s.case_id) FROM mediation_sessions s"
                                     " JOIN mediation_mediators m ON m.case_id = s.case_id"
                                     " WHERE s.held_at >= ?1 AND s.held_at < ?2 GROUP BY 1");
    attended.bind(utcMidnight(first), utcMidnight(first.addMonths(1)));
    tally(std::move(attended), &MediationWork::casesAttended);
    Statement concluded =
        prepare(db, std::string("SELECT m.worker_id, count(DISTINCT st.case_id) FROM mediation_steps st"
                                " JOIN mediation_mediators m ON m.case_id = st.case_id WHERE st.step IN ") +
                        kConcludingSteps + " AND st.at >= ?1 AND st.at < ?2 GROUP BY 1");
    concluded.bind(from, until);
    tally(std::move(concluded), &MediationWork::casesConcluded);
}

} // namespace

Result<WorkloadReport> buildWorkloadReport(const Database& db, int year, int month,
                                           const std::optional<QString>& community,
                                           const WorkloadRules& rules)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return Error{QStringLiteral("month"),
                     ReportText::tr("Month: %1-%2 is not a month").arg(year).arg(month)};
    const QString from = first.toString(Qt::ISODate), until = first.addMonths(1).toString(Qt::ISODate);
    const QString lastDay = first.addMonths(1).addDays(-1).toString(Qt::ISODate);

    WorkloadReport report;
    report.subdistrict = db.meta(QStringLiteral("subdistrict_name"));
    report.scope = report.subdistrict;
    report.year = year;
    report.month = month;
    report.rules = rules;

    std::optional<Id> communityId;
    if (community) {
        Statement c = prepare(db, "SELECT id, name FROM communities WHERE code = ?1 OR name = ?1");
        c.bind(*community);
        if (!c.next())
            return Error{QStringLiteral("community"),
                         ReportText::tr("Community: %1 does not exist").arg(*community)};
        communityId = c.integer(0);
        report.scope = c.text(1);
    }

    // Workers with an assignment that overlaps the month, and their areas.
    Statement workers = prepare(
        db,
        "SELECT w.id, w.account, w.name, min(c.name), string_agg(a.name, '、'), min(c.code) FROM workers w"
        " JOIN area_assignments s ON s.worker_id = w.id AND s.starts <= ?2 AND (s.ends IS NULL OR "
        "s.ends >= ?1)"
        " JOIN areas a ON a.id = s.area_id JOIN communities c ON c.id = a.community_id"
        " WHERE w.role = 'social_worker' AND c.id = coalesce(?3, c.id)"
        " GROUP BY w.id ORDER BY min(c.code), w.account");
    workers.bind(from, lastDay, communityId);
    std::map<Id, size_t> index;
    while (workers.next()) {
        WorkerWorkload w;
        w.workerId = workers.integer(0);
        w.account = workers.text(1);
        w.name = workers.text(2);
        w.community = workers.text(3);
        w.areas = workers.text(4).split(QStringLiteral("、"));
        index[w.workerId] = report.workers.size();
        report.workers.push_back(std::move(w));
    }

    Statement inCharge =
        prepare(db, "SELECT s.worker_id, count(DISTINCT h.id) FROM area_assignments s JOIN buildings b ON "
                    "b.area_id = s.area_id"
                    " JOIN dwellings d ON d.building_id = b.id JOIN households h ON h.dwelling_id = d.id"
                    " AND h.moved_in <= ?1 AND (h.moved_out IS NULL OR h.moved_out > ?1)"
                    " WHERE s.starts <= ?1 AND (s.ends IS NULL OR s.ends >= ?1) GROUP BY s.worker_id");
    inCharge.bind(lastDay);
    while (inCharge.next())
        if (auto it = index.find(inCharge.integer(0)); it != index.end())
            report.workers[it->second].householdsInCharge = int(inCharge.integer(1));

    Statement visits =
        prepare(db, "SELECT worker_id, count(DISTINCT household_id),"
                    " count(DISTINCT CASE WHEN floating = 1 THEN household_id END), count(*)"
                    " FROM visits WHERE visited_on >= ?1 AND visited_on < ?2 GROUP BY worker_id");
    visits.bind(from, until);
    while (visits.next())
        if (auto it = index.find(visits.integer(0)); it != index.end()) {
            WorkerWorkload& w = report.workers[it->second];
            w.householdsVisited = int(visits.integer(1));
            w.floatingHouseholdsVisited = int(visits.integer(2));
            w.visits = int(visits.integer(3));
        }

    // Opened in the month, and resolved in the month (whenever they were opened).
    Statement events = prepare(
        db,
        "SELECT assignee_id, category, count(*) FILTER (WHERE opened_on >= ?1 AND opened_on < ?2),"
        " count(*) FILTER (WHERE resolved_on >= ?1 AND resolved_on < ?2)"
        " FROM events WHERE (opened_on >= ?1 AND opened_on < ?2) OR (resolved_on >= ?1 AND resolved_on < ?2)"
        " GROUP BY 1, 2");
    events.bind(from, until);
    while (events.next())
        if (auto it = index.find(events.integer(0)); it != index.end()) {
            WorkerWorkload& w = report.workers[it->second];
            const int d = dutyIndex(events.text(1));
            w.eventsOpened[size_t(d)] = int(events.integer(2));
            w.eventsResolved[size_t(d)] = int(events.integer(3));
        }

    Statement overdue =
        prepare(db, "SELECT assignee_id, count(*) FROM events WHERE status IN ('open', 'in_progress')"
                    " AND due_on < ?1 AND opened_on < ?1 GROUP BY 1");
    overdue.bind(until);
    while (overdue.next())
        if (auto it = index.find(overdue.integer(0)); it != index.end())
            report.workers[it->second].overdueEvents = int(overdue.integer(1));

    countMediation(db, first, index, report.workers);

    for (WorkerWorkload& w : report.workers) {
        w.quotaMet = w.householdsVisited >= rules.householdQuota;
        w.score = scoreOf(w, rules);
    }

    // Totals: one per community, then the scope.
    WorkerWorkload scopeTotal;
    scopeTotal.community = report.scope;
    scopeTotal.quotaMet = true;
    for (const WorkerWorkload& w : report.workers) {
        if (report.totals.empty() || report.totals.back().community != w.community) {
            WorkerWorkload t;
            t.community = w.community;
            t.quotaMet = true;
            report.totals.push_back(t);
        }
        add(report.totals.back(), w);
        add(scopeTotal, w);
    }
    if (report.totals.size() != 1 || !communityId)
        report.totals.push_back(scopeTotal);

    // Fairness: late entries, repeats, bursts; listed for the director, counted once above.
    // Times are stored in UTC; the director reads them in the PC's zone.
    const auto local = [](const QString& utc, const QString& format) {
        return QDateTime::fromString(utc, Qt::ISODate).toLocalTime().toString(format);
    };
    Statement late =
        prepare(db, "SELECT w.account, w.name, v.visited_on, v.recorded_at FROM visits v JOIN workers w ON "
                    "w.id = v.worker_id"
                    " WHERE v.visited_on >= ?1 AND v.visited_on < ?2 AND julianday(v.recorded_at) - "
                    "julianday(v.visited_on) > ?3"
                    " ORDER BY w.account, v.visited_on");
    late.bind(from, until, rules.lateEntryDays + 1);
    while (late.next())
        report.flags.push_back({late.text(0), late.text(1), QStringLiteral("late_entry"),
                                ReportText::tr("the visit of %1 was entered on %2")
                                    .arg(late.text(2), local(late.text(3), QStringLiteral("yyyy-MM-dd")))});
    Statement repeats = prepare(
        db,
        "SELECT w.account, w.name, dwelling_address(b.address, d.stairwell, d.number, d.use),"
        " (SELECT r.name FROM residents r WHERE r.household_id = v.household_id"
        "   ORDER BY r.moved_out IS NOT NULL, r.relation <> 'head', r.id LIMIT 1), count(*)"
        " FROM visits v JOIN workers w ON w.id = v.worker_id JOIN households h ON h.id = v.household_id"
        " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
        " WHERE v.visited_on >= ?1 AND v.visited_on < ?2 GROUP BY w.id, v.household_id, d.id, b.id HAVING "
        "count(*) > 1"
        " ORDER BY w.account, v.household_id");
    repeats.bind(from, until);
    while (repeats.next())
        report.flags.push_back({repeats.text(0), repeats.text(1), QStringLiteral("repeat_visits"),
                                ReportText::tr("%1 (the %2 household) visited %3 times in the month")
                                    .arg(repeats.text(2), repeats.text(3))
                                    .arg(repeats.integer(4))});
    // A burst: a visit with two or more of the same worker's entered within the minutes either side.
    // One window over the worker's entries in time order, not a count per visit (on a server that
    // was seconds). A visit of the month is entered on or after its day, so earlier entries than the
    // day before the month cannot be near one; the frame's width is a number in the SQL, as frames want.
    const std::string minutes = std::to_string(rules.burstMinutes);
    Statement bursts = prepare(
        db, "SELECT account, name, recorded_at FROM (SELECT w.account, w.name, v.recorded_at, v.visited_on,"
            " count(*) OVER (PARTITION BY v.worker_id ORDER BY julianday(v.recorded_at) * 1440"
            " RANGE BETWEEN " +
                minutes + " PRECEDING AND " + minutes +
                " FOLLOWING) AS nearby"
                " FROM visits v JOIN workers w ON w.id = v.worker_id WHERE v.recorded_at >= ?3) entries"
                " WHERE visited_on >= ?1 AND visited_on < ?2 AND nearby >= 3 ORDER BY account, recorded_at");
    bursts.bind(from, until, QDate::fromString(from, Qt::ISODate).addDays(-1).toString(Qt::ISODate));
    QString lastBurst;
    while (bursts.next()) {
        if (lastBurst == bursts.text(0))
            continue; // one flag a worker is enough to look
        lastBurst = bursts.text(0);
        report.flags.push_back({bursts.text(0), bursts.text(1), QStringLiteral("burst"),
                                ReportText::tr("several visits entered within %1 minutes around %2")
                                    .arg(rules.burstMinutes)
                                    .arg(local(bursts.text(2), QStringLiteral("yyyy-MM-dd HH:mm")))});
    }
    // Only flags of workers in scope.
    std::set<QString> accounts;
    for (const WorkerWorkload& w : report.workers)
        accounts.insert(w.account);
    report.flags.erase(std::remove_if(report.flags.begin(), report.flags.end(),
                                      [&](const FairnessFlag& f) { return !accounts.count(f.account); }),
                       report.flags.end());
    return report;
}

QByteArray workloadCsv(const WorkloadReport& report)
{
    QStringList header{QStringLiteral("account"),
                       QStringLiteral("name"),
                       QStringLiteral("community"),
                       QStringLiteral("areas"),
                       QStringLiteral("households_in_charge"),
                       QStringLiteral("households_visited"),
                       QStringLiteral("floating_households_visited"),
                       QStringLiteral("visits"),
                       QStringLiteral("quota_met")};
    for (Duty d : kDuties)
        header << QStringLiteral("opened_%1").arg(toString(d))
               << QStringLiteral("resolved_%1").arg(toString(d));
    header << QStringLiteral("overdue_events") << QStringLiteral("mediation_consultations")
           << QStringLiteral("mediation_cases_opened") << QStringLiteral("mediation_cases_attended")
           << QStringLiteral("mediation_cases_concluded") << QStringLiteral("score");
    QString csv = QStringLiteral("\uFEFF") + header.join(u',') + QStringLiteral("\r\n");
    const auto row = [&](const WorkerWorkload& w, const QString& account, const QString& name) {
        QStringList fields{csvField(account),
                           csvField(name),
                           csvField(w.community),
                           csvField(w.areas.join(u' ')),
                           QString::number(w.householdsInCharge),
                           QString::number(w.householdsVisited),
                           QString::number(w.floatingHouseholdsVisited),
                           QString::number(w.visits),
                           account.isEmpty() ? QString()
                           : w.quotaMet      ? QStringLiteral("yes")
                                             : QStringLiteral("no")};
        for (size_t i = 0; i < kDutyCount; ++i)
            fields << QString::number(w.eventsOpened[i]) << QString::number(w.eventsResolved[i]);
        fields << QString::number(w.overdueEvents) << QString::number(w.mediation.consultations)
               << QString::number(w.mediation.casesOpened) << QString::number(w.mediation.casesAttended)
               << QString::number(w.mediation.casesConcluded)
               << (account.isEmpty() ? QString() : QString::number(w.score, 'f', 1));
        csv += fields.join(u',') + QStringLiteral("\r\n");
    };
    for (const WorkerWorkload& w : report.workers)
        row(w, w.account, w.name);
    for (const WorkerWorkload& t : report.totals)
        row(t, QString(), QStringLiteral("TOTAL"));
    return csv.toUtf8();
}

namespace {

Error outsideReportScope()
{
    return Error{QStringLiteral("scope"),
                 ReportText::tr("You may not read this part of the workload report")};
}

//! Whether the session may read a worker's row: anyone's (subdistrict), their community's, or their own.
bool mayReadRow(const Access& access, Id workerId)
{
    switch (access.reach(Permission::ViewWorkloadReport)) {
    case Reach::None:
        return false;
    case Reach::Own:
        return workerId == access.session().worker.id;
    case Reach::Community: {
        auto q = cached(access.database(), "SELECT community_id FROM workers WHERE id = ?");
        q->bind(workerId);
        return q->next() && access.session().worker.communityId &&
               q->integer(0) == *access.session().worker.communityId;
    }
    case Reach::Subdistrict:
        return true;
    }
    return false;
}

} // namespace

WorkloadRules scoreRulesFor(const Database& db, int year, int month)
{
    WorkloadRules rules;
    auto q =
        cached(db, "SELECT household_quota, visit_weight, resolved_weight, overdue_weight FROM score_rules"
                   " WHERE first_month <= ? ORDER BY first_month DESC LIMIT 1");
    q->bind(QDate(year, month, 1).toString(QStringLiteral("yyyy-MM")));
    if (q->next()) {
        rules.householdQuota = int(q->integer(0));
        rules.visitWeight = q->real(1);
        rules.resolvedWeight = q->real(2);
        rules.overdueWeight = q->real(3);
    }
    q->reset();
    return rules;
}

Result<void> setScoreRules(const Access& access, int year, int month, const WorkloadRules& rules)
{
    const QString first = QDate(year, month, 1).toString(QStringLiteral("yyyy-MM"));
    if (!access.may(Permission::SetScoreRules))
        return refusedWrite(
            access, QStringLiteral("set"), QStringLiteral("score_rules:%1").arg(first),
            Error{QStringLiteral("role"),
                  ReportText::tr("Only the subdistrict administrator sets the score's rules")});
    const QDate today = access.today();
    if (!QDate(year, month, 1).isValid() || QDate(year, month, 1) < QDate(today.year(), today.month(), 1))
        return Error{QStringLiteral("month"),
                     ReportText::tr("Month: from this month on (reports of past months keep their rules)")};
    if (rules.householdQuota < 1 || rules.householdQuota > 200)
        return Error{QStringLiteral("quota"), ReportText::tr("Quota: 1 to 200 households a month")};
    const double sum = rules.visitWeight + rules.resolvedWeight + rules.overdueWeight;
    if (rules.visitWeight < 0 || rules.resolvedWeight < 0 || rules.overdueWeight < 0 ||
        std::abs(sum - 100) > 1e-6)
        return Error{QStringLiteral("weights"), ReportText::tr("Weights: none negative, together 100")};
    const Database& db = access.database();
    const Session& session = access.session();
    WriteTransaction transaction(db);
    prepare(db,
            "INSERT INTO score_rules(first_month, household_quota, visit_weight, resolved_weight,"
            " overdue_weight, set_by, set_at) VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(first_month) DO UPDATE"
            " SET household_quota = excluded.household_quota, visit_weight = excluded.visit_weight,"
            " resolved_weight = excluded.resolved_weight, overdue_weight = excluded.overdue_weight,"
            " set_by = excluded.set_by, set_at = excluded.set_at")
        .bind(first, rules.householdQuota, rules.visitWeight, rules.resolvedWeight, rules.overdueWeight,
              session.worker.account, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .run();
    AuditLog(db).append({session.worker.account, session.workstation, QStringLiteral("set"),
                         QStringLiteral("score_rules:%1").arg(first), QStringLiteral("ok"),
                         QStringLiteral("{\"quota\":%1,\"visit\":%2,\"resolved\":%3,\"overdue\":%4}")
                             .arg(rules.householdQuota)
                             .arg(rules.visitWeight)
                             .arg(rules.resolvedWeight)
                             .arg(rules.overdueWeight)});
    transaction.commit();
    return {};
}

Result<WorkloadReport> buildWorkloadReport(const Access& access, int year, int month,
                                           std::optional<QString> community)
{
    if (!QDate(year, month, 1).isValid())
        return Error{QStringLiteral("month"),
                     ReportText::tr("Month: %1-%2 is not a month").arg(year).arg(month)};
    const WorkloadRules rules = scoreRulesFor(access.database(), year, month);
    const Reach reach = access.reach(Permission::ViewWorkloadReport);
    if (reach == Reach::None)
        return outsideReportScope();
    const Session& session = access.session();
    if (reach != Reach::Subdistrict) {
        // Community people read their own community: unnamed, it is theirs; another is refused.
        auto own = cached(access.database(), "SELECT code, name FROM communities WHERE id = ?");
        own->bind(session.worker.communityId.value_or(0));
        if (!own->next() || (community && *community != own->text(0) && *community != own->text(1)))
            return outsideReportScope();
        community = own->text(0);
    }
    auto report = buildWorkloadReport(access.database(), year, month, community, rules);
    if (report && reach == Reach::Own) {
        // A social worker's own row: not the colleagues', not the totals made of them.
        WorkloadReport& own = report.value();
        std::erase_if(own.workers, [&](const WorkerWorkload& w) { return w.workerId != session.worker.id; });
        std::erase_if(own.flags, [&](const FairnessFlag& f) { return f.account != session.worker.account; });
        own.totals.clear();
    }
    return report;
}

Result<std::vector<RecordBehind>> recordsBehind(const Access& access, Id workerId, int year, int month)
{
    if (!mayReadRow(access, workerId))
        return outsideReportScope();
    const Database& db = access.database();
    std::vector<RecordBehind> records;
    const QDate first(year, month, 1);
    const QString from = first.toString(Qt::ISODate), to = first.addMonths(1).toString(Qt::ISODate);
    Statement visits =
        prepare(db, "SELECT v.visited_on, dwelling_address(b.address, d.stairwell, d.number, d.use), v.mode, "
                    "v.duties FROM visits v"
                    " JOIN households h ON h.id = v.household_id JOIN dwellings d ON d.id = h.dwelling_id"
                    " JOIN buildings b ON b.id = d.building_id WHERE v.worker_id = ?1 AND v.visited_on >= ?2"
                    " AND v.visited_on < ?3 ORDER BY v.visited_on");
    visits.bind(workerId, from, to);
    while (visits.next()) {
        QStringList duties;
        for (const QString& code : visits.text(3).split(u',', Qt::SkipEmptyParts))
            duties << dutyName(dutyFrom(code));
        records.push_back({QDate::fromString(visits.text(0), Qt::ISODate),
                           RecordBehind::Kind::Visit,
                           visits.text(1),
                           visitModeName(visitModeFrom(visits.text(2))),
                           duties.join(QStringLiteral("、")),
                           {},
                           {}});
    }
    Statement events = prepare(
        db, "SELECT opened_on, category, status, due_on, description FROM events WHERE assignee_id = ?1"
            " AND ((opened_on >= ?2 AND opened_on < ?3) OR (status IN ('open', 'in_progress') AND due_on < ?3"
            " AND opened_on < ?3)) ORDER BY opened_on");
    events.bind(workerId, from, to);
    while (events.next())
        records.push_back({QDate::fromString(events.text(0), Qt::ISODate),
                           RecordBehind::Kind::Event,
                           {},
                           dutyName(dutyFrom(events.text(1))),
                           eventStatusName(eventStatusFrom(events.text(2))),
                           QDate::fromString(events.text(3), Qt::ISODate),
                           events.text(4)});
    Statement consultations =
        prepare(db, "SELECT c.day, p.name, c.category, c.outcome FROM consultations c"
                    " JOIN mediation_places p ON p.id = c.place_id WHERE c.worker_id = ?1 AND c.day >= ?2"
                    " AND c.day < ?3 ORDER BY c.day, c.id");
    consultations.bind(workerId, from, to);
    while (consultations.next())
        records.push_back({QDate::fromString(consultations.text(0), Qt::ISODate),
                           RecordBehind::Kind::Consultation,
                           consultations.text(1),
                           disputeCategoryName(disputeCategoryFrom(consultations.text(2))),
                           consultationOutcomeName(consultationOutcomeFrom(consultations.text(3))),
                           {},
                           {}});
    // The cases behind opened, attended and concluded: number, title and state, never the content.
    Statement cases = prepare(
        db, std::string("SELECT c.id, x.day, x.what, c.title, c.state FROM mediation_cases c JOIN ("
                        "  SELECT id AS case_id, intake_day AS day, 'opened' AS what FROM mediation_cases"
                        "   WHERE started_by = ?1 AND intake_day >= ?2 AND intake_day < ?3"
                        "  UNION ALL SELECT s.case_id, min(s.held_at), 'attended' FROM mediation_sessions s"
                        "   JOIN mediation_mediators m ON m.case_id = s.case_id AND m.worker_id = ?1"
                        "   WHERE s.held_at >= ?4 AND s.held_at < ?5 GROUP BY s.case_id"
                        "  UNION ALL SELECT st.case_id, min(st.at), 'concluded' FROM mediation_steps st"
                        "   JOIN mediation_mediators m ON m.case_id = st.case_id AND m.worker_id = ?1"
                        "   WHERE st.step IN ") +
                kConcludingSteps +
                " AND st.at >= ?2 AND st.at < ?3 GROUP BY st.case_id"
                ") x ON x.case_id = c.id ORDER BY x.day, c.id");
    cases.bind(workerId, from, to, utcMidnight(first), utcMidnight(first.addMonths(1)));
    while (cases.next()) {
        const QString day = cases.text(1);
        const QString what = cases.text(2);
        records.push_back({day.size() > 10 ? QDateTime::fromString(day, Qt::ISODate).toLocalTime().date()
                                           : QDate::fromString(day, Qt::ISODate),
                           RecordBehind::Kind::MediationCase,
                           currentCaseNumber(db, cases.integer(0)),
                           what == QLatin1String("opened")     ? ReportText::tr("case opened")
                           : what == QLatin1String("attended") ? ReportText::tr("case mediated")
                                                               : ReportText::tr("case concluded"),
                           caseStateName(caseStateFrom(cases.text(4))),
                           {},
                           cases.text(3)});
    }
    return records;
}

} // namespace shegong::core
