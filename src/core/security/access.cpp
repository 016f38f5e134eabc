#include "shegong/core/security/access.h"

#include "core/storage/sql.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <string>

namespace shegong::core {
namespace {

struct AccessText {
    Q_DECLARE_TR_FUNCTIONS(Access)
};

//! The area of each kind of record (in RecordKind's order), from the record's id (?1).
constexpr std::string_view kAreaOf[] = {
    "SELECT id FROM areas WHERE id = ?1",
    "SELECT area_id FROM buildings WHERE id = ?1",
    "SELECT b.area_id FROM dwellings d JOIN buildings b ON b.id = d.building_id WHERE d.id = ?1",
    "SELECT b.area_id FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
    " JOIN buildings b ON b.id = d.building_id WHERE h.id = ?1",
    "SELECT b.area_id FROM residents r JOIN households h ON h.id = r.household_id"
    " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id WHERE r.id = ?1",
    "SELECT b.area_id FROM events e JOIN households h ON h.id = e.household_id"
    " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id WHERE e.id = ?1",
    "SELECT b.area_id FROM rental_houses h JOIN buildings b ON b.id = h.building_id WHERE h.id = ?1",
    "SELECT b.area_id FROM rental_rooms r JOIN rental_houses h ON h.id = r.house_id"
    " JOIN buildings b ON b.id = h.building_id WHERE r.id = ?1",
};

/*! A check in one round trip: the community of the record's area, and whether the area is the
    session's worker's own today (?2: the worker, ?3: today). */
std::string_view placeOf(RecordKind kind)
{
    static const auto queries = [] {
        std::array<std::string, std::size(kAreaOf)> made;
        for (size_t i = 0; i < made.size(); ++i)
            made[i] = "SELECT a.community_id, EXISTS(SELECT 1 FROM area_assignments s WHERE s.area_id = a.id"
                      " AND s.worker_id = ?2 AND s.starts <= ?3 AND (s.ends IS NULL OR s.ends >= ?3))"
                      " FROM areas a WHERE a.id = (" +
                      std::string(kAreaOf[i]) + ")";
        return made;
    }();
    return queries[size_t(kind)];
}

} // namespace

// One row per permission, one column per role, in the order of the enums. Separation of duties (MLPS):
// the administrator manages but neither records visits nor reads the audit log; the auditor only audits.
constexpr Reach N = Reach::None, O = Reach::Own, C = Reach::Community, S = Reach::Subdistrict;
constexpr Reach kPolicy[kPermissionCount][6] = {
    //                      worker director admin assessor mediator auditor
    /* ViewDistrict       */ {S, S, S, S, S, N},
    /* ViewResidents      */ {O, C, S, S, S, N},
    /* EditResidents      */ {O, C, S, N, N, N},
    /* RevealPersonalData */ {O, C, S, N, N, N},
    /* ViewSensitiveTags  */ {O, C, S, N, N, N},
    /* RecordVisits       */ {O, C, N, N, N, N},
    /* AnswerForAreas     */ {O, N, N, N, N, N},
    /* ViewWorkloadReport */ {O, C, S, N, N, N},
    /* ReassignAreas      */ {N, C, S, N, N, N},
    /* ManageAccounts     */ {N, N, S, N, N, N},
    /* ExportData         */ {N, C, S, N, N, N},
    /* ViewAuditLog       */ {N, N, N, N, N, S},
    /* GradeRentals       */ {N, N, S, S, N, N},
    /* ManageMediation    */ {O, C, S, N, S, N},
    /* EditDistrict       */ {N, N, S, N, N, N},
    /* SetScoreRules      */ {N, N, S, N, N, N},
    /* ViewRentals        */ {C, C, S, S, N, N},
    /* EditRentals        */ {O, C, S, N, N, N},
    /* ManageRentalRounds */ {N, C, S, N, N, N},
    /* BackupRestore      */ {N, N, S, N, N, N},
};

Reach reachOf(Role role, Permission permission)
{
    return kPolicy[int(permission)][int(role)];
}

bool roleBelongsToCommunity(Role role)
{
    return role == Role::SocialWorker || role == Role::CommunityDirector;
}

Access::Access(const Database& db, Session session, Clock clock)
    : m_db(db), m_session(std::move(session)), m_clock(std::move(clock))
{}

QDate Access::today() const
{
    return m_clock().toLocalTime().date();
}

std::set<Id> Access::ownAreas() const
{
    std::set<Id> areas;
    if (!may(Permission::AnswerForAreas))
        return areas;
    auto query = cached(m_db, "SELECT area_id FROM area_assignments WHERE worker_id = ?1 AND starts <= ?2"
                              " AND (ends IS NULL OR ends >= ?2)");
    query->bind(m_session.worker.id, today().toString(Qt::ISODate));
    while (query->next())
        areas.insert(query->integer(0));
    return areas;
}

Id Access::communityOf(Id areaId) const
{
    auto query = cached(m_db, "SELECT community_id FROM areas WHERE id = ?");
    query->bind(areaId);
    return query->next() ? query->integer(0) : 0;
}

bool Access::may(Permission permission, Id areaId) const
{
    switch (reach(permission)) {
    case Reach::None:
        return false;
    case Reach::Own: {
        // Asked of the database, not of a login-time list: an area handed over during the day
        // stops being the worker's at once.
        auto query = cached(m_db, "SELECT 1 FROM area_assignments WHERE worker_id = ?1 AND area_id = ?2"
                                  " AND starts <= ?3 AND (ends IS NULL OR ends >= ?3)");
        query->bind(m_session.worker.id, areaId, today().toString(Qt::ISODate));
        return query->next();
    }
    case Reach::Community:
        return m_session.worker.communityId && *m_session.worker.communityId == communityOf(areaId);
    case Reach::Subdistrict:
        return communityOf(areaId) != 0;
    }
    return false;
}

std::optional<Id> Access::areaOf(Record record) const
{
    auto query = cached(m_db, kAreaOf[int(record.kind)]);
    query->bind(record.id);
    return query->next() ? std::optional<Id>(query->integer(0)) : std::nullopt;
}

bool Access::may(Permission permission, Record record) const
{
    const Reach within = reach(permission);
    if (within == Reach::None)
        return false;
    // Asked of the database each time, as may(permission, area) is, but in one round trip: the panel
    // of a building asks several times per click, and on a server each question is a trip.
    auto place = cached(m_db, placeOf(record.kind));
    place->bind(record.id, m_session.worker.id, today().toString(Qt::ISODate));
    if (!place->next())
        return false;
    const Id community = place->integer(0);
    const bool own = place->integer(1) != 0;
    switch (within) {
    case Reach::None:
        return false;
    case Reach::Own:
        return own;
    case Reach::Community:
        return m_session.worker.communityId && *m_session.worker.communityId == community;
    case Reach::Subdistrict:
        return community != 0;
    }
    return false;
}

Result<void> Access::check(Permission permission, Record record) const
{
    if (may(permission, record))
        return {};
    if (!areaOf(record))
        return Error{QStringLiteral("record"), AccessText::tr("The record does not exist")};
    return Error{QStringLiteral("scope"), AccessText::tr("This is outside the part of the subdistrict you "
                                                         "may see: ask its social worker or director")};
}

Scope Access::scope(Permission permission) const
{
    Scope scope;
    scope.reach = reach(permission);
    if (scope.reach == Reach::Community) {
        scope.communityId = m_session.worker.communityId.value_or(0);
        if (!scope.communityId)
            scope.reach = Reach::None;
    } else if (scope.reach == Reach::Own) {
        scope.areas = ownAreas();
    }
    return scope;
}

bool Access::mayInCommunity(Permission permission, Id communityId) const
{
    switch (reach(permission)) {
    case Reach::Community:
        return m_session.worker.communityId && *m_session.worker.communityId == communityId;
    case Reach::Subdistrict:
        return true;
    default:
        return false;
    }
}

Error refusedWrite(const Access& access, const QString& action, const QString& object, Error why)
{
    const Session& session = access.session();
    AuditLog(access.database())
        .append(
            {session.worker.account, session.workstation, action, object, QStringLiteral("refused"),
             QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("reason"), QStringLiteral("scope")},
                                                         {QStringLiteral("field"), why.field}})
                                   .toJson(QJsonDocument::Compact))});
    return why;
}

Result<QString> revealPersonalData(const Access& access, Id residentId, PersonalField field,
                                   const QString& reason)
{
    const Database& db = access.database();
    const Session& session = access.session();
    const QString what =
        field == PersonalField::IdNumber ? QStringLiteral("id_number") : QStringLiteral("phone");
    const auto record = [&](const QString& result, const QString& why) {
        const QJsonObject details{{QStringLiteral("field"), what},
                                  {QStringLiteral("reason"), reason.trimmed()},
                                  {QStringLiteral("note"), why}};
        AuditLog(db).append({session.worker.account, session.workstation, QStringLiteral("reveal"),
                             QStringLiteral("resident:%1").arg(residentId), result,
                             QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    };
    auto query =
        cached(db, "SELECT r.id_number, r.phone, b.area_id FROM residents r"
                   " JOIN households h ON h.id = r.household_id JOIN dwellings d ON d.id = h.dwelling_id"
                   " JOIN buildings b ON b.id = d.building_id WHERE r.id = ?");
    query->bind(residentId);
    if (!query->next())
        return Error{QStringLiteral("resident"),
                     AccessText::tr("Resident %1 does not exist").arg(residentId)};
    const std::optional<QString> value = query->optionalText(field == PersonalField::IdNumber ? 0 : 1);
    const Id areaId = query->integer(2);
    query->reset();
    if (!access.may(Permission::RevealPersonalData, areaId)) {
        record(QStringLiteral("refused"), QStringLiteral("outside the role's scope"));
        return Error{QStringLiteral("role"), AccessText::tr("Your role may not see this in full")};
    }
    if (reason.trimmed().size() < 2) {
        record(QStringLiteral("refused"), QStringLiteral("no reason"));
        return Error{QStringLiteral("reason"), AccessText::tr("Reason: say why you need to see it in full")};
    }
    record(QStringLiteral("ok"), QString());
    return value.value_or(QString());
}

} // namespace shegong::core
