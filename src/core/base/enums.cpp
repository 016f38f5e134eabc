// String codes stored in the database for the domain's enumerations.
#include "shegong/core/people/people.h"

namespace shegong::core {

QString toString(CommunityKind kind)
{
    switch (kind) {
    case CommunityKind::Residential:
        return QStringLiteral("residential");
    case CommunityKind::OldTown:
        return QStringLiteral("old_town");
    case CommunityKind::UrbanVillage:
        return QStringLiteral("urban_village");
    }
    return {};
}

CommunityKind communityKindFrom(const QString& text)
{
    if (text == QLatin1String("old_town"))
        return CommunityKind::OldTown;
    if (text == QLatin1String("urban_village"))
        return CommunityKind::UrbanVillage;
    return CommunityKind::Residential;
}

QString toString(BuildingKind kind)
{
    return kind == BuildingKind::Apartment ? QStringLiteral("apartment") : QStringLiteral("private_house");
}

BuildingKind buildingKindFrom(const QString& text)
{
    return text == QLatin1String("private_house") ? BuildingKind::PrivateHouse : BuildingKind::Apartment;
}

QString toString(DwellingUse use)
{
    return use == DwellingUse::Residence ? QStringLiteral("residence") : QStringLiteral("rental_room");
}

DwellingUse dwellingUseFrom(const QString& text)
{
    return text == QLatin1String("rental_room") ? DwellingUse::RentalRoom : DwellingUse::Residence;
}

namespace {
constexpr std::pair<Duty, const char*> kDuties[] = {
    {Duty::Mediation, "mediation"},
    {Duty::FamilyPlanning, "family_planning"},
    {Duty::Health, "health"},
    {Duty::CultureEducation, "culture_education"},
    {Duty::CivilAffairs, "civil_affairs"},
    {Duty::SpecialGroups, "special_groups"},
};
} // namespace

QString toString(Duty duty)
{
    for (const auto& [d, code] : kDuties) {
        if (d == duty)
            return QString::fromLatin1(code);
    }
    return {};
}

Duty dutyFrom(const QString& text)
{
    for (const auto& [d, code] : kDuties) {
        if (text == QLatin1String(code))
            return d;
    }
    return Duty::Health;
}

QString toString(Registration registration)
{
    return registration == Registration::Local ? QStringLiteral("local") : QStringLiteral("floating");
}

Registration registrationFrom(const QString& text)
{
    return text == QLatin1String("floating") ? Registration::Floating : Registration::Local;
}

QString toString(Tenure tenure)
{
    switch (tenure) {
    case Tenure::Owner:
        return QStringLiteral("owner");
    case Tenure::Tenant:
        return QStringLiteral("tenant");
    case Tenure::Other:
        return QStringLiteral("other");
    }
    return {};
}

Tenure tenureFrom(const QString& text)
{
    if (text == QLatin1String("tenant"))
        return Tenure::Tenant;
    if (text == QLatin1String("other"))
        return Tenure::Other;
    return Tenure::Owner;
}

} // namespace shegong::core
