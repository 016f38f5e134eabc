// The codes the domain's enumerations are stored as: one table each.
#include "shegong/core/base/enumcodec.h"
#include "shegong/core/people/people.h"

namespace shegong::core {
namespace {

constexpr EnumCodec<CommunityKind, 3> kCommunityKinds{"community kind",
                                                      {{{CommunityKind::Residential, "residential"},
                                                        {CommunityKind::OldTown, "old_town"},
                                                        {CommunityKind::UrbanVillage, "urban_village"}}}};
constexpr EnumCodec<BuildingKind, 2> kBuildingKinds{
    "building kind",
    {{{BuildingKind::Apartment, "apartment"}, {BuildingKind::PrivateHouse, "private_house"}}}};
constexpr EnumCodec<DwellingUse, 2> kDwellingUses{
    "dwelling use", {{{DwellingUse::Residence, "residence"}, {DwellingUse::RentalRoom, "rental_room"}}}};
constexpr EnumCodec<Duty, 6> kDuties{"duty",
                                     {{{Duty::Mediation, "mediation"},
                                       {Duty::FamilyPlanning, "family_planning"},
                                       {Duty::Health, "health"},
                                       {Duty::CultureEducation, "culture_education"},
                                       {Duty::CivilAffairs, "civil_affairs"},
                                       {Duty::SpecialGroups, "special_groups"}}}};
constexpr EnumCodec<Registration, 2> kRegistrations{
    "registration", {{{Registration::Local, "local"}, {Registration::Floating, "floating"}}}};
constexpr EnumCodec<Tenure, 3> kTenures{
    "tenure", {{{Tenure::Owner, "owner"}, {Tenure::Tenant, "tenant"}, {Tenure::Other, "other"}}}};

} // namespace

QString toString(CommunityKind kind)
{
    return kCommunityKinds.code(kind);
}

CommunityKind communityKindFrom(const QString& text)
{
    return kCommunityKinds.stored(text);
}

QString toString(BuildingKind kind)
{
    return kBuildingKinds.code(kind);
}

BuildingKind buildingKindFrom(const QString& text)
{
    return kBuildingKinds.stored(text);
}

QString toString(DwellingUse use)
{
    return kDwellingUses.code(use);
}

DwellingUse dwellingUseFrom(const QString& text)
{
    return kDwellingUses.stored(text);
}

QString toString(Duty duty)
{
    return kDuties.code(duty);
}

Duty dutyFrom(const QString& text)
{
    return kDuties.stored(text);
}

QString toString(Registration registration)
{
    return kRegistrations.code(registration);
}

Registration registrationFrom(const QString& text)
{
    return kRegistrations.stored(text);
}

QString toString(Tenure tenure)
{
    return kTenures.code(tenure);
}

Tenure tenureFrom(const QString& text)
{
    return kTenures.stored(text);
}

} // namespace shegong::core
