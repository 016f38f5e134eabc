#pragma once

#include "shegong/core/base/result.h"
#include "shegong/core/people/residentrepository.h"

#include <vector>

namespace shegong::core {

class Access;

/*! The people as one session may read them. The map, the panels, the registry and the CLI read
    households, residents and the floor view only through these, so one read scope holds at every
    door: ViewResidents of the access policy (a worker their own areas, a director their community).
    Sensitive tags are dropped for roles without ViewSensitiveTags over the place. */

//! The current households of a building with their residents; refused outside the read scope.
Result<std::vector<HouseholdView>> householdsOfBuilding(const Access& access, Id buildingId);
//! The current residents of a household; refused outside the read scope.
Result<std::vector<Resident>> residentsOfHousehold(const Access& access, Id householdId);
//! One resident (current or moved out); refused outside the read scope.
Result<Resident> readResident(const Access& access, Id residentId);

/*! A building's dwellings for the floor view. Outside the read scope every dwelling is Undisclosed
    (the building's shape, not its people); special-group households are marked only for roles that
    may see sensitive tags there. */
std::vector<DwellingStatus> floorView(const Access& access, Id buildingId);

} // namespace shegong::core
