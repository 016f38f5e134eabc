#pragma once

#include "shegong/core/security/authservice.h"

#include <set>

namespace shegong::core {

enum class Permission {
    ViewDistrict,       //!< the map and the district tree
    ViewResidents,      //!< residents with ID numbers and phones masked
    EditResidents,      //!< within the editable scope
    RevealPersonalData, //!< show a full ID number or phone, with a reason, within the editable scope
    ViewSensitiveTags,  //!< special-group and health tags
    RecordVisits,
    ReassignAreas,
    ManageAccounts,
    ExportData,
    ViewAuditLog,
    GradeRentals,
    ManageMediation,
};

//! The role matrix: what a role may do at all (scope comes on top, see Access).
bool roleHas(Role role, Permission permission);

/*! What one session may do, and where: a social worker edits their own areas and sees the rest of
    their community masked; a director edits the community; the administrator edits everything; the
    auditor sees only the audit log. Services ask this before every read of personal data and write. */
class Access {
public:
    //! `clock` says what "today" is for the areas a worker answers for (tests fix it).
    Access(const Database& db, Session session, Clock clock = systemTime);

    const Session& session() const { return m_session; }
    const Database& database() const { return m_db; }
    bool may(Permission permission) const { return roleHas(m_session.worker.role, permission); }
    bool mayViewArea(Id areaId) const;
    bool mayEditArea(Id areaId) const;
    //! The areas the worker answers for today (empty for other roles).
    const std::set<Id>& ownAreas() const { return m_ownAreas; }

private:
    Id communityOf(Id areaId) const;

    QString today() const;

    const Database& m_db;
    Session m_session;
    Clock m_clock;
    std::set<Id> m_ownAreas;
};

enum class PersonalField { IdNumber, Phone };

/*! Shows one resident's full ID number or phone: needs RevealPersonalData, the resident inside the
    editable scope and a reason; every reveal (and every refusal) is audited, the value never is. */
Result<QString> revealPersonalData(const Access& access, Id residentId, PersonalField field,
                                   const QString& reason);

} // namespace shegong::core
