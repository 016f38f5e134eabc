#pragma once

#include "shegong/core/people/people.h"
#include "shegong/core/security/access.h"

#include <vector>

namespace shegong::core {

//! A landlord outside the registry: validated and masked like a resident.
struct OutsideLandlord {
    QString name;
    QString idNumber;
    QString phone;
};

struct RentalHouse {
    Id id = 0;
    Id buildingId = 0;
    QString address; //!< the local form: 9排20号, 杨家弄3号
    std::optional<Id> landlordResidentId;
    std::optional<OutsideLandlord> outsideLandlord; //!< when the landlord is not in the registry
    QDate registeredOn;
    std::optional<QDate> deregisteredOn;
};

enum class RoomState { Let, Vacant, NotForRent };

struct RentalRoom {
    Id id = 0;
    Id houseId = 0;
    Id dwellingId = 0; //!< the registry's dwelling (use rental_room) where its tenants live
    QString number;    //!< "201"
    int floor = 1;
    double areaM2 = 0;
    int rentYuan = 0; //!< a month
    QString facilities;
    int maxOccupants = 1;
    bool forRent = true;
    std::optional<QDate> deregisteredOn;
};

//! A room as lists show it: its state and how many live in it now.
struct RoomView {
    RentalRoom room;
    RoomState state = RoomState::Vacant;
    int occupants = 0;
};

//! A house as lists show it: the landlord by name, ID and phone masked.
struct HouseView {
    RentalHouse house;
    QString landlordName;
    QString landlordIdMasked;
    QString landlordPhoneMasked;
    int rooms = 0, let = 0, vacant = 0;
};

struct Tenancy {
    Id id = 0;
    Id roomId = 0;
    Id residentId = 0;
    QDate movedIn;
    std::optional<QDate> movedOut;
    QString overCapacityReason;
    QString name; //!< the tenant's, masked outside the session's read scope
};

//! Where a floating resident rents, for the household panel and the registry.
struct Rental {
    Id tenancyId = 0;
    QString address; //!< house and room: 杨家弄3号201室
    QDate movedIn;
};

/*! Rental houses, their rooms and tenancies (以房管人), as a session: reads need ViewRentals over the
    house's area, writes EditRentals; every write validated field by field, one transaction, audited
    with before and after (never an ID number or phone). Nothing is deleted: houses and rooms are
    deregistered, tenants move out and their registry record stays. */
class RentalService {
public:
    explicit RentalService(const Access& access, Clock clock = systemTime)
        : m_access(access), m_clock(std::move(clock))
    {}

    Result<Id> addHouse(const RentalHouse& house) const;
    Result<void> updateHouse(const RentalHouse& house) const;
    Result<void> deregisterHouse(Id houseId, QDate day, const QString& reason) const;
    //! A room with its dwelling in the house's building (the registry's place for its tenants).
    Result<Id> addRoom(const RentalRoom& room) const;
    Result<void> updateRoom(const RentalRoom& room) const;
    //! The room is no longer let (its tenants have moved out); it stays in the history.
    Result<void> deregisterRoom(Id roomId, QDate day) const;

    /*! A resident of the registry moves into the room from `day` (into the room's household, made if
        there is none). Over the room's maximum only with a reason, which is kept. */
    Result<Id> letRoom(Id roomId, Id residentId, QDate day, const QString& overCapacityReason = {}) const;
    /*! A new tenant registered as floating population on the spot (ID, permit and expiry, employer,
        phone validated as for any resident) and moved in, as one write. */
    Result<Id> registerTenant(Id roomId, Resident tenant, QDate day,
                              const QString& overCapacityReason = {}) const;
    //! The tenancy ends; the resident moves out of the registry's household, record and history kept.
    Result<void> moveOut(Id tenancyId, QDate day) const;

    Result<std::vector<HouseView>> housesOfBuilding(Id buildingId) const;
    //! The registered houses of a community, by address.
    Result<std::vector<HouseView>> housesOfCommunity(Id communityId) const;
    Result<HouseView> house(Id houseId) const;
    Result<std::vector<RoomView>> roomsOfHouse(Id houseId) const;
    Result<std::vector<Tenancy>> tenantsOfRoom(Id roomId, bool formerToo = false) const;
    //! Where the resident rents now, if anywhere (within the session's read scope).
    std::optional<Rental> rentalOf(Id residentId) const;

private:
    Result<void> mayEdit(Id buildingId) const;
    Result<void> checkHouse(const RentalHouse& house) const;
    Result<void> checkRoom(const RentalRoom& room) const;
    Result<Id> moveInto(Id roomId, Id residentId, QDate day, const QString& reason, bool newResident) const;

    const Access& m_access;
    Clock m_clock;
};

QString toString(RoomState state);

} // namespace shegong::core
