#pragma once

#include "shegong/core/access.h"
#include "shegong/core/people.h"

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
    Result<void> update(const Resident& resident) const;
    Result<void> moveOut(Id residentId, QDate day) const;
    //! Into another (or the same) household, from `day`.
    Result<void> moveIn(Id residentId, Id householdId, QDate day) const;

private:
    Result<Id> areaOfHousehold(Id householdId) const;

    const Access& m_access;
    Clock m_clock;
};

} // namespace shegong::core
