#include "shegong/core/residentservice.h"

#include "shegong/core/auditlog.h"
#include "shegong/core/database.h"
#include "shegong/core/pinyin.h"
#include "shegong/core/residentrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace shegong::core {
namespace {

struct ResidentServiceText {
    Q_DECLARE_TR_FUNCTIONS(ResidentService)
};

//! The values the audit log may hold: no ID number, no phone, no tags.
QJsonObject auditable(const Resident& r)
{
    return {{"name", r.name},
            {"household", qint64(r.householdId)},
            {"relation", r.relation},
            {"registration", toString(r.registration)},
            {"moved_in", r.movedIn.toString(Qt::ISODate)},
            {"moved_out", r.movedOut ? r.movedOut->toString(Qt::ISODate) : QString()},
            {"id_number_changed", false}};
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<Id> ResidentService::areaOfHousehold(Id householdId) const
{
    auto q = m_access.database().cached(
        "SELECT b.area_id FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
        " JOIN buildings b ON b.id = d.building_id WHERE h.id = ?");
    q->bind(householdId);
    if (!q->next())
        return Error{QStringLiteral("household"),
                     ResidentServiceText::tr("Household %1 does not exist").arg(householdId)};
    const Id area = q->integer(0);
    if (!m_access.mayEditArea(area))
        return Error{QStringLiteral("household"),
                     ResidentServiceText::tr("The household is not in your areas")};
    return area;
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
                 json({{"after", auditable(resident)}})});
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
    db.prepare("UPDATE residents SET name = ?, name_initials = ?, id_number = ?, gender = ?, birth_date = ?,"
               " phone = ?, relation = ?, registration = ?, employer = ?, occupation = ? WHERE id = ?")
        .bind(r.name, pinyinInitials(r.name), r.idNumber, gender,
              r.birthDate ? std::optional<QString>(r.birthDate->toString(Qt::ISODate)) : std::nullopt,
              r.phone, r.relation, toString(r.registration), r.employer, r.occupation, r.id)
        .run();
    QJsonObject after = auditable(r);
    after.insert(QStringLiteral("id_number_changed"), r.idNumber != before->idNumber);
    const Session& s = m_access.session();
    AuditLog(db, m_clock)
        .append({s.worker.account, s.workstation, QStringLiteral("update"),
                 QStringLiteral("resident:%1").arg(changed.id), QStringLiteral("ok"),
                 json({{"before", auditable(*before)}, {"after", after}})});
    transaction.commit();
    return {};
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
    db.prepare("UPDATE residents SET moved_out = ? WHERE id = ?")
        .bind(day.toString(Qt::ISODate), residentId)
        .run();
    const Session& s = m_access.session();
    AuditLog(db, m_clock)
        .append({s.worker.account, s.workstation, QStringLiteral("update"),
                 QStringLiteral("resident:%1").arg(residentId), QStringLiteral("ok"),
                 json({{"before", QJsonObject{{"moved_out", QString()}}},
                       {"after", QJsonObject{{"moved_out", day.toString(Qt::ISODate)}}}})});
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
    if (auto area = areaOfHousehold(householdId); !area)
        return area.error();
    if (!before->movedOut && before->householdId == householdId)
        return Error{QStringLiteral("household"), ResidentServiceText::tr("Already lives in this household")};
    if (!day.isValid() || day > m_clock().toLocalTime().date())
        return Error{QStringLiteral("moved_in"), ResidentServiceText::tr("Move-in date: up to today")};
    // The person keeps one record (and one ID number); the previous household and dates are kept in
    // the audit trail (a residence-history table is still to come).
    WriteTransaction transaction(db);
    db.prepare("UPDATE residents SET household_id = ?, moved_in = ?, moved_out = NULL WHERE id = ?")
        .bind(householdId, day.toString(Qt::ISODate), residentId)
        .run();
    const Session& s = m_access.session();
    AuditLog(db, m_clock)
        .append({s.worker.account, s.workstation, QStringLiteral("update"),
                 QStringLiteral("resident:%1").arg(residentId), QStringLiteral("ok"),
                 json({{"before",
                        QJsonObject{{"household", qint64(before->householdId)},
                                    {"moved_out", before->movedOut ? before->movedOut->toString(Qt::ISODate)
                                                                   : QString()}}},
                       {"after", QJsonObject{{"household", qint64(householdId)},
                                             {"moved_in", day.toString(Qt::ISODate)}}}})});
    transaction.commit();
    return {};
}

} // namespace shegong::core
