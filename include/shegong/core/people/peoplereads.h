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

//! One building as the household panel and the registry's tree show it.
struct BuildingPeople {
    std::vector<Dwelling> dwellings;       //!< every dwelling, vacant or not, in or out of the read scope
    bool shown = false;                    //!< whether the session may read the building's people
    std::vector<HouseholdView> households; //!< the current ones with their residents; empty unless shown
};
BuildingPeople peopleOfBuilding(const Access& access, Id buildingId);

/*! A building's counts: from its households when they were read (asked again of a server, they were
    a click's heaviest query), else one query — counts are not personal. */
Occupancy occupancyOf(const Access& access, Id buildingId, const BuildingPeople& people);

//! The current residents of a household; refused outside the read scope.
Result<std::vector<Resident>> residentsOfHousehold(const Access& access, Id householdId);
//! One resident (current or moved out); refused outside the read scope.
Result<Resident> readResident(const Access& access, Id residentId);

/*! A building's dwellings for the floor view. Outside the read scope every dwelling is Undisclosed
    (the building's shape, not its people); special-group households are marked only for roles that
    may see sensitive tags there. */
std::vector<DwellingStatus> floorView(const Access& access, Id buildingId);

} // namespace shegong::core
