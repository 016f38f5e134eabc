#pragma once

#include "shegong/core/security/authservice.h"

#include <set>

namespace shegong::core {

enum class Permission {
    ViewDistrict,       //!< the map and the district tree (outlines and addresses, no people)
    ViewResidents,      //!< households and residents, ID numbers and phones masked
    EditResidents,      //!< add, edit and move residents and households
    RevealPersonalData, //!< a full ID number or phone, with a reason
    ViewSensitiveTags,  //!< special-group and health tags
    RecordVisits,       //!< visits and events
    AnswerForAreas,     //!< holds responsibility areas: a monthly quota, the map opens on them
    ViewWorkloadReport, //!< the monthly workload report
    ReassignAreas,
    ManageAccounts,
    ExportData,
    ViewAuditLog,
    GradeRentals,
    ManageMediation,
    EditDistrict,       //!< the map: buildings, footprints and areas (an import)
    SetScoreRules,      //!< the workload score's quota and weights, from a month on
    ViewRentals,        //!< rental houses, rooms, grades and vacancies (landlords masked)
    EditRentals,        //!< rental houses, rooms and tenancies
    ManageRentalRounds, //!< open and close assessment rounds; the rule sets (subdistrict reach)
    BackupRestore,      //!< copies of the whole database (every resident's record): the administrator
};
inline constexpr int kPermissionCount = int(Permission::BackupRestore) + 1;

//! How far a permission reaches: nowhere, what the user answers for, their community, everywhere.
enum class Reach { None, Own, Community, Subdistrict };

//! The policy table: how far each role holds each permission. The only place that names roles.
Reach reachOf(Role role, Permission permission);
inline bool roleHas(Role role, Permission permission)
{
    return reachOf(role, permission) != Reach::None;
}
//! Roles whose accounts belong to one community (their reach is the community or less).
bool roleBelongsToCommunity(Role role);

//! A record the policy can place: it is resolved to its area (and so its community).
enum class RecordKind { Area, Building, Dwelling, Household, Resident, Event, RentalHouse, RentalRoom };
struct Record {
    RecordKind kind;
    Id id;
};

//! What a list shows for one permission: everything, one community, or a set of areas (maybe none).
struct Scope {
    Reach reach = Reach::None;
    Id communityId = 0; //!< with Reach::Community
    std::set<Id> areas; //!< with Reach::Own
    bool whole() const { return reach == Reach::Subdistrict; }
    bool empty() const { return reach == Reach::None || (reach == Reach::Own && areas.empty()); }
};

/*! The access policy of one session: the one object that says what it may do, and where. Services ask
    it before every read of personal data and every write; ui and cli ask it what to offer and never
    compare roles. A social worker's own areas are asked of the database each time, so a handover
    takes effect in a running session. */
class Access {
public:
    //! `clock` says what "today" is for the areas a worker answers for (tests fix it).
    Access(const Database& db, Session session, Clock clock = systemTime);

    const Session& session() const { return m_session; }
    const Database& database() const { return m_db; }
    QDate today() const;

    //! None for everything while the session still has to change its password (enforced here, not only
    //! by the login dialog: no service works for it).
    Reach reach(Permission permission) const
    {
        return m_session.mustChangePassword ? Reach::None : reachOf(m_session.worker.role, permission);
    }
    bool may(Permission permission) const { return reach(permission) != Reach::None; }
    //! The permission over one area: within reach of the session today.
    bool may(Permission permission, Id areaId) const;
    //! The permission over one record, placed by its area; false for a record that does not exist.
    bool may(Permission permission, Record record) const;
    //! `may(permission, record)` with a refusal the user can read.
    Result<void> check(Permission permission, Record record) const;
    //! Which part of the subdistrict a list under this permission shows.
    Scope scope(Permission permission) const;
    //! The permission over a whole community (its lists, its rounds): Community or Subdistrict reach.
    bool mayInCommunity(Permission permission, Id communityId) const;

    bool mayViewArea(Id areaId) const { return may(Permission::ViewResidents, areaId); }
    bool mayEditArea(Id areaId) const { return may(Permission::EditResidents, areaId); }
    //! The areas the worker answers for today (empty for roles without areas).
    std::set<Id> ownAreas() const;
    //! The area a record lies in, if it exists.
    std::optional<Id> areaOf(Record record) const;

private:
    Id communityOf(Id areaId) const;

    const Database& m_db;
    Session m_session;
    Clock m_clock;
};

/*! A write the policy refused, written to the audit log (who, which action, which record and the
    failing field; never the refused values) and handed back as the caller's error. */
Error refusedWrite(const Access& access, const QString& action, const QString& object, Error why);

enum class PersonalField { IdNumber, Phone };

/*! Shows one resident's full ID number or phone: needs RevealPersonalData over the resident's area
    and a reason; every reveal (and every refusal) is audited, the value never is. */
Result<QString> revealPersonalData(const Access& access, Id residentId, PersonalField field,
                                   const QString& reason);

} // namespace shegong::core
