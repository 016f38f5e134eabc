#include "shegong/core/rental/rentalhouses.h"

#include "core/security/auditwrite.h"
#include "core/storage/sql.h"
#include "shegong/core/base/idnumber.h"
#include "shegong/core/base/validation.h"
#include "shegong/core/geography/address.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/people/masking.h"
#include "shegong/core/people/residentservice.h"
#include "shegong/core/rental/rentalviews.h"
#include "shegong/core/storage/database.h"

#include <QCollator>
#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace shegong::core {
namespace {

struct RentalText {
    Q_DECLARE_TR_FUNCTIONS(RentalService)
};

Error missing(const char* field, const QString& what, Id id)
{
    return Error{QString::fromLatin1(field), RentalText::tr("%1 %2 does not exist").arg(what).arg(id)};
}

QJsonObject auditable(const RentalRoom& r)
{
    return {{QStringLiteral("number"), r.number},
            {QStringLiteral("floor"), r.floor},
            {QStringLiteral("area_m2"), r.areaM2},
            {QStringLiteral("rent_yuan"), r.rentYuan},
            {QStringLiteral("max_occupants"), r.maxOccupants},
            {QStringLiteral("for_rent"), r.forRent}};
}

QJsonObject auditable(const RentalHouse& h)
{
    return {{QStringLiteral("building"), qint64(h.buildingId)},
            {QStringLiteral("address"), h.address},
            {QStringLiteral("landlord_resident"), h.landlordResidentId ? qint64(*h.landlordResidentId) : 0},
            {QStringLiteral("landlord_outside"), bool(h.outsideLandlord)}};
}

RentalRoom roomFrom(const Statement& q, int first = 0)
{
    RentalRoom r;
    r.id = q.integer(first);
    r.houseId = q.integer(first + 1);
    r.dwellingId = q.integer(first + 2);
    r.number = q.text(first + 3);
    r.floor = int(q.integer(first + 4));
    r.areaM2 = q.real(first + 5);
    r.rentYuan = int(q.integer(first + 6));
    r.facilities = q.text(first + 7);
    r.maxOccupants = int(q.integer(first + 8));
    r.forRent = q.integer(first + 9) != 0;
    if (!q.isNull(first + 10))
        r.deregisteredOn = QDate::fromString(q.text(first + 10), Qt::ISODate);
    return r;
}

constexpr const char* kRoomColumns =
    "r.id, r.house_id, r.dwelling_id, r.number, r.floor, r.area_m2, r.rent_yuan,"
    " r.facilities, r.max_occupants, r.for_rent, r.deregistered_on";

//! The household living in a room's dwelling (tenants share it), if anyone lives there.
std::optional<Id> householdOfDwelling(const Database& db, Id dwellingId)
{
    auto household = cached(db, "SELECT h.id FROM households h WHERE h.dwelling_id = ?"
                                " AND EXISTS(SELECT 1 FROM residents r WHERE r.household_id = h.id"
                                " AND r.moved_out IS NULL) ORDER BY h.id LIMIT 1");
    household->bind(dwellingId);
    return household->next() ? std::optional<Id>(household->integer(0)) : std::nullopt;
}

/*! The registry's stairwell of a house's rooms: 1 for the first house of a building, 2 for the second…
    so that two houses of one building may both have a room 201. */
int stairwellOf(const Database& db, const RentalHouse& house)
{
    auto q = cached(db, "SELECT count(*) FROM rental_houses WHERE building_id = ? AND id < ?");
    q->bind(house.buildingId, house.id);
    q->next();
    return 1 + int(q->integer(0));
}

//! An outside landlord's name, ID number and phone as stored (normalised; checked by checkHouse first).
std::array<std::optional<QString>, 3> storedLandlord(const RentalHouse& house)
{
    if (!house.outsideLandlord)
        return {};
    const OutsideLandlord& l = *house.outsideLandlord;
    return {parsePersonName(l.name).value(), parseIdNumber(l.idNumber).value().number,
            parseMobilePhone(l.phone).value()};
}

} // namespace

QString toString(RoomState state)
{
    switch (state) {
    case RoomState::Let:
        return QStringLiteral("let");
    case RoomState::Vacant:
        return QStringLiteral("vacant");
    case RoomState::NotForRent:
        return QStringLiteral("not_for_rent");
    }
    return {};
}

Result<void> RentalService::mayEdit(Id buildingId) const
{
    if (auto allowed = m_access.check(Permission::EditRentals, Record{RecordKind::Building, buildingId});
        !allowed)
        return refusedWrite(m_access, QStringLiteral("write"), QStringLiteral("building:%1").arg(buildingId),
                            allowed.error());
    return {};
}

Result<void> RentalService::checkHouse(const RentalHouse& h) const
{
    if (auto allowed = mayEdit(h.buildingId); !allowed)
        return allowed;
    if (h.address.trimmed().isEmpty() || h.address.size() > 60)
        return Error{QStringLiteral("address"),
                     RentalText::tr("Address: the house's local address, e.g. 9排20号")};
    if (h.landlordResidentId.has_value() == h.outsideLandlord.has_value())
        return Error{QStringLiteral("landlord"),
                     RentalText::tr("Landlord: a resident of the registry, or a person outside it")};
    if (h.landlordResidentId) {
        auto q = cached(m_access.database(), "SELECT 1 FROM residents WHERE id = ?");
        q->bind(*h.landlordResidentId);
        if (!q->next())
            return missing("landlord", RentalText::tr("Resident"), *h.landlordResidentId);
    } else {
        const OutsideLandlord& l = *h.outsideLandlord;
        if (auto name = parsePersonName(l.name, QStringLiteral("landlord_name")); !name)
            return name.error();
        if (auto id = parseIdNumber(l.idNumber, m_clock().toLocalTime().date()); !id)
            return Error{QStringLiteral("landlord_id_number"), id.error().message};
        if (auto phone = parseMobilePhone(l.phone, QStringLiteral("landlord_phone")); !phone)
            return phone.error();
    }
    if (!h.registeredOn.isValid() || h.registeredOn > m_clock().toLocalTime().date())
        return Error{QStringLiteral("registered_on"), RentalText::tr("Registered on: a date up to today")};
    return {};
}

Result<Id> RentalService::addHouse(const RentalHouse& house) const
{
    if (auto ok = checkHouse(house); !ok)
        return ok.error();
    const Database& db = m_access.database();
    WriteTransaction transaction(db);
    const auto [name, idNumber, phone] = storedLandlord(house);
    const Id id =
        prepare(db, "INSERT INTO rental_houses(building_id, address, landlord_resident_id, landlord_name,"
                    " landlord_id_number, landlord_phone, registered_on) VALUES(?, ?, ?, ?, ?, ?, ?)")
            .bind(house.buildingId, house.address.trimmed(), house.landlordResidentId, name, idNumber, phone,
                  house.registeredOn.toString(Qt::ISODate))
            .insert();
    auditWrite(m_access, QStringLiteral("create"), QStringLiteral("rental_house:%1").arg(id),
               {{QStringLiteral("after"), auditable(house)}});
    transaction.changed({ChangeKind::RentalHouse, id});
    transaction.commit();
    return id;
}

Result<void> RentalService::updateHouse(const RentalHouse& house) const
{
    const auto before = this->house(house.id);
    if (!before)
        return before.error();
    RentalHouse changed = house;
    changed.buildingId = before->house.buildingId; // a house does not move
    if (auto ok = checkHouse(changed); !ok)
        return ok.error();
    const Database& db = m_access.database();
    WriteTransaction transaction(db);
    const auto [name, idNumber, phone] = storedLandlord(changed);
    prepare(db, "UPDATE rental_houses SET address = ?, landlord_resident_id = ?, landlord_name = ?,"
                " landlord_id_number = ?, landlord_phone = ?, registered_on = ? WHERE id = ?")
        .bind(changed.address.trimmed(), changed.landlordResidentId, name, idNumber, phone,
              changed.registeredOn.toString(Qt::ISODate), changed.id)
        .run();
    auditWrite(m_access, QStringLiteral("update"), QStringLiteral("rental_house:%1").arg(changed.id),
               {{QStringLiteral("before"), auditable(before->house)},
                {QStringLiteral("after"), auditable(changed)}});
    transaction.changed({ChangeKind::RentalHouse, changed.id});
    transaction.commit();
    return {};
}

Result<void> RentalService::deregisterHouse(Id houseId, QDate day, const QString& reason) const
{
    const auto before = house(houseId);
    if (!before)
        return before.error();
    if (auto ok = mayEdit(before->house.buildingId); !ok)
        return ok.error();
    if (before->house.deregisteredOn)
        return Error{QStringLiteral("house"), RentalText::tr("The house is already deregistered")};
    if (!day.isValid() || day < before->house.registeredOn || day > m_clock().toLocalTime().date())
        return Error{QStringLiteral("deregistered_on"),
                     RentalText::tr("Deregistered on: between its registration and today")};
    const auto why = parseFreeText(reason, QStringLiteral("reason"), RentalText::tr("Reason"), 200);
    if (!why || why->size() < 2)
        return Error{QStringLiteral("reason"), RentalText::tr("Reason: say why the house is no longer let")};
    if (before->let > 0)
        return Error{
            QStringLiteral("house"),
            RentalText::tr("%n room(s) still let: the tenants move out first", nullptr, before->let)};
    const Database& db = m_access.database();
    WriteTransaction transaction(db);
    prepare(db, "UPDATE rental_houses SET deregistered_on = ?, deregister_reason = ? WHERE id = ?")
        .bind(day.toString(Qt::ISODate), why.value(), houseId)
        .run();
    prepare(db, "UPDATE rental_rooms SET deregistered_on = ? WHERE house_id = ? AND deregistered_on IS NULL")
        .bind(day.toString(Qt::ISODate), houseId)
        .run();
    auditWrite(m_access, QStringLiteral("deregister"), QStringLiteral("rental_house:%1").arg(houseId),
               {{QStringLiteral("day"), day.toString(Qt::ISODate)}, {QStringLiteral("reason"), why.value()}});
    transaction.changed({ChangeKind::RentalHouse, houseId});
    transaction.commit();
    return {};
}

Result<void> RentalService::checkRoom(const RentalRoom& r) const
{
    const auto owner = house(r.houseId);
    if (!owner)
        return owner.error();
    if (auto ok = mayEdit(owner->house.buildingId); !ok)
        return ok.error();
    if (owner->house.deregisteredOn)
        return Error{QStringLiteral("house"), RentalText::tr("The house is deregistered")};
    static const QRegularExpression number(QStringLiteral("^[0-9A-Za-z-]{1,8}$"));
    if (!number.match(r.number.trimmed()).hasMatch())
        return Error{QStringLiteral("number"),
                     RentalText::tr("Room number: up to 8 letters or digits, e.g. 201")};
    if (r.floor < -2 || r.floor > 40)
        return Error{QStringLiteral("floor"), RentalText::tr("Floor: from -2 to 40")};
    if (!(r.areaM2 >= 3 && r.areaM2 <= 300))
        return Error{QStringLiteral("area_m2"), RentalText::tr("Area: from 3 to 300 m²")};
    if (r.rentYuan < 0 || r.rentYuan > 50000)
        return Error{QStringLiteral("rent_yuan"), RentalText::tr("Rent: from 0 to 50,000 yuan a month")};
    if (r.maxOccupants < 1 || r.maxOccupants > 20)
        return Error{QStringLiteral("max_occupants"), RentalText::tr("Maximum occupants: from 1 to 20")};
    if (auto text =
            parseFreeText(r.facilities, QStringLiteral("facilities"), RentalText::tr("Facilities"), 200);
        !text)
        return text.error();
    const Database& db = m_access.database();
    if (!r.id) {
        // The room becomes a dwelling of the building: its number must be free there.
        auto taken =
            cached(db, "SELECT 1 FROM dwellings WHERE building_id = ? AND stairwell = ? AND floor = ?"
                       " AND number = ?");
        taken->bind(owner->house.buildingId, stairwellOf(db, owner->house), r.floor, r.number.trimmed());
        if (taken->next())
            return Error{QStringLiteral("number"),
                         RentalText::tr("Room %1 on floor %2 is already a dwelling of this building")
                             .arg(r.number)
                             .arg(r.floor)};
    }
    auto same = cached(db, "SELECT id FROM rental_rooms WHERE house_id = ? AND number = ?");
    same->bind(r.houseId, r.number.trimmed());
    if (same->next() && same->integer(0) != r.id)
        return Error{QStringLiteral("number"),
                     RentalText::tr("Room %1 already exists in this house").arg(r.number)};
    return {};
}

Result<Id> RentalService::addRoom(const RentalRoom& room) const
{
    if (auto ok = checkRoom(room); !ok)
        return ok.error();
    const Database& db = m_access.database();
    const RentalHouse owner = house(room.houseId)->house;
    WriteTransaction transaction(db);
    const Id dwelling =
        DistrictRepository(db).add(Dwelling{0, owner.buildingId, stairwellOf(db, owner), room.floor,
                                            room.number.trimmed(), DwellingUse::RentalRoom});
    const Id id =
        prepare(db, "INSERT INTO rental_rooms(house_id, dwelling_id, number, floor, area_m2, rent_yuan,"
                    " facilities, max_occupants, for_rent) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(room.houseId, dwelling, room.number.trimmed(), room.floor, room.areaM2, room.rentYuan,
                  room.facilities.trimmed(), room.maxOccupants, int(room.forRent))
            .insert();
    auditWrite(m_access, QStringLiteral("create"), QStringLiteral("rental_room:%1").arg(id),
               {{QStringLiteral("after"), auditable(room)}});
    transaction.changed({ChangeKind::RentalRoom, id});
    transaction.commit();
    return id;
}

Result<void> RentalService::updateRoom(const RentalRoom& room) const
{
    const Database& db = m_access.database();
    auto q = prepare(db, std::string("SELECT ") + kRoomColumns + " FROM rental_rooms r WHERE r.id = ?");
    q.bind(room.id);
    if (!q.next())
        return missing("room", RentalText::tr("Room"), room.id);
    const RentalRoom before = roomFrom(q);
    RentalRoom changed = room;
    changed.houseId = before.houseId;
    changed.dwellingId = before.dwellingId;
    if (auto ok = checkRoom(changed); !ok)
        return ok.error();
    WriteTransaction transaction(db);
    prepare(db, "UPDATE rental_rooms SET number = ?, floor = ?, area_m2 = ?, rent_yuan = ?, facilities = ?,"
                " max_occupants = ?, for_rent = ? WHERE id = ?")
        .bind(changed.number.trimmed(), changed.floor, changed.areaM2, changed.rentYuan,
              changed.facilities.trimmed(), changed.maxOccupants, int(changed.forRent), changed.id)
        .run();
    prepare(db, "UPDATE dwellings SET number = ?, floor = ? WHERE id = ?")
        .bind(changed.number.trimmed(), changed.floor, changed.dwellingId)
        .run();
    auditWrite(
        m_access, QStringLiteral("update"), QStringLiteral("rental_room:%1").arg(changed.id),
        {{QStringLiteral("before"), auditable(before)}, {QStringLiteral("after"), auditable(changed)}});
    transaction.changed({ChangeKind::RentalRoom, changed.id});
    transaction.commit();
    return {};
}

Result<void> RentalService::deregisterRoom(Id roomId, QDate day) const
{
    const Database& db = m_access.database();
    auto q = prepare(db, "SELECT r.deregistered_on, (SELECT count(*) FROM tenancies t WHERE t.room_id = r.id"
                         " AND t.moved_out IS NULL) FROM rental_rooms r WHERE r.id = ?");
    q.bind(roomId);
    if (!q.next())
        return missing("room", RentalText::tr("Room"), roomId);
    const bool gone = !q.isNull(0);
    const int tenants = int(q.integer(1));
    q.reset();
    if (auto allowed = m_access.check(Permission::EditRentals, Record{RecordKind::RentalRoom, roomId});
        !allowed)
        return refusedWrite(m_access, QStringLiteral("deregister"),
                            QStringLiteral("rental_room:%1").arg(roomId), allowed.error());
    if (gone)
        return Error{QStringLiteral("room"), RentalText::tr("The room is already deregistered")};
    if (tenants > 0)
        return Error{QStringLiteral("room"),
                     RentalText::tr("%n tenant(s) still live there: they move out first", nullptr, tenants)};
    if (!day.isValid() || day > m_clock().toLocalTime().date())
        return Error{QStringLiteral("deregistered_on"),
                     RentalText::tr("Deregistered on: a date up to today")};
    WriteTransaction transaction(db);
    prepare(db, "UPDATE rental_rooms SET deregistered_on = ? WHERE id = ?")
        .bind(day.toString(Qt::ISODate), roomId)
        .run();
    auditWrite(m_access, QStringLiteral("deregister"), QStringLiteral("rental_room:%1").arg(roomId),
               {{QStringLiteral("day"), day.toString(Qt::ISODate)}});
    transaction.changed({ChangeKind::RentalRoom, roomId});
    transaction.commit();
    return {};
}

Result<Id> RentalService::moveInto(Id roomId, Id residentId, QDate day, const QString& reason,
                                   bool newResident) const
{
    const Database& db = m_access.database();
    auto q =
        prepare(db, std::string("SELECT ") + kRoomColumns +
                        ", (SELECT count(*) FROM tenancies t WHERE t.room_id = r.id AND t.moved_out IS NULL)"
                        " FROM rental_rooms r WHERE r.id = ?");
    q.bind(roomId);
    if (!q.next())
        return missing("room", RentalText::tr("Room"), roomId);
    const RentalRoom room = roomFrom(q);
    const int occupants = int(q.integer(11));
    q.reset();
    if (auto allowed = m_access.check(Permission::EditRentals, Record{RecordKind::RentalRoom, roomId});
        !allowed)
        return refusedWrite(m_access, QStringLiteral("let"), QStringLiteral("rental_room:%1").arg(roomId),
                            allowed.error());
    if (room.deregisteredOn || !room.forRent)
        return Error{QStringLiteral("room"), RentalText::tr("Room %1 is not for rent").arg(room.number)};
    QString why;
    if (occupants + 1 > room.maxOccupants) {
        const auto text =
            parseFreeText(reason, QStringLiteral("over_capacity_reason"), RentalText::tr("Reason"), 200);
        if (!text || text->size() < 2)
            return Error{QStringLiteral("over_capacity_reason"),
                         RentalText::tr("Room %1 holds at most %2: say why one more moves in")
                             .arg(room.number)
                             .arg(room.maxOccupants)};
        why = text.value();
    }
    if (!newResident) {
        auto current = cached(db, "SELECT 1 FROM tenancies WHERE resident_id = ? AND moved_out IS NULL");
        current->bind(residentId);
        if (current->next())
            return Error{QStringLiteral("resident"),
                         RentalText::tr("Already a tenant elsewhere: move out of that room first")};
    }
    WriteTransaction transaction(db);
    const ResidentService residents(m_access, m_clock);
    if (!newResident) {
        // Into the room's household (the first tenant makes it): the registry says where they live.
        const std::optional<Id> existing = householdOfDwelling(db, room.dwellingId);
        if (existing) {
            if (auto moved = residents.moveIn(residentId, *existing, day); !moved)
                return moved.error();
        } else if (auto made =
                       residents.moveIntoNewHousehold(residentId, room.dwellingId, Tenure::Tenant, day);
                   !made) {
            return made.error();
        }
    }
    const Id id = prepare(db, "INSERT INTO tenancies(room_id, resident_id, moved_in, over_capacity_reason)"
                              " VALUES(?, ?, ?, ?)")
                      .bind(roomId, residentId, day.toString(Qt::ISODate),
                            why.isEmpty() ? std::nullopt : std::optional<QString>(why))
                      .insert();
    auditWrite(m_access, QStringLiteral("let"), QStringLiteral("rental_room:%1").arg(roomId),
               {{QStringLiteral("tenancy"), qint64(id)},
                {QStringLiteral("resident"), qint64(residentId)},
                {QStringLiteral("moved_in"), day.toString(Qt::ISODate)},
                {QStringLiteral("over_capacity"), !why.isEmpty()}});
    transaction.changed({ChangeKind::RentalRoom, roomId});
    transaction.commit();
    return id;
}

Result<Id> RentalService::letRoom(Id roomId, Id residentId, QDate day,
                                  const QString& overCapacityReason) const
{
    return moveInto(roomId, residentId, day, overCapacityReason, false);
}

Result<Id> RentalService::registerTenant(Id roomId, Resident tenant, QDate day,
                                         const QString& overCapacityReason) const
{
    const Database& db = m_access.database();
    auto q = prepare(db, "SELECT dwelling_id FROM rental_rooms WHERE id = ?");
    q.bind(roomId);
    if (!q.next())
        return missing("room", RentalText::tr("Room"), roomId);
    const Id dwelling = q.integer(0);
    q.reset();
    if (auto allowed = m_access.check(Permission::EditRentals, Record{RecordKind::RentalRoom, roomId});
        !allowed)
        return refusedWrite(m_access, QStringLiteral("let"), QStringLiteral("rental_room:%1").arg(roomId),
                            allowed.error());
    if (!tenant.idNumber || tenant.idNumber->trimmed().isEmpty())
        return Error{QStringLiteral("id_number"), RentalText::tr("ID number: a tenant is registered by it")};
    WriteTransaction transaction(db);
    const ResidentService residents(m_access, m_clock);
    std::optional<Id> household = householdOfDwelling(db, dwelling);
    const bool joining = household.has_value();
    if (!household) {
        auto made = residents.addHousehold(dwelling, Tenure::Tenant, day);
        if (!made)
            return made.error();
        household = made.value();
    }
    if (tenant.relation.isEmpty()) // the first tenant heads the room's household
        tenant.relation = joining ? QStringLiteral("other") : QStringLiteral("head");
    tenant.householdId = *household;
    tenant.registration = Registration::Floating;
    tenant.movedIn = day;
    auto resident = residents.add(tenant);
    if (!resident)
        return resident.error();
    auto tenancy = moveInto(roomId, resident.value(), day, overCapacityReason, true);
    if (!tenancy)
        return tenancy.error();
    transaction.commit();
    return tenancy;
}

Result<void> RentalService::moveOut(Id tenancyId, QDate day) const
{
    const Database& db = m_access.database();
    auto q = prepare(db, "SELECT room_id, resident_id, moved_in, moved_out FROM tenancies WHERE id = ?");
    q.bind(tenancyId);
    if (!q.next())
        return missing("tenancy", RentalText::tr("Tenancy"), tenancyId);
    const Id room = q.integer(0), resident = q.integer(1);
    const QDate movedIn = QDate::fromString(q.text(2), Qt::ISODate);
    const bool ended = !q.isNull(3);
    q.reset();
    if (auto allowed = m_access.check(Permission::EditRentals, Record{RecordKind::RentalRoom, room});
        !allowed)
        return refusedWrite(m_access, QStringLiteral("move_out"), QStringLiteral("tenancy:%1").arg(tenancyId),
                            allowed.error());
    if (ended)
        return Error{QStringLiteral("tenancy"), RentalText::tr("The tenant has already moved out")};
    if (!day.isValid() || day < movedIn || day > m_clock().toLocalTime().date())
        return Error{QStringLiteral("moved_out"),
                     RentalText::tr("Move-out date: between the move-in and today")};
    WriteTransaction transaction(db);
    prepare(db, "UPDATE tenancies SET moved_out = ? WHERE id = ?")
        .bind(day.toString(Qt::ISODate), tenancyId)
        .run();
    // Still living in the room's household? Then the registry says they left (the record stays).
    auto living = prepare(db, "SELECT 1 FROM residents rs JOIN households h ON h.id = rs.household_id"
                              " JOIN rental_rooms r ON r.dwelling_id = h.dwelling_id"
                              " WHERE rs.id = ? AND r.id = ? AND rs.moved_out IS NULL");
    living.bind(resident, room);
    if (living.next()) {
        living.reset();
        if (auto out = ResidentService(m_access, m_clock).moveOut(resident, day); !out)
            return out.error();
    }
    auditWrite(
        m_access, QStringLiteral("move_out"), QStringLiteral("tenancy:%1").arg(tenancyId),
        {{QStringLiteral("room"), qint64(room)}, {QStringLiteral("moved_out"), day.toString(Qt::ISODate)}});
    transaction.changed({ChangeKind::RentalRoom, room});
    transaction.commit();
    return {};
}

Result<HouseView> RentalService::house(Id houseId) const
{
    const Database& db = m_access.database();
    auto q = prepare(
        db, "SELECT h.id, h.building_id, h.address, h.landlord_resident_id, h.landlord_name,"
            " h.landlord_id_number, h.landlord_phone, h.registered_on, h.deregistered_on,"
            " res.name, res.id_number, res.phone,"
            " (SELECT count(*) FROM rental_rooms r WHERE r.house_id = h.id AND r.deregistered_on IS NULL),"
            " (SELECT count(DISTINCT t.room_id) FROM tenancies t JOIN rental_rooms r ON r.id = t.room_id"
            "  WHERE r.house_id = h.id AND t.moved_out IS NULL),"
            " (SELECT count(*) FROM rental_rooms r WHERE r.house_id = h.id AND r.deregistered_on IS NULL"
            "  AND r.for_rent = 1 AND NOT EXISTS(SELECT 1 FROM tenancies t WHERE t.room_id = r.id"
            "  AND t.moved_out IS NULL))"
            " FROM rental_houses h LEFT JOIN residents res ON res.id = h.landlord_resident_id"
            " WHERE h.id = ?");
    q.bind(houseId);
    if (!q.next())
        return missing("house", RentalText::tr("Rental house"), houseId);
    HouseView v;
    v.house.id = q.integer(0);
    v.house.buildingId = q.integer(1);
    v.house.address = q.text(2);
    if (!q.isNull(3)) {
        v.house.landlordResidentId = q.integer(3);
        v.landlordName = q.text(9);
        v.landlordIdMasked = q.isNull(10) ? QString() : maskIdNumber(q.text(10));
        v.landlordPhoneMasked = q.isNull(11) ? QString() : maskPhone(q.text(11));
    } else {
        // The stored values stay in the service: a caller gets them masked.
        v.house.outsideLandlord = OutsideLandlord{q.text(4), QString(), QString()};
        v.landlordName = q.text(4);
        v.landlordIdMasked = q.isNull(5) ? QString() : maskIdNumber(q.text(5));
        v.landlordPhoneMasked = q.isNull(6) ? QString() : maskPhone(q.text(6));
    }
    v.house.registeredOn = QDate::fromString(q.text(7), Qt::ISODate);
    if (!q.isNull(8))
        v.house.deregisteredOn = QDate::fromString(q.text(8), Qt::ISODate);
    v.rooms = int(q.integer(12));
    v.let = int(q.integer(13));
    v.vacant = int(q.integer(14));
    q.reset();
    if (auto allowed = m_access.check(Permission::ViewRentals, Record{RecordKind::RentalHouse, houseId});
        !allowed)
        return allowed.error();
    return v;
}

Result<std::vector<HouseView>> RentalService::housesOfBuilding(Id buildingId) const
{
    if (auto allowed = m_access.check(Permission::ViewRentals, Record{RecordKind::Building, buildingId});
        !allowed)
        return allowed.error();
    std::vector<Id> ids;
    auto q = prepare(m_access.database(),
                     "SELECT id FROM rental_houses WHERE building_id = ? ORDER BY address, id");
    q.bind(buildingId);
    while (q.next())
        ids.push_back(q.integer(0));
    std::vector<HouseView> houses;
    for (Id id : ids)
        if (auto v = house(id))
            houses.push_back(std::move(v).value());
    return houses;
}

Result<std::vector<HouseView>> RentalService::housesOfCommunity(Id communityId) const
{
    if (!m_access.mayInCommunity(Permission::ViewRentals, communityId))
        return Error{QStringLiteral("community"),
                     RentalText::tr("This community's rental houses are outside your scope")};
    std::vector<Id> ids;
    auto q =
        prepare(m_access.database(),
                "SELECT h.id FROM rental_houses h JOIN buildings b ON b.id = h.building_id"
                " JOIN areas a ON a.id = b.area_id WHERE a.community_id = ? AND h.deregistered_on IS NULL");
    q.bind(communityId);
    while (q.next())
        ids.push_back(q.integer(0));
    std::vector<HouseView> houses;
    for (Id id : ids)
        if (auto v = house(id))
            houses.push_back(std::move(v).value());
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    std::sort(houses.begin(), houses.end(), [&](const HouseView& a, const HouseView& b) {
        return collator.compare(a.house.address, b.house.address) < 0;
    });
    return houses;
}

Result<std::vector<RoomView>> RentalService::roomsOfHouse(Id houseId) const
{
    if (auto allowed = m_access.check(Permission::ViewRentals, Record{RecordKind::RentalHouse, houseId});
        !allowed)
        return allowed.error();
    auto q = prepare(m_access.database(),
                     std::string("SELECT ") + kRoomColumns +
                         ", (SELECT count(*) FROM tenancies t WHERE t.room_id = r.id AND t.moved_out IS NULL)"
                         " FROM rental_rooms r WHERE r.house_id = ? ORDER BY r.floor, r.number");
    q.bind(houseId);
    std::vector<RoomView> rooms;
    while (q.next()) {
        RoomView v;
        v.room = roomFrom(q);
        v.occupants = int(q.integer(11));
        v.state = v.occupants > 0                              ? RoomState::Let
                  : (!v.room.forRent || v.room.deregisteredOn) ? RoomState::NotForRent
                                                               : RoomState::Vacant;
        rooms.push_back(std::move(v));
    }
    return rooms;
}

Result<std::vector<Tenancy>> RentalService::tenantsOfRoom(Id roomId, bool formerToo) const
{
    if (auto allowed = m_access.check(Permission::ViewRentals, Record{RecordKind::RentalRoom, roomId});
        !allowed)
        return allowed.error();
    // Names in full for who may see the room's people; masked (王**) for the rest of the community.
    const bool names = m_access.may(Permission::ViewResidents, Record{RecordKind::RentalRoom, roomId});
    auto q = prepare(m_access.database(),
                     std::string("SELECT t.id, t.room_id, t.resident_id, t.moved_in, t.moved_out,"
                                 " t.over_capacity_reason, r.name FROM tenancies t"
                                 " JOIN residents r ON r.id = t.resident_id WHERE t.room_id = ?") +
                         (formerToo ? "" : " AND t.moved_out IS NULL") + " ORDER BY t.moved_in, t.id");
    q.bind(roomId);
    std::vector<Tenancy> tenancies;
    while (q.next())
        tenancies.push_back(Tenancy{
            q.integer(0), q.integer(1), q.integer(2), QDate::fromString(q.text(3), Qt::ISODate),
            q.isNull(4) ? std::nullopt : std::optional<QDate>(QDate::fromString(q.text(4), Qt::ISODate)),
            q.text(5), names ? q.text(6) : maskedName(q.text(6))});
    return tenancies;
}

std::optional<Rental> RentalService::rentalOf(Id residentId) const
{
    if (!m_access.may(Permission::ViewResidents, Record{RecordKind::Resident, residentId}))
        return std::nullopt;
    auto q = cached(m_access.database(),
                    "SELECT t.id, h.address, r.number, r.floor, t.moved_in FROM tenancies t"
                    " JOIN rental_rooms r ON r.id = t.room_id JOIN rental_houses h ON h.id = r.house_id"
                    " WHERE t.resident_id = ? AND t.moved_out IS NULL ORDER BY t.moved_in DESC LIMIT 1");
    q->bind(residentId);
    if (!q->next())
        return std::nullopt;
    return Rental{q->integer(0), dwellingAddress(q->text(1), 1, q->text(2), DwellingUse::RentalRoom),
                  QDate::fromString(q->text(4), Qt::ISODate)};
}

} // namespace shegong::core
