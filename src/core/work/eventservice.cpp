#include "shegong/core/work/eventservice.h"

#include "core/storage/sql.h"
#include "shegong/core/base/enumcodec.h"
#include "shegong/core/base/validation.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"
#include "shegong/core/work/workerrepository.h"

#include <QCoreApplication>

namespace shegong::core {
namespace {

struct EventText {
    Q_DECLARE_TR_FUNCTIONS(Events)
};

bool allowedStep(EventStatus from, EventStatus to)
{
    switch (from) {
    case EventStatus::Open:
        return to == EventStatus::InProgress || to == EventStatus::Resolved;
    case EventStatus::InProgress:
        return to == EventStatus::Resolved;
    case EventStatus::Resolved:
        return to == EventStatus::Closed || to == EventStatus::InProgress; // reopened
    case EventStatus::Closed:
        return false;
    }
    return false;
}

} // namespace

namespace {
constexpr EnumCodec<EventStatus, 4> kEventStatuses{"event status",
                                                   {{{EventStatus::Open, "open"},
                                                     {EventStatus::InProgress, "in_progress"},
                                                     {EventStatus::Resolved, "resolved"},
                                                     {EventStatus::Closed, "closed"}}}};
} // namespace

QString toString(EventStatus status)
{
    return kEventStatuses.code(status);
}

EventStatus eventStatusFrom(const QString& text)
{
    return kEventStatuses.stored(text);
}

namespace {

struct EventRow {
    EventStatus status;
    Id areaId;
    Id householdId;
};

std::optional<EventRow> findEvent(const Database& db, Id eventId)
{
    Statement q =
        prepare(db, "SELECT e.status, b.area_id, e.household_id FROM events e"
                    " JOIN households h ON h.id = e.household_id"
                    " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
                    " WHERE e.id = ?");
    q.bind(eventId);
    if (!q.next())
        return std::nullopt;
    return EventRow{eventStatusFrom(q.text(0)), q.integer(1), q.integer(2)};
}

//! The event, if it exists and lies in the session's editable scope.
Result<EventRow> editableEvent(const Access& access, Id eventId)
{
    const auto row = findEvent(access.database(), eventId);
    if (!row)
        return Error{QStringLiteral("event"), EventText::tr("Event %1 does not exist").arg(eventId)};
    if (!access.mayEditArea(row->areaId))
        return refusedWrite(access, QStringLiteral("update"), QStringLiteral("event:%1").arg(eventId),
                            Error{QStringLiteral("event"), EventText::tr("The event is not in your areas")});
    return *row;
}

} // namespace

Result<Id> EventService::open(const NewEvent& e) const
{
    const Database& db = m_access.database();
    Statement place =
        prepare(db, "SELECT b.area_id, a.community_id, h.moved_out IS NOT NULL FROM households h"
                    " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
                    " JOIN areas a ON a.id = b.area_id WHERE h.id = ?");
    place.bind(e.householdId);
    if (!place.next())
        return Error{QStringLiteral("household"),
                     EventText::tr("Household %1 does not exist").arg(e.householdId)};
    const Id areaId = place.integer(0), communityId = place.integer(1);
    const bool gone = place.integer(2) != 0;
    place.reset();
    if (!m_access.mayEditArea(areaId) || !m_access.may(Permission::RecordVisits))
        return refusedWrite(
            m_access, QStringLiteral("open"), QStringLiteral("household:%1").arg(e.householdId),
            Error{QStringLiteral("household"), EventText::tr("The household is not in your areas")});
    if (gone)
        return Error{QStringLiteral("household"), EventText::tr("The household has moved out")};
    if (e.residentId) {
        Statement member =
            prepare(db, "SELECT 1 FROM residents WHERE id = ? AND household_id = ? AND moved_out IS NULL");
        member.bind(*e.residentId, e.householdId);
        if (!member.next())
            return Error{QStringLiteral("resident"),
                         EventText::tr("Resident: not a member of this household")};
    }
    if (e.description.trimmed().size() < 2)
        return Error{QStringLiteral("description"), EventText::tr("Description: say what the matter is")};
    if (auto text =
            parseFreeText(e.description, QStringLiteral("description"), EventText::tr("Description"), 2000);
        !text)
        return text.error();
    const QDate today = m_clock().toLocalTime().date();
    if (!e.dueOn.isValid() || e.dueOn < today)
        return Error{QStringLiteral("due_on"), EventText::tr("Due date: today or later")};
    Id assignee = m_access.session().worker.id;
    if (e.assigneeId) {
        Statement worker =
            prepare(db, "SELECT 1 FROM workers WHERE id = ? AND role = 'social_worker' AND active = 1"
                        " AND community_id = ?");
        worker.bind(*e.assigneeId, communityId);
        if (!worker.next())
            return Error{QStringLiteral("assignee"),
                         EventText::tr("Assignee: an active social worker of the household's community")};
        assignee = *e.assigneeId;
    } else if (const auto current = WorkerRepository(db).workerOfArea(areaId, today)) {
        assignee = current->id;
    }
    const Session& session = m_access.session();
    WriteTransaction transaction(db);
    const Id id =
        prepare(db, "INSERT INTO events(household_id, resident_id, category, description, assignee_id,"
                    " opened_on, due_on) VALUES(?, ?, ?, ?, ?, ?, ?)")
            .bind(e.householdId, e.residentId, toString(e.category), e.description.trimmed(), assignee,
                  today.toString(Qt::ISODate), e.dueOn.toString(Qt::ISODate))
            .insert();
    prepare(db,
            "INSERT INTO event_actions(event_id, worker_id, at, action, note) VALUES(?, ?, ?, 'open', '')")
        .bind(id, session.worker.id, m_clock().toUTC().toString(Qt::ISODate))
        .run();
    AuditLog(db, m_clock)
        .append({session.worker.account, session.workstation, QStringLiteral("create"),
                 QStringLiteral("event:%1").arg(id), QStringLiteral("ok"),
                 QStringLiteral("{\"household\":%1,\"assignee\":%2}").arg(e.householdId).arg(assignee)});
    transaction.changed({ChangeKind::Event, id, e.householdId});
    transaction.commit();
    return id;
}

Result<void> EventService::advance(Id eventId, EventStatus to, const QString& note) const
{
    const Database& db = m_access.database();
    const auto row = editableEvent(m_access, eventId);
    if (!row)
        return row.error();
    if (!allowedStep(row->status, to))
        return Error{QStringLiteral("status"),
                     EventText::tr("Status: %1 cannot become %2").arg(toString(row->status), toString(to))};
    const QDateTime now = m_clock();
    const Session& session = m_access.session();
    WriteTransaction transaction(db);
    // Only from the status the step was checked against: another workstation may have moved the event
    // between that read and this write lock.
    const int moved = prepare(db, "UPDATE events SET status = ?, resolved_on = CASE WHEN ? = 'resolved' THEN "
                                  "? WHEN ? = 'in_progress'"
                                  " THEN NULL ELSE resolved_on END WHERE id = ? AND status = ?")
                          .bind(toString(to), toString(to), now.toLocalTime().date().toString(Qt::ISODate),
                                toString(to), eventId, toString(row->status))
                          .update();
    if (moved == 0)
        return Error{QStringLiteral("status"),
                     EventText::tr("Another workstation changed this event meanwhile: nothing was saved. "
                                   "Open it again to see its status.")};
    prepare(db, "INSERT INTO event_actions(event_id, worker_id, at, action, note) VALUES(?, ?, ?, ?, ?)")
        .bind(eventId, session.worker.id, now.toUTC().toString(Qt::ISODate), toString(to), note.trimmed())
        .run();
    AuditLog(db, m_clock)
        .append({session.worker.account, session.workstation, QStringLiteral("update"),
                 QStringLiteral("event:%1").arg(eventId), QStringLiteral("ok"),
                 QStringLiteral("{\"before\":{\"status\":\"%1\"},\"after\":{\"status\":\"%2\"}}")
                     .arg(toString(row->status), toString(to))});
    transaction.changed({ChangeKind::Event, eventId, row->householdId});
    transaction.commit();
    return {};
}

Result<void> EventService::escalate(Id eventId, EscalationLevel level, const QString& reason) const
{
    const Database& db = m_access.database();
    const auto row = editableEvent(m_access, eventId);
    if (!row)
        return row.error();
    if (auto text = parseFreeText(reason, QStringLiteral("reason"), EventText::tr("Reason"), 500); !text)
        return text.error();
    if (reason.trimmed().size() < 2)
        return Error{QStringLiteral("reason"), EventText::tr("Reason: say why the event goes up")};
    if (row->status == EventStatus::Closed)
        return Error{QStringLiteral("status"), EventText::tr("Status: a closed event is not escalated")};
    const QString to =
        level == EscalationLevel::Community ? QStringLiteral("community") : QStringLiteral("subdistrict");
    const Session& session = m_access.session();
    WriteTransaction transaction(db);
    // Not once another workstation has closed it since the check above.
    if (prepare(db, "UPDATE events SET escalated_to = ? WHERE id = ? AND status <> 'closed'")
            .bind(to, eventId)
            .update() == 0)
        return Error{QStringLiteral("status"),
                     EventText::tr("Another workstation changed this event meanwhile: nothing was saved. "
                                   "Open it again to see its status.")};
    prepare(db, "INSERT INTO event_actions(event_id, worker_id, at, action, note) VALUES(?, ?, ?, ?, ?)")
        .bind(eventId, session.worker.id, m_clock().toUTC().toString(Qt::ISODate),
              QStringLiteral("escalate_") + to, reason.trimmed())
        .run();
    AuditLog(db, m_clock)
        .append({session.worker.account, session.workstation, QStringLiteral("update"),
                 QStringLiteral("event:%1").arg(eventId), QStringLiteral("ok"),
                 QStringLiteral("{\"after\":{\"escalated_to\":\"%1\"}}").arg(to)});
    transaction.changed({ChangeKind::Event, eventId, row->householdId});
    transaction.commit();
    return {};
}

std::vector<EventAction> EventService::actions(Id eventId) const
{
    if (!m_access.may(Permission::ViewResidents, Record{RecordKind::Event, eventId}))
        return {};
    Statement q = prepare(m_access.database(), "SELECT a.at, w.name, a.action, a.note FROM event_actions a"
                                               " JOIN workers w ON w.id = a.worker_id WHERE a.event_id = ?"
                                               " ORDER BY a.at, a.id");
    q.bind(eventId);
    std::vector<EventAction> result;
    while (q.next())
        result.push_back({QDateTime::fromString(q.text(0), Qt::ISODate), q.text(1), q.text(2), q.text(3)});
    return result;
}

std::vector<EventService::EventSummary> EventService::openEvents(Id workerId, bool resolved) const
{
    Statement q = prepare(
        m_access.database(),
        "SELECT e.id, e.opened_on, e.due_on, e.category, e.status, coalesce(e.escalated_to, ''), "
        "e.description,"
        " dwelling_address(b.address, d.stairwell, d.number, d.use), b.id, d.id, b.area_id FROM events e"
        " JOIN households h ON h.id = e.household_id"
        " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
        " WHERE e.assignee_id = ?1 AND (e.status IN ('open', 'in_progress') OR (?2 = 1 AND e.status = "
        "'resolved'))"
        " ORDER BY e.due_on, e.id");
    q.bind(workerId, resolved ? 1 : 0);
    const QString today = m_clock().toLocalTime().date().toString(Qt::ISODate);
    std::vector<EventSummary> result;
    while (q.next()) {
        if (!m_access.may(Permission::ViewResidents, q.integer(10)))
            continue; // the descriptions are about people: only those within the session's read scope
        EventSummary e;
        e.id = q.integer(0);
        e.openedOn = QDate::fromString(q.text(1), Qt::ISODate);
        e.dueOn = QDate::fromString(q.text(2), Qt::ISODate);
        e.category = q.text(3);
        e.status = eventStatusFrom(q.text(4));
        e.escalatedTo = q.text(5);
        e.description = q.text(6);
        e.address = q.text(7);
        e.buildingId = q.integer(8);
        e.dwellingId = q.integer(9);
        e.overdue =
            (e.status == EventStatus::Open || e.status == EventStatus::InProgress) && q.text(2) < today;
        result.push_back(std::move(e));
    }
    return result;
}

std::vector<Id> EventService::overdueEvents(Id workerId) const
{
    Statement q = prepare(
        m_access.database(),
        "SELECT id FROM events WHERE assignee_id = ? AND status IN ('open', 'in_progress') AND due_on < ?"
        " ORDER BY due_on, id");
    q.bind(workerId, m_clock().toLocalTime().date().toString(Qt::ISODate));
    std::vector<Id> result;
    while (q.next())
        result.push_back(q.integer(0));
    return result;
}

std::vector<OverdueHousehold> EventService::unvisitedLongest(Id workerId, int limit) const
{
    Statement q = prepare(
        m_access.database(),
        // Wrapped: PostgreSQL orders by an output column's name, not by an expression over it.
        "SELECT * FROM (SELECT h.id, dwelling_address(b.address, d.stairwell, d.number, d.use), (SELECT "
        "r.name FROM "
        "residents r WHERE r.household_id = "
        "h.id"
        "   AND r.relation = 'head' LIMIT 1),"
        " (SELECT max(v.visited_on) FROM visits v WHERE v.household_id = h.id) AS last,"
        " EXISTS(SELECT 1 FROM residents r JOIN resident_tags t ON t.resident_id = r.id JOIN tag_kinds k ON "
        "k.code = t.tag"
        "   WHERE r.household_id = h.id AND k.duty = 'special_groups') AS special, b.area_id"
        " FROM area_assignments s JOIN buildings b ON b.area_id = s.area_id JOIN dwellings d ON "
        "d.building_id = b.id"
        " JOIN households h ON h.dwelling_id = d.id AND h.moved_out IS NULL"
        " WHERE s.worker_id = ?1 AND s.ends IS NULL) AS candidates"
        " ORDER BY special DESC, last IS NOT NULL, last, id LIMIT ?2");
    q.bind(workerId, limit);
    std::vector<OverdueHousehold> result;
    while (q.next()) {
        const Id area = q.integer(5);
        if (!m_access.may(Permission::ViewResidents, area))
            continue;
        const bool special = q.integer(4) != 0 && m_access.may(Permission::ViewSensitiveTags, area);
        OverdueHousehold o{q.integer(0), q.text(1), q.text(2), std::nullopt, special};
        if (!q.isNull(3))
            o.lastVisit = QDate::fromString(q.text(3), Qt::ISODate);
        result.push_back(o);
    }
    return result;
}

} // namespace shegong::core
