#include "shegong/core/work/handover.h"

#include "core/storage/sql.h"
#include "shegong/core/base/validation.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"
#include "shegong/core/work/workerrepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace shegong::core {
namespace {

struct HandoverText {
    Q_DECLARE_TR_FUNCTIONS(Handover)
};

QString isoDay(QDate day)
{
    return day.toString(Qt::ISODate);
}

// The current address of a household, as workers write it: "景和苑5幢 2-1101".
constexpr const char* kAddress = "dwelling_address(b.address, d.stairwell, d.number, d.use)";

} // namespace

int carryOverEvents(const Database& db, QDate today, const Clock& clock)
{
    Statement due = prepare(db, "SELECT s.id, s.area_id, s.worker_id, coalesce(s.assigned_by, s.worker_id),"
                                " coalesce(boss.account, '-') FROM area_assignments s"
                                " LEFT JOIN workers boss ON boss.id = s.assigned_by"
                                " WHERE s.ends IS NULL AND s.events_moved_on IS NULL AND s.starts <= ?");
    due.bind(isoDay(today));
    struct Due {
        Id assignment, area, worker, actor;
        QString actorAccount;
    };
    std::vector<Due> handovers;
    while (due.next())
        handovers.push_back({due.integer(0), due.integer(1), due.integer(2), due.integer(3), due.text(4)});
    due.reset();

    Statement events =
        prepare(db, "SELECT e.id FROM events e JOIN households hh ON hh.id = e.household_id"
                    " JOIN dwellings d ON d.id = hh.dwelling_id JOIN buildings b ON b.id = d.building_id"
                    " WHERE b.area_id = ?");
    int moved = 0;
    for (const Due& h : handovers) {
        events.bind(h.area);
        std::vector<Id> ids;
        while (events.next())
            ids.push_back(events.integer(0));
        events.reset();
        const int count = handOverEvents(db, ids, h.worker, h.actor, clock);
        prepare(db, "UPDATE area_assignments SET events_moved_on = ? WHERE id = ?")
            .bind(isoDay(today), h.assignment)
            .run();
        if (count == 0)
            continue;
        AuditLog(db, clock).append(
            {h.actorAccount, QStringLiteral("-"), QStringLiteral("handover_events"),
             QStringLiteral("area:%1").arg(h.area), QStringLiteral("ok"),
             QStringLiteral("{\"worker\":%1,\"events\":%2}").arg(h.worker).arg(count)});
        moved += count;
    }
    return moved;
}

int handOverEvents(const Database& db, const std::vector<Id>& eventIds, Id workerId, Id actorId,
                   const Clock& clock)
{
    Statement to = prepare(db, "SELECT account FROM workers WHERE id = ?");
    to.bind(workerId);
    if (!to.next())
        return 0;
    const QString account = to.text(0);
    to.reset();
    const QString now = clock().toUTC().toString(Qt::ISODate);
    Statement from = prepare(db, "SELECT w.account FROM events e JOIN workers w ON w.id = e.assignee_id"
                                 " WHERE e.id = ? AND e.status <> 'closed' AND e.assignee_id <> ?");
    Statement assign = prepare(db, "UPDATE events SET assignee_id = ? WHERE id = ?");
    Statement log = prepare(
        db,
        "INSERT INTO event_actions(event_id, worker_id, at, action, note) VALUES(?, ?, ?, 'handover', ?)");
    WriteTransaction transaction(db); // joins the caller's
    int moved = 0;
    for (const Id eventId : eventIds) {
        from.bind(eventId, workerId);
        if (!from.next())
            continue; // closed, or already theirs
        const QString previous = from.text(0);
        from.reset();
        assign.bind(workerId, eventId).run();
        // The log keeps accounts, not words: it reads the same in every language.
        log.bind(eventId, actorId, now, QStringLiteral("%1 → %2").arg(previous, account)).run();
        transaction.changed({ChangeKind::Event, eventId});
        ++moved;
    }
    transaction.commit();
    return moved;
}

Result<HandoverDossier> handoverDossier(const Access& access, Id areaId, QDate asOf, const Clock& clock)
{
    const Database& db = access.database();
    const Session& session = access.session();
    Statement area = prepare(db, "SELECT a.code, a.name, c.name FROM areas a"
                                 " JOIN communities c ON c.id = a.community_id WHERE a.id = ?");
    area.bind(areaId);
    if (!area.next())
        return Error{QStringLiteral("area"), HandoverText::tr("Area: it does not exist")};
    if (!access.mayEditArea(areaId))
        return Error{QStringLiteral("role"), HandoverText::tr("Your role may not print this area's dossier")};

    HandoverDossier d;
    d.subdistrict = DistrictRepository(db).subdistrictName();
    d.areaCode = area.text(0);
    d.areaName = area.text(1);
    d.community = area.text(2);
    area.reset();
    d.asOf = asOf;

    const WorkerRepository workers(db);
    for (const AreaAssignment& a : workers.assignmentsOf(areaId)) {
        const auto w = workers.worker(a.workerId);
        d.assignments.push_back({w ? w->name : QString(), w ? w->account : QString(), a.starts, a.ends});
    }
    d.leaders = workers.leadersOf(areaId);

    const QString day = isoDay(asOf);
    const QString since = isoDay(asOf.addDays(-90));
    const bool sensitive = access.may(Permission::ViewSensitiveTags, areaId);
    Statement households = prepare(
        db, std::string("SELECT h.id, ") + kAddress +
                ","
                " (SELECT r.name FROM residents r WHERE r.household_id = h.id AND r.moved_out IS NULL"
                "   ORDER BY r.relation <> 'head', r.id LIMIT 1),"
                " (SELECT count(*) FROM residents r WHERE r.household_id = h.id AND r.moved_out IS NULL),"
                " (SELECT count(*) FROM residents r WHERE r.household_id = h.id AND r.moved_out IS NULL"
                "   AND r.registration = 'floating'),"
                " (SELECT count(*) FROM events e WHERE e.household_id = h.id AND e.status <> 'closed'),"
                " EXISTS(SELECT 1 FROM residents r JOIN resident_tags t ON t.resident_id = r.id"
                "   JOIN tag_kinds k ON k.code = t.tag WHERE r.household_id = h.id AND r.moved_out IS NULL"
                "   AND k.duty = 'special_groups'),"
                " v.visited_on, w.name"
                " FROM buildings b JOIN dwellings d ON d.building_id = b.id"
                " JOIN households h ON h.dwelling_id = d.id AND h.moved_out IS NULL"
                " LEFT JOIN visits v ON v.id = (SELECT v2.id FROM visits v2 WHERE v2.household_id = h.id"
                "   AND v2.visited_on <= ?2 ORDER BY v2.visited_on DESC, v2.id DESC LIMIT 1)"
                " LEFT JOIN workers w ON w.id = v.worker_id"
                " WHERE b.area_id = ?1 ORDER BY b.code, d.stairwell, d.floor, d.number");
    households.bind(areaId, day);
    while (households.next()) {
        HandoverDossier::Household h;
        h.id = households.integer(0);
        h.address = households.text(1);
        h.head = households.text(2);
        h.members = int(households.integer(3));
        h.floatingMembers = int(households.integer(4));
        h.openEvents = int(households.integer(5));
        h.specialGroup = households.integer(6) != 0 && sensitive;
        if (!households.isNull(7)) {
            h.lastVisit = QDate::fromString(households.text(7), Qt::ISODate);
            h.lastVisitor = households.text(8);
            if (households.text(7) > since)
                ++d.householdsVisitedIn90Days;
        }
        d.residents += h.members;
        d.floatingResidents += h.floatingMembers;
        d.households.push_back(std::move(h));
    }
    households.reset();

    d.sensitiveShown = sensitive;
    if (d.sensitiveShown) {
        Statement tagged = prepare(
            db, std::string("SELECT r.id, r.name, ") + kAddress +
                    ", r.birth_date, k.name FROM residents r"
                    " JOIN resident_tags t ON t.resident_id = r.id JOIN tag_kinds k ON k.code = t.tag"
                    " JOIN households h ON h.id = r.household_id AND h.moved_out IS NULL"
                    " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
                    " WHERE b.area_id = ? AND r.moved_out IS NULL AND k.sensitive = 1"
                    " ORDER BY k.duty = 'special_groups' DESC, b.code, d.stairwell, d.floor, d.number, r.id, "
                    "k.code");
        tagged.bind(areaId);
        Id last = 0;
        while (tagged.next()) {
            if (tagged.integer(0) != last) {
                last = tagged.integer(0);
                d.specialGroups.push_back({tagged.text(1),
                                           tagged.text(2),
                                           {},
                                           ageOn(QDate::fromString(tagged.text(3), Qt::ISODate), asOf)});
            }
            d.specialGroups.back().tags << tagged.text(4);
        }
    }

    Statement events = prepare(
        db, std::string(
                "SELECT e.id, e.opened_on, e.due_on, e.category, e.status, coalesce(e.escalated_to, ''), ") +
                kAddress +
                ", e.description, w.name FROM events e JOIN workers w ON w.id = e.assignee_id"
                " JOIN households h ON h.id = e.household_id JOIN dwellings d ON d.id = h.dwelling_id"
                " JOIN buildings b ON b.id = d.building_id"
                " WHERE b.area_id = ? AND e.status <> 'closed' ORDER BY e.due_on, e.id");
    events.bind(areaId);
    while (events.next()) {
        HandoverDossier::OpenEvent e;
        e.id = events.integer(0);
        e.openedOn = QDate::fromString(events.text(1), Qt::ISODate);
        e.dueOn = QDate::fromString(events.text(2), Qt::ISODate);
        e.category = events.text(3);
        e.status = events.text(4);
        e.escalatedTo = events.text(5);
        e.address = events.text(6);
        e.description = events.text(7);
        e.assignee = events.text(8);
        e.overdue = (e.status == QLatin1String("open") || e.status == QLatin1String("in_progress")) &&
                    events.text(2) < day;
        d.openEvents.push_back(std::move(e));
    }

    AuditLog(db, clock).append(
        {session.worker.account, session.workstation, QStringLiteral("print"),
         QStringLiteral("area:%1").arg(areaId), QStringLiteral("ok"),
         QStringLiteral("{\"document\":\"handover_dossier\",\"as_of\":\"%1\"}").arg(day)});
    return d;
}

std::vector<AreaRosterRow> areaRoster(const Access& access, QDate today)
{
    std::vector<AreaRosterRow> rows;
    if (!access.may(Permission::ReassignAreas))
        return rows;
    const Scope scope = access.scope(Permission::ReassignAreas);
    Statement q = prepare(
        access.database(),
        "SELECT a.id, a.code, a.name, c.name, c.id, now.name, now.account, cur.starts, nxt_w.name, "
        "nxt.starts,"
        " (SELECT count(*) FROM buildings b JOIN dwellings d ON d.building_id = b.id"
        "   JOIN households h ON h.dwelling_id = d.id AND h.moved_out IS NULL WHERE b.area_id = a.id),"
        " (SELECT count(*) FROM buildings b JOIN dwellings d ON d.building_id = b.id"
        "   JOIN households h ON h.dwelling_id = d.id JOIN events e ON e.household_id = h.id"
        "   WHERE b.area_id = a.id AND e.status <> 'closed')"
        " FROM areas a JOIN communities c ON c.id = a.community_id"
        " LEFT JOIN area_assignments cur ON cur.area_id = a.id AND cur.starts <= ?1"
        "   AND (cur.ends IS NULL OR cur.ends >= ?1)"
        " LEFT JOIN workers now ON now.id = cur.worker_id"
        " LEFT JOIN area_assignments nxt ON nxt.area_id = a.id AND nxt.starts > ?1 AND nxt.ends IS NULL"
        " LEFT JOIN workers nxt_w ON nxt_w.id = nxt.worker_id"
        " WHERE ?2 = 1 OR a.community_id = ?3 ORDER BY a.code");
    q.bind(isoDay(today), scope.whole() ? 1 : 0, scope.communityId);
    while (q.next()) {
        AreaRosterRow r;
        r.areaId = q.integer(0);
        r.code = q.text(1);
        r.name = q.text(2);
        r.community = q.text(3);
        r.communityId = q.integer(4);
        r.worker = q.text(5);
        r.account = q.text(6);
        r.since = QDate::fromString(q.text(7), Qt::ISODate);
        r.nextWorker = q.text(8);
        r.nextFrom = QDate::fromString(q.text(9), Qt::ISODate);
        r.households = int(q.integer(10));
        r.openEvents = int(q.integer(11));
        rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<Worker> eligibleWorkers(const Database& db, Id communityId)
{
    std::vector<Worker> result;
    for (Worker& w : WorkerRepository(db).workers())
        if (roleHas(w.role, Permission::AnswerForAreas) && w.active && w.communityId == communityId)
            result.push_back(std::move(w));
    std::sort(result.begin(), result.end(),
              [](const Worker& a, const Worker& b) { return a.account < b.account; });
    return result;
}

} // namespace shegong::core
