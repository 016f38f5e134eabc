#include "shegong/core/work/visitservice.h"

#include "core/storage/sql.h"
#include "shegong/core/base/enumcodec.h"
#include "shegong/core/base/validation.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>

namespace shegong::core {
namespace {

struct VisitText {
    Q_DECLARE_TR_FUNCTIONS(Visits)
};

QString dutyList(const std::vector<Duty>& duties)
{
    QStringList codes;
    for (Duty d : duties)
        codes << toString(d);
    return codes.join(u',');
}

} // namespace

namespace {
constexpr EnumCodec<VisitMode, 4> kVisitModes{"visit mode",
                                              {{{VisitMode::InPerson, "in_person"},
                                                {VisitMode::Phone, "phone"},
                                                {VisitMode::WeChat, "wechat"},
                                                {VisitMode::Other, "other"}}}};
} // namespace

QString toString(VisitMode mode)
{
    return kVisitModes.code(mode);
}

VisitMode visitModeFrom(const QString& text)
{
    return kVisitModes.stored(text);
}

Result<Id> VisitService::recordVisit(Visit visit) const
{
    const Database& db = m_access.database();
    const Session& session = m_access.session();
    const QDate today = m_clock().toLocalTime().date();
    if (!m_access.may(Permission::RecordVisits))
        return refusedWrite(m_access, QStringLiteral("create"),
                            QStringLiteral("household:%1").arg(visit.householdId),
                            Error{QStringLiteral("role"), VisitText::tr("Your role does not record visits")});
    if (!visit.visitedOn.isValid() || visit.visitedOn > today)
        return Error{QStringLiteral("visited_on"), VisitText::tr("Date: must be a day up to today")};
    if (visit.visitedOn < today.addDays(-90))
        return Error{QStringLiteral("visited_on"), VisitText::tr("Date: more than 90 days ago")};
    if (visit.duties.empty())
        return Error{QStringLiteral("duties"), VisitText::tr("Duties: choose at least one")};
    auto notes = parseFreeText(visit.notes, QStringLiteral("notes"), VisitText::tr("Notes"), 2000);
    if (!notes)
        return notes.error();
    visit.notes = notes.value();

    auto household = cached(db, "SELECT b.area_id, h.moved_out IS NULL,"
                                " EXISTS(SELECT 1 FROM residents r WHERE r.household_id = h.id"
                                "        AND r.registration = 'floating' AND r.moved_out IS NULL)"
                                " FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
                                " JOIN buildings b ON b.id = d.building_id WHERE h.id = ?");
    household->bind(visit.householdId);
    if (!household->next())
        return Error{QStringLiteral("household"),
                     VisitText::tr("Household %1 does not exist").arg(visit.householdId)};
    const Id areaId = household->integer(0);
    const bool current = household->integer(1) != 0;
    visit.floating = household->integer(2) != 0;
    household->reset();
    if (!current)
        return Error{QStringLiteral("household"), VisitText::tr("The household has moved out")};
    if (!m_access.mayEditArea(areaId))
        return refusedWrite(
            m_access, QStringLiteral("create"), QStringLiteral("household:%1").arg(visit.householdId),
            Error{QStringLiteral("household"), VisitText::tr("The household is not in your areas")});

    WriteTransaction transaction(db);
    visit.workerId = session.worker.id;
    const Id id =
        prepare(db,
                "INSERT INTO visits(household_id, worker_id, visited_on, recorded_at, mode, duties, notes,"
                " floating) VALUES(?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(visit.householdId, visit.workerId, visit.visitedOn.toString(Qt::ISODate),
                  m_clock().toUTC().toString(Qt::ISODate), toString(visit.mode), dutyList(visit.duties),
                  visit.notes.trimmed(), visit.floating ? 1 : 0)
            .insert();
    AuditLog(db, m_clock)
        .append({session.worker.account, session.workstation, QStringLiteral("create"),
                 QStringLiteral("visit:%1").arg(id), QStringLiteral("ok"),
                 QStringLiteral("{\"household\":%1,\"day\":\"%2\"}")
                     .arg(visit.householdId)
                     .arg(visit.visitedOn.toString(Qt::ISODate))});
    if (visit.followUp) {
        const Id event =
            prepare(db, "INSERT INTO events(household_id, category, description, assignee_id, opened_on,"
                        " due_on, visit_id) VALUES(?, ?, ?, ?, ?, ?, ?)")
                .bind(visit.householdId, toString(visit.duties.front()),
                      visit.notes.trimmed().isEmpty() ? VisitText::tr("Follow-up of a visit")
                                                      : visit.notes.trimmed(),
                      visit.workerId, visit.visitedOn.toString(Qt::ISODate),
                      visit.visitedOn.addDays(14).toString(Qt::ISODate), id)
                .insert();
        AuditLog(db, m_clock)
            .append({session.worker.account, session.workstation, QStringLiteral("create"),
                     QStringLiteral("event:%1").arg(event), QStringLiteral("ok"), QStringLiteral("{}")});
    }
    transaction.changed({ChangeKind::Visit, id, visit.householdId});
    transaction.commit();
    return id;
}

Result<std::vector<HistoryItem>> VisitService::history(Id householdId) const
{
    if (auto allowed = m_access.check(Permission::ViewResidents, Record{RecordKind::Household, householdId});
        !allowed)
        return allowed.error();
    const Database& db = m_access.database();
    auto query = cached(
        db, "SELECT v.visited_on, 'visit', w.name, v.mode, v.duties, '', v.notes, v.id FROM visits v"
            " JOIN workers w ON w.id = v.worker_id WHERE v.household_id = ?1"
            " UNION ALL SELECT e.opened_on, 'event', w.name, '', e.category, e.status, e.description, e.id"
            " FROM events e JOIN workers w ON w.id = e.assignee_id WHERE e.household_id = ?1"
            // A mediation case with a party of the household: its title and state, never its content.
            " UNION ALL SELECT c.intake_day, 'mediation', w.name, '', 'mediation', c.state, c.title, c.id"
            " FROM mediation_cases c JOIN workers w ON w.id = c.started_by WHERE EXISTS(SELECT 1 FROM"
            " mediation_parties p JOIN residents r ON r.id = p.resident_id WHERE p.case_id = c.id"
            " AND r.household_id = ?1)"
            " ORDER BY 1 DESC, 8 DESC");
    query->bind(householdId);
    std::vector<HistoryItem> items;
    while (query->next()) {
        HistoryItem item;
        item.day = QDate::fromString(query->text(0), Qt::ISODate);
        item.kind = query->text(1);
        item.worker = query->text(2);
        if (item.kind == QLatin1String("visit"))
            item.mode = visitModeFrom(query->text(3));
        for (const QString& code : query->text(4).split(u',', Qt::SkipEmptyParts))
            item.duties.push_back(dutyFrom(code));
        item.status = query->text(5);
        item.text = query->text(6);
        items.push_back(std::move(item));
    }
    return items;
}

std::unordered_map<Id, QDate> lastVisitByBuilding(const Database& db)
{
    Statement query =
        prepare(db, "SELECT d.building_id, max(v.visited_on) FROM visits v"
                    " JOIN households h ON h.id = v.household_id JOIN dwellings d ON d.id = h.dwelling_id"
                    " GROUP BY d.building_id");
    std::unordered_map<Id, QDate> result;
    while (query.next())
        result[query.integer(0)] = QDate::fromString(query.text(1), Qt::ISODate);
    return result;
}

MonthlyQuota VisitService::monthlyQuota(Id workerId, int year, int month, int target) const
{
    const QDate first(year, month, 1);
    auto query = cached(m_access.database(),
                        "SELECT count(DISTINCT household_id), count(DISTINCT CASE WHEN floating = 1 "
                        "THEN household_id END), count(*)"
                        " FROM visits WHERE worker_id = ? AND visited_on >= ? AND visited_on < ?");
    query->bind(workerId, first.toString(Qt::ISODate), first.addMonths(1).toString(Qt::ISODate));
    query->next();
    return {int(query->integer(0)), int(query->integer(1)), int(query->integer(2)), target};
}

} // namespace shegong::core
