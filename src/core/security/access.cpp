#include "shegong/core/security/access.h"

#include "core/storage/sql.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace shegong::core {
namespace {

struct AccessText {
    Q_DECLARE_TR_FUNCTIONS(Access)
};

} // namespace

bool roleHas(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::SocialWorker:
        return p == P::ViewDistrict || p == P::ViewResidents || p == P::EditResidents ||
               p == P::RevealPersonalData || p == P::ViewSensitiveTags || p == P::RecordVisits;
    case Role::CommunityDirector:
        return p == P::ViewDistrict || p == P::ViewResidents || p == P::EditResidents ||
               p == P::RevealPersonalData || p == P::ViewSensitiveTags || p == P::RecordVisits ||
               p == P::ReassignAreas || p == P::ExportData;
    case Role::SubdistrictAdmin:
        // Separation of duties (MLPS): the administrator manages, the auditor audits.
        return p != P::ViewAuditLog && p != P::RecordVisits;
    case Role::RentalAssessor:
        return p == P::ViewDistrict || p == P::ViewResidents || p == P::GradeRentals;
    case Role::Mediator:
        return p == P::ViewDistrict || p == P::ViewResidents || p == P::ManageMediation;
    case Role::Auditor:
        return p == P::ViewAuditLog;
    }
    return false;
}

Access::Access(const Database& db, Session session, Clock clock)
    : m_db(db), m_session(std::move(session)), m_clock(std::move(clock))
{
    if (m_session.worker.role != Role::SocialWorker)
        return;
    auto query = cached(m_db, "SELECT area_id FROM area_assignments WHERE worker_id = ?1 AND starts <= ?2"
                              " AND (ends IS NULL OR ends >= ?2)");
    query->bind(m_session.worker.id, today());
    while (query->next())
        m_ownAreas.insert(query->integer(0));
}

QString Access::today() const
{
    return m_clock().toLocalTime().date().toString(Qt::ISODate);
}

Id Access::communityOf(Id areaId) const
{
    auto query = cached(m_db, "SELECT community_id FROM areas WHERE id = ?");
    query->bind(areaId);
    return query->next() ? query->integer(0) : 0;
}

bool Access::mayViewArea(Id areaId) const
{
    if (!may(Permission::ViewResidents))
        return false;
    switch (m_session.worker.role) {
    case Role::SocialWorker:
    case Role::CommunityDirector:
        return m_session.worker.communityId == communityOf(areaId);
    default:
        return true;
    }
}

bool Access::mayEditArea(Id areaId) const
{
    if (!may(Permission::EditResidents))
        return false;
    switch (m_session.worker.role) {
    case Role::SocialWorker: {
        // Asked of the database, not of the login-time list: an area handed over during the day
        // stops being editable at once.
        auto query = cached(m_db, "SELECT 1 FROM area_assignments WHERE worker_id = ?1 AND area_id = ?2"
                                  " AND starts <= ?3 AND (ends IS NULL OR ends >= ?3)");
        query->bind(m_session.worker.id, areaId, today());
        return query->next();
    }
    case Role::CommunityDirector:
        return m_session.worker.communityId == communityOf(areaId);
    case Role::SubdistrictAdmin:
        return true;
    default:
        return false;
    }
}

Result<QString> revealPersonalData(const Access& access, Id residentId, PersonalField field,
                                   const QString& reason)
{
    const Database& db = access.database();
    const Session& session = access.session();
    const QString what =
        field == PersonalField::IdNumber ? QStringLiteral("id_number") : QStringLiteral("phone");
    const auto record = [&](const QString& result, const QString& why) {
        const QJsonObject details{{"field", what}, {"reason", reason.trimmed()}, {"note", why}};
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
    if (!access.may(Permission::RevealPersonalData) || !access.mayEditArea(areaId)) {
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
