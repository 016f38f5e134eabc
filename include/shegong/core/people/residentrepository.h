#pragma once

#include "shegong/core/base/result.h"
#include "shegong/core/people/people.h"

#include <unordered_map>
#include <vector>

namespace shegong::core {

class Database;
class Statement;

//! Current households and residents of a building.
struct Occupancy {
    int dwellings = 0;
    int households = 0;
    int residents = 0;
    int floating = 0;
};

//! What the floor view colours a dwelling by; the most telling state wins.
//! Undisclosed: the building is outside the session's read scope, so only the dwelling itself is shown.
enum class DwellingState {
    Vacant,
    OwnerOccupied,
    Rented,
    FloatingHousehold,
    SpecialGroupHousehold,
    Undisclosed
};

struct DwellingStatus {
    Dwelling dwelling;
    DwellingState state = DwellingState::Vacant;
    Id householdId = 0; //!< 0 when vacant
    QString head;       //!< the head of household's name
};

//! Households and residents, unscoped: the storage behind the services and `peoplereads.h` (which the
//! screens use), and validated writes.
class ResidentRepository {
public:
    explicit ResidentRepository(const Database& db) : m_db(db) {}

    //! Current households of a building with their current residents, in door order (one query).
    std::vector<HouseholdView> householdsOfBuilding(Id buildingId) const;
    std::vector<Household> householdsOf(Id dwellingId) const;
    //! Occupancy of every building, in one query (map tooltips, colour modes).
    std::unordered_map<Id, Occupancy> occupancyByBuilding() const;
    Occupancy occupancyOf(Id buildingId) const;
    //! Every dwelling of a building with its state, in door order (one query).
    //! Without `specialGroups` a special-group household shows as what it otherwise is (rented…).
    std::vector<DwellingStatus> dwellingStatuses(Id buildingId, bool specialGroups = true) const;
    std::vector<Resident> residentsOf(Id householdId) const;
    std::optional<Resident> resident(Id residentId) const;

    //! The population-category catalogue, in duty order.
    std::vector<TagKind> tagKinds() const;

    std::optional<Resident> findByIdNumber(const QString& idNumber) const;
    std::vector<Resident> findByPhone(const QString& phone) const;
    std::vector<Resident> findByNamePrefix(const QString& prefix, int limit = 200) const;

    /*! Adds a household; the caller owns the transaction. */
    Result<Id> addHousehold(const Household& household) const;
    /*! Validates every field (name, GB 11643 ID number consistent with gender and birth date, mobile
        phone, dates) and refuses an ID number registered to someone else. The caller owns the
        transaction. */
    Result<Id> addResident(const Resident& resident, QDate today = QDate::currentDate()) const;
    /*! The resident with every field checked and normalised (ID number upper case, gender and birth
        date derived from it, bare phone digits); an ID number held by another resident is refused. */
    Result<Resident> validated(const Resident& resident, QDate today = QDate::currentDate()) const;
    //! Every field's problem at once (name, ID number and its duplicate, phone, dates), for forms.
    std::vector<Error> problems(const Resident& resident, QDate today = QDate::currentDate()) const;

private:
    static Resident residentFrom(const Statement& row, int first);
    std::vector<Resident> readResidents(Statement& query) const;
    std::vector<Error> check(Resident& resident, QDate today) const;

    const Database& m_db;
};

} // namespace shegong::core
