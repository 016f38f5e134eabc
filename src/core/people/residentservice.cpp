#include "shegong/core/people/residentservice.h"

#include "core/storage/sql.h"
#include "shegong/core/base/pinyin.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"
#include "shegong/core/work/handover.h"
#include "shegong/core/work/workerrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace shegong::core {
namespace {

struct ResidentServiceText {
    Q_DECLARE_TR_FUNCTIONS(ResidentService)
};

//! The values the audit log may hold: no ID number, no phone, no tags.
//! What the audit trail keeps of a resident: ids, codes and dates — never the name (the row names the
//! resident by id), the ID number, the phone or the tags.
QJsonObject auditable(const Resident& r)
{
    return {{QStringLiteral("household"), qint64(r.householdId)},
            {QStringLiteral("relation"), r.relation},
            {QStringLiteral("registration"), toString(r.registration)},
            {QStringLiteral("moved_in"), r.movedIn.toString(Qt::ISODate)},
            {QStringLiteral("moved_out"), r.movedOut ? r.movedOut->toString(Qt::ISODate) : QString()},
            {QStringLiteral("id_number_changed"), false}};
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<Id> ResidentService::areaOfHousehold(Id householdId) const
{
    auto q = cached(m_access.database(),
                    "SELECT b.area_id FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
                    " JOIN buildings b ON b.id = d.building_id WHERE h.id = ?");
    q->bind(householdId);
    if (!q->next())
        return Error{QStringLiteral("household"),
                     ResidentServiceText::tr("Household %1 does not exist").arg(householdId)};
    const Id area = q->integer(0);
    if (!m_access.mayEditArea(area))
        return refusedWrite(m_access, QStringLiteral("write"),
                            QStringLiteral("household:%1").arg(householdId),
                            Error{QStringLiteral("household"),
                                  ResidentServiceText::tr("The household is not in your areas")});
    return area;
}

Result<Id> ResidentService::areaOfDwelling(Id dwellingId) const
{
    auto q =
        cached(m_access.database(),
               "SELECT b.area_id FROM dwellings d JOIN buildings b ON b.id = d.building_id WHERE d.id = ?");
    q->bind(dwellingId);
    if (!q->next())
        return Error{QStringLiteral("dwelling"),
                     ResidentServiceText::tr("Dwelling %1 does not exist").arg(dwellingId)};
    const Id area = q->integer(0);
    if (!m_access.mayEditArea(area))
        return refusedWrite(
            m_access, QStringLiteral("write"), QStringLiteral("dwelling:%1").arg(dwellingId),
            Error{QStringLiteral("dwelling"), ResidentServiceText::tr("The dwelling is not in your areas")});
    return area;
}

std::vector<Error> ResidentService::problems(const Resident& resident) const
{
    return ResidentRepository(m_access.database()).problems(resident, m_clock().toLocalTime().date());
}

Result<Id> ResidentService::add(const Resident& resident) const
{
    if (auto area = areaOfHousehold(resident.householdId); !area)
        return area.error();
    const Database& db = m_access.database();
    WriteTransaction transaction(db);
    auto id = ResidentRepository(db).addResident(resident, m_clock().toLocalTime().date());
    if (!id)
        return id.error();
    const Session& s = m_access.session();
    AuditLog(db, m_clock)
        .append({s.worker.account, s.workstation, QStringLiteral("create"),
                 QStringLiteral("resident:%1").arg(id.value()), QStringLiteral("ok"),
                 json({{QStringLiteral("after"), auditable(resident)}})});
    transaction.changed({ChangeKind::Resident, id.value(), resident.householdId});
    transaction.commit();
    return id;
}

Result<void> ResidentService::update(const Resident& changed) const
{
    const Database& db = m_access.database();
    const ResidentRepository residents(db);
    const auto before = residents.resident(changed.id);
    if (!before)
        return Error{QStringLiteral("resident"),
                     ResidentServiceText::tr("Resident %1 does not exist").arg(changed.id)};
    if (auto area = areaOfHousehold(before->householdId); !area)
        return area.error();
    // The stored record with the editable fields changed; a new ID number re-derives birth date and gender.
    Resident candidate = *before;
    candidate.name = changed.name;
    candidate.phone = changed.phone;
    candidate.relation = changed.relation;
    candidate.registration = changed.registration;
    candidate.employer = changed.employer;
    candidate.occupation = changed.occupation;
    candidate.permitNumber = changed.permitNumber;
    candidate.permitExpiry = changed.permitExpiry;
    if (!changed.idNumber || changed.idNumber->trimmed().isEmpty()) {
        candidate.gender = changed.gender; // without an ID number, they are entered by hand
        candidate.birthDate = changed.birthDate;
    }
    // Tags the session cannot see stay as they are.
    const bool sensitive = m_access.may(Permission::ViewSensitiveTags);
    QStringList hidden;
    for (const TagKind& kind : residents.tagKinds())
        if (kind.sensitive && !sensitive && before->tags.contains(kind.code))
            hidden << kind.code;
    candidate.tags = changed.tags;
    for (const QString& code : hidden)
        if (!candidate.tags.contains(code))
            candidate.tags << code;
    if (changed.idNumber.value_or(QString()).trimmed().toUpper() != before->idNumber.value_or(QString())) {
        candidate.idNumber = changed.idNumber;
        candidate.birthDate.reset();
        candidate.gender.reset();
    }
    auto checked = residents.validated(candidate, m_clock().toLocalTime().date());
    if (!checked)
        return checked.error();
    const Resident& r = checked.value();
    std::optional<QString> gender;
    if (r.gender)
        gender = *r.gender == Gender::Male ? QStringLiteral("M") : QStringLiteral("F");
    WriteTransaction transaction(db);
    // The edit was made on what the user saw: refused when the row has changed since (another
    // workstation, another window). Checked inside the write lock, so nobody changes it in between.
    if (auto current = unchangedSince(changed.id, changed.version); !current)
        return current.error();
    // ... and the stored record it was merged with above (read before the lock) is that same version.
    if (auto merged = unchangedSince(changed.id, before->version); !merged)
        return merged.error();
    prepare(db, "UPDATE residents SET name = ?, name_initials = ?, name_pinyin = ?, name_syllables = ?, "
                "id_number = ?,"
                " gender = ?,"
                " birth_date = ?,"
                " phone = ?, relation = ?, registration = ?, employer = ?, occupation = ?, permit_number = ?,"
                " permit_expiry = ? WHERE id = ?")
        .bind(r.name, pinyinInitials(r.name), pinyinOf(r.name), pinyinSyllables(r.name), r.idNumber, gender,
              r.birthDate ? std::optional<QString>(r.birthDate->toString(Qt::ISODate)) : std::nullopt,
              r.phone, r.relation, toString(r.registration), r.employer, r.occupation, r.permitNumber,
              r.permitExpiry ? std::optional<QString>(r.permitExpiry->toString(Qt::ISODate)) : std::nullopt,
              r.id)
        .run();
    stampChange(r.id);
    QStringList oldTags = before->tags, newTags = r.tags;
    oldTags.sort();
    newTags.sort();
    if (oldTags != newTags) {
        prepare(db, "DELETE FROM resident_tags WHERE resident_id = ?").bind(r.id).run();
        const QString today = m_clock().toLocalTime().date().toString(Qt::ISODate);
        for (const QString& code : newTags)
            prepare(db, "INSERT INTO resident_tags(resident_id, tag, since) VALUES(?, ?, ?)")
                .bind(r.id, code, today)
                .run();
    }
    QJsonObject after = auditable(r);
    after.insert(QStringLiteral("name_changed"), r.name != before->name);
    after.insert(QStringLiteral("id_number_changed"), r.idNumber != before->idNumber);
    after.insert(QStringLiteral("phone_changed"), r.phone != before->phone);
    after.insert(QStringLiteral("tags_changed"), oldTags != newTags); // which tags is personal data
    const Session& s = m_access.session();
    AuditLog(db, m_clock)
        .append({s.worker.account, s.workstation, QStringLiteral("update"),
                 QStringLiteral("resident:%1").arg(changed.id), QStringLiteral("ok"),
                 json({{QStringLiteral("before"), auditable(*before)}, {QStringLiteral("after"), after}})});
    transaction.changed({ChangeKind::Resident, changed.id, before->householdId});
    transaction.commit();
    return {};
}

Result<void> ResidentService::unchangedSince(Id residentId, std::int64_t version) const
{
    Statement stored =
        prepare(m_access.database(),
                "SELECT r.row_version, r.changed_at, coalesce(w.name, r.changed_by)"
                " FROM residents r LEFT JOIN workers w ON w.account = r.changed_by WHERE r.id = ?");
    stored.bind(residentId);
    if (!stored.next())
        return Error{QStringLiteral("resident"),
                     ResidentServiceText::tr("Resident %1 does not exist").arg(residentId)};
    if (stored.integer(0) == version)
        return {};
    const QDateTime at = QDateTime::fromString(stored.text(1), Qt::ISODate);
    return Error{
        QStringLiteral("version"),
        ResidentServiceText::tr("%1 changed this resident at %2, after you opened it: nothing was saved. "
                                "Open the resident again to see the change, then make yours.")
            .arg(stored.text(2), at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
}

void ResidentService::stampChange(Id residentId) const
{
    prepare(m_access.database(),
            "UPDATE residents SET row_version = row_version + 1, changed_by = ?, changed_at = ? WHERE id = ?")
        .bind(m_access.session().worker.account, m_clock().toUTC().toString(Qt::ISODate), residentId)
        .run();
}

Result<void> ResidentService::moveOut(Id residentId, QDate day) const
{
    const Database& db = m_access.database();
    const auto before = ResidentRepository(db).resident(residentId);
    if (!before)
        return Error{QStringLiteral("resident"),
                     ResidentServiceText::tr("Resident %1 does not exist").arg(residentId)};
    if (auto area = areaOfHousehold(before->householdId); !area)
        return area.error();
    if (before->movedOut)
        return Error{
            QStringLiteral("moved_out"),
            ResidentServiceText::tr("Already moved out on %1").arg(before->movedOut->toString(Qt::ISODate))};
    if (!day.isValid() || day < before->movedIn || day > m_clock().toLocalTime().date())
        return Error{QStringLiteral("moved_out"),
                     ResidentServiceText::tr("Move-out date: between the move-in date and today")};
    WriteTransaction transaction(db);
    prepare(db, "UPDATE residents SET moved_out = ? WHERE id = ?")
        .bind(day.toString(Qt::ISODate), residentId)
        .run();
    stampChange(residentId);
    const Session& s = m_access.session();
    AuditLog(db, m_clock)
        .append({s.worker.account, s.workstation, QStringLiteral("update"),
                 QStringLiteral("resident:%1").arg(residentId), QStringLiteral("ok"),
                 json({{QStringLiteral("before"), QJsonObject{{QStringLiteral("moved_out"), QString()}}},
                       {QStringLiteral("after"),
                        QJsonObject{{QStringLiteral("moved_out"), day.toString(Qt::ISODate)}}}})});
    transaction.changed({ChangeKind::Resident, residentId, before->householdId});
    transaction.commit();
    return {};
}

Result<void> ResidentService::moveIn(Id residentId, Id householdId, QDate day) const
{
    const Database& db = m_access.database();
    const auto before = ResidentRepository(db).resident(residentId);
    if (!before)
        return Error{QStringLiteral("resident"),
                     ResidentServiceText::tr("Resident %1 does not exist").arg(residentId)};
    // Both sides: the household they leave (or left) and the one they join. Otherwise anyone's record
    // could be pulled into one's own area, where it may be edited and revealed.
    if (!m_access.may(Permission::EditResidents, Record{RecordKind::Household, before->householdId}))
        return refusedWrite(m_access, QStringLiteral("move"), QStringLiteral("resident:%1").arg(residentId),
                            Error{QStringLiteral("resident"),
                                  ResidentServiceText::tr("The resident lives (or lived) outside your areas: "
                                                          "ask the worker or director responsible there")});
    if (auto area = areaOfHousehold(householdId); !area)
        return area.error();
    if (!before->movedOut && before->householdId == householdId)
        return Error{QStringLiteral("household"), ResidentServiceText::tr("Already lives in this household")};
    if (!day.isValid() || day > m_clock().toLocalTime().date())
        return Error{QStringLiteral("moved_in"), ResidentServiceText::tr("Move-in date: up to today")};
    if (!before->movedOut && day < before->movedIn)
        return Error{
            QStringLiteral("moved_in"),
            ResidentServiceText::tr("Move-in date: not before moving into the current household (%1)")
                .arg(before->movedIn.toString(Qt::ISODate))};
    // The person keeps one record (and one ID number); the residence they leave goes to the history.
    WriteTransaction transaction(db);
    prepare(db, "INSERT INTO residences(resident_id, household_id, moved_in, moved_out) VALUES(?, ?, ?, ?)")
        .bind(residentId, before->householdId, before->movedIn.toString(Qt::ISODate),
              (before->movedOut ? *before->movedOut : day).toString(Qt::ISODate))
        .run();
    prepare(db, "UPDATE residents SET household_id = ?, moved_in = ?, moved_out = NULL WHERE id = ?")
        .bind(householdId, day.toString(Qt::ISODate), residentId)
        .run();
    stampChange(residentId);
    const Session& s = m_access.session();
    AuditLog(db, m_clock)
        .append(
            {s.worker.account, s.workstation, QStringLiteral("update"),
             QStringLiteral("resident:%1").arg(residentId), QStringLiteral("ok"),
             json({{QStringLiteral("before"),
                    QJsonObject{{QStringLiteral("household"), qint64(before->householdId)},
                                {QStringLiteral("moved_out"),
                                 before->movedOut ? before->movedOut->toString(Qt::ISODate) : QString()}}},
                   {QStringLiteral("after"),
                    QJsonObject{{QStringLiteral("household"), qint64(householdId)},
                                {QStringLiteral("moved_in"), day.toString(Qt::ISODate)}}}})});
    transaction.changed({ChangeKind::Resident, residentId, householdId});
    transaction.changed({ChangeKind::Household, before->householdId, before->householdId});
    transaction.commit();
    return {};
}

Result<Id> ResidentService::addHousehold(Id dwellingId, Tenure tenure, QDate day) const
{
    if (auto area = areaOfDwelling(dwellingId); !area)
        return area.error();
    if (!day.isValid() || day > m_clock().toLocalTime().date())
        return Error{QStringLiteral("moved_in"), ResidentServiceText::tr("Move-in date: up to today")};
    const Database& db = m_access.database();
    WriteTransaction transaction(db);
    auto id = ResidentRepository(db).addHousehold(Household{0, dwellingId, tenure, day, std::nullopt});
    if (!id)
        return id.error();
    const Session& s = m_access.session();
    AuditLog(db, m_clock)
        .append({s.worker.account, s.workstation, QStringLiteral("create"),
                 QStringLiteral("household:%1").arg(id.value()), QStringLiteral("ok"),
                 json({{QStringLiteral("after"),
                        QJsonObject{{QStringLiteral("dwelling"), qint64(dwellingId)},
                                    {QStringLiteral("tenure"), toString(tenure)},
                                    {QStringLiteral("moved_in"), day.toString(Qt::ISODate)}}}})});
    transaction.changed({ChangeKind::Household, id.value(), id.value()});
    transaction.commit();
    return id;
}

Result<Id> ResidentService::moveIntoNewHousehold(Id residentId, Id dwellingId, Tenure tenure, QDate day) const
{
    WriteTransaction transaction(m_access.database());
    auto household = addHousehold(dwellingId, tenure, day);
    if (!household)
        return household.error();
    if (auto moved = moveIn(residentId, household.value(), day); !moved)
        return moved.error(); // the new household is rolled back with it
    transaction.commit();
    return household;
}

Result<void> ResidentService::moveHousehold(Id householdId, Id dwellingId, QDate day) const
{
    const Database& db = m_access.database();
    Statement q = prepare(db, "SELECT dwelling_id, moved_in, moved_out FROM households WHERE id = ?");
    q.bind(householdId);
    if (!q.next())
        return Error{QStringLiteral("household"),
                     ResidentServiceText::tr("Household %1 does not exist").arg(householdId)};
    const Id from = q.integer(0);
    const QDate movedIn = QDate::fromString(q.text(1), Qt::ISODate);
    const bool gone = !q.isNull(2);
    q.reset();
    const auto fromArea = areaOfHousehold(householdId);
    if (!fromArea)
        return fromArea.error();
    const auto toArea = areaOfDwelling(dwellingId);
    if (!toArea)
        return toArea.error();
    if (gone)
        return Error{QStringLiteral("household"), ResidentServiceText::tr("The household has moved out")};
    if (dwellingId == from)
        return Error{QStringLiteral("dwelling"),
                     ResidentServiceText::tr("The household already lives there")};
    if (!day.isValid() || day < movedIn || day > m_clock().toLocalTime().date())
        return Error{
            QStringLiteral("moved_on"),
            ResidentServiceText::tr("Moving date: between %1 and today").arg(movedIn.toString(Qt::ISODate))};

    const Session& s = m_access.session();
    WriteTransaction transaction(db);
    prepare(db, "UPDATE households SET dwelling_id = ? WHERE id = ?").bind(dwellingId, householdId).run();
    prepare(db,
            "INSERT INTO household_moves(household_id, from_dwelling, to_dwelling, moved_on) VALUES(?, ?, "
            "?, ?)")
        .bind(householdId, from, dwellingId, day.toString(Qt::ISODate))
        .run();
    int eventsMoved = 0;
    if (toArea.value() != fromArea.value()) {
        // The household's open matters go to whoever answers for its new area.
        if (const auto worker =
                WorkerRepository(db).workerOfArea(toArea.value(), m_clock().toLocalTime().date())) {
            Statement open = prepare(db, "SELECT id FROM events WHERE household_id = ?");
            open.bind(householdId);
            std::vector<Id> events;
            while (open.next())
                events.push_back(open.integer(0));
            open.reset();
            eventsMoved = handOverEvents(db, events, worker->id, s.worker.id, m_clock);
        }
    }
    AuditLog(db, m_clock)
        .append({s.worker.account, s.workstation, QStringLiteral("update"),
                 QStringLiteral("household:%1").arg(householdId), QStringLiteral("ok"),
                 json({{QStringLiteral("before"), QJsonObject{{QStringLiteral("dwelling"), qint64(from)}}},
                       {QStringLiteral("after"),
                        QJsonObject{{QStringLiteral("dwelling"), qint64(dwellingId)},
                                    {QStringLiteral("moved_on"), day.toString(Qt::ISODate)},
                                    {QStringLiteral("events_moved"), eventsMoved}}}})});
    transaction.changed({ChangeKind::Household, householdId, householdId});
    transaction.commit();
    return {};
}

Result<std::vector<ResidentService::Residence>> ResidentService::residenceHistory(Id residentId) const
{
    if (auto allowed = m_access.check(Permission::ViewResidents, Record{RecordKind::Resident, residentId});
        !allowed)
        return allowed.error();
    Statement q =
        prepare(m_access.database(),
                "SELECT r.household_id, r.moved_in, r.moved_out, dwelling_address(b.address, d.stairwell, "
                "d.number, d.use), 1 AS current"
                " FROM residents r JOIN households h ON h.id = r.household_id JOIN dwellings d ON d.id = "
                "h.dwelling_id"
                " JOIN buildings b ON b.id = d.building_id WHERE r.id = ?1"
                " UNION ALL SELECT p.household_id, p.moved_in, p.moved_out, dwelling_address(b.address, "
                "d.stairwell, d.number, d.use), 0"
                " FROM residences p JOIN households h ON h.id = p.household_id JOIN dwellings d ON d.id = "
                "h.dwelling_id"
                " JOIN buildings b ON b.id = d.building_id WHERE p.resident_id = ?1"
                " ORDER BY 5 DESC, 2 DESC");
    q.bind(residentId);
    std::vector<Residence> result;
    while (q.next()) {
        Residence r{q.integer(0), q.text(3), QDate::fromString(q.text(1), Qt::ISODate), std::nullopt};
        if (!q.isNull(2))
            r.movedOut = QDate::fromString(q.text(2), Qt::ISODate);
        result.push_back(std::move(r));
    }
    return result;
}

} // namespace shegong::core
