#include "shegong/core/people/peoplereads.h"

#include "core/storage/sql.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/security/access.h"

#include <algorithm>

namespace shegong::core {
namespace {

//! The sensitive tags (special groups, health) the session may not see at a place: none when it may.
//! Asked once per read, not once per household: on a server every question is a round trip.
QStringList hiddenTags(const Access& access, Record place)
{
    QStringList sensitive;
    if (access.may(Permission::ViewSensitiveTags, place))
        return sensitive;
    auto query = cached(access.database(), "SELECT code FROM tag_kinds WHERE sensitive = 1");
    while (query->next())
        sensitive << query->text(0);
    return sensitive;
}

void dropTags(const QStringList& hidden, std::vector<Resident>& residents)
{
    if (hidden.isEmpty())
        return;
    for (Resident& r : residents)
        r.tags.removeIf([&](const QString& tag) { return hidden.contains(tag); });
}

} // namespace

Result<std::vector<HouseholdView>> householdsOfBuilding(const Access& access, Id buildingId)
{
    const Record building{RecordKind::Building, buildingId};
    if (auto allowed = access.check(Permission::ViewResidents, building); !allowed)
        return allowed.error();
    auto households = ResidentRepository(access.database()).householdsOfBuilding(buildingId);
    const QStringList hidden = hiddenTags(access, building);
    for (HouseholdView& view : households)
        dropTags(hidden, view.residents);
    return households;
}

BuildingPeople peopleOfBuilding(const Access& access, Id buildingId)
{
    BuildingPeople people;
    people.dwellings = DistrictRepository(access.database()).dwellingsOf(buildingId);
    if (auto households = householdsOfBuilding(access, buildingId)) {
        people.shown = true;
        people.households = std::move(households).value();
    }
    return people;
}

Occupancy occupancyOf(const Access& access, Id buildingId, const BuildingPeople& people)
{
    if (!people.shown)
        return ResidentRepository(access.database()).occupancyOf(buildingId);
    Occupancy counts{int(people.dwellings.size()), int(people.households.size()), 0, 0};
    for (const HouseholdView& view : people.households) {
        counts.residents += int(view.residents.size());
        counts.floating +=
            int(std::count_if(view.residents.begin(), view.residents.end(),
                              [](const Resident& r) { return r.registration == Registration::Floating; }));
    }
    return counts;
}

Result<std::vector<Resident>> residentsOfHousehold(const Access& access, Id householdId)
{
    const Record household{RecordKind::Household, householdId};
    if (auto allowed = access.check(Permission::ViewResidents, household); !allowed)
        return allowed.error();
    auto residents = ResidentRepository(access.database()).residentsOf(householdId);
    dropTags(hiddenTags(access, household), residents);
    return residents;
}

Result<Resident> readResident(const Access& access, Id residentId)
{
    const Record resident{RecordKind::Resident, residentId};
    if (auto allowed = access.check(Permission::ViewResidents, resident); !allowed)
        return allowed.error();
    auto found = ResidentRepository(access.database()).resident(residentId);
    if (!found)
        return Error{QStringLiteral("record"), QStringLiteral("resident %1").arg(residentId)};
    std::vector<Resident> one{std::move(*found)};
    dropTags(hiddenTags(access, resident), one);
    return std::move(one.front());
}

std::vector<DwellingStatus> floorView(const Access& access, Id buildingId)
{
    const Record building{RecordKind::Building, buildingId};
    const ResidentRepository residents(access.database());
    if (!access.may(Permission::ViewResidents, building)) {
        auto dwellings = residents.dwellingStatuses(buildingId, false);
        for (DwellingStatus& s : dwellings)
            s = DwellingStatus{s.dwelling, DwellingState::Undisclosed, 0, QString()};
        return dwellings;
    }
    return residents.dwellingStatuses(buildingId, access.may(Permission::ViewSensitiveTags, building));
}

} // namespace shegong::core
