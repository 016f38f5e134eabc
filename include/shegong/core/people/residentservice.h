#pragma once

#include "shegong/core/people/people.h"
#include "shegong/core/security/access.h"

namespace shegong::core {

/*! Writes to the registry, as a session: within the editable scope, validated field by field (the
    repository's rules: GB 11643, phone, dates, a duplicate ID number names its holder), audited with
    before and after values (residents by internal id; ID numbers and phones never in the log), one
    transaction each. Nobody is deleted: residents move out, and move in again. */
class ResidentService {
public:
    explicit ResidentService(const Access& access, Clock clock = systemTime)
        : m_access(access), m_clock(std::move(clock))
    {}

    Result<Id> add(const Resident& resident) const;
    //! Every field's problem at once, for a form (the write itself still checks).
    std::vector<Error> problems(const Resident& resident) const;
    /*! Name, ID number (re-derives birth date and gender), phone, relation, registration, permit,
        employment, and the tags the session may see (sensitive ones only with ViewSensitiveTags).
        Made on `resident.version`: refused (field "version", naming who changed it and when) when the
        stored row has changed since it was read — never a silent lost update. */
    Result<void> update(const Resident& resident) const;
    Result<void> moveOut(Id residentId, QDate day) const;
    //! Into another (or the same) household, from `day`; the earlier residence goes to the history.
    Result<void> moveIn(Id residentId, Id householdId, QDate day) const;
    //! A new household in a dwelling (to move people into), from `day`.
    Result<Id> addHousehold(Id dwellingId, Tenure tenure, QDate day) const;
    //! A new household in the dwelling with the resident in it, as one write.
    Result<Id> moveIntoNewHousehold(Id residentId, Id dwellingId, Tenure tenure, QDate day) const;
    /*! The whole household to another dwelling from `day`: it keeps its members, visits and events;
        its open events go to the worker of the new area. Needs the right to edit both areas. */
    Result<void> moveHousehold(Id householdId, Id dwellingId, QDate day) const;

    struct Residence {
        Id householdId = 0;
        QString address;
        QDate movedIn;
        std::optional<QDate> movedOut; //!< empty for the current one
    };
    //! Where the resident has lived, newest first (the current residence first); refused outside the
    //! session's read scope.
    Result<std::vector<Residence>> residenceHistory(Id residentId) const;

private:
    Result<Id> areaOfDwelling(Id dwellingId) const;
    //! The stored row is still at `version`; else who changed it, and when. Inside the write lock.
    Result<void> unchangedSince(Id residentId, std::int64_t version) const;
    //! A change of the row: its version goes up, with who and when. Inside the write transaction.
    void stampChange(Id residentId) const;
    Result<Id> areaOfHousehold(Id householdId) const;

    const Access& m_access;
    Clock m_clock;
};

} // namespace shegong::core
