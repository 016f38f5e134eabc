#include "shegong/ui/common/labels.h"

#include "shegong/core/geography/address.h"

#include <QCoreApplication>

namespace shegong::ui {
namespace {
struct Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
};
} // namespace

QString relationLabel(const QString& relation)
{
    if (relation == QLatin1String("head"))
        return Labels::tr("Head");
    if (relation == QLatin1String("spouse"))
        return Labels::tr("Spouse");
    if (relation == QLatin1String("child"))
        return Labels::tr("Child");
    if (relation == QLatin1String("parent"))
        return Labels::tr("Parent");
    if (relation == QLatin1String("grandchild"))
        return Labels::tr("Grandchild");
    if (relation == QLatin1String("sibling"))
        return Labels::tr("Sibling");
    return Labels::tr("Other");
}

QString registrationLabel(core::Registration registration)
{
    return registration == core::Registration::Local ? Labels::tr("Registered") : Labels::tr("Floating");
}

QString tenureLabel(core::Tenure tenure)
{
    switch (tenure) {
    case core::Tenure::Owner:
        return Labels::tr("Owner-occupied");
    case core::Tenure::Tenant:
        return Labels::tr("Rented");
    case core::Tenure::Other:
        return Labels::tr("Other");
    }
    return {};
}

QString genderLabel(core::Gender gender)
{
    return gender == core::Gender::Male ? Labels::tr("Male") : Labels::tr("Female");
}

QString buildingKindLabel(core::BuildingKind kind)
{
    return kind == core::BuildingKind::Apartment ? Labels::tr("Apartment block")
                                                 : Labels::tr("Private house");
}

QString communityKindLabel(core::CommunityKind kind)
{
    switch (kind) {
    case core::CommunityKind::Residential:
        return Labels::tr("Residential community");
    case core::CommunityKind::OldTown:
        return Labels::tr("Old town");
    case core::CommunityKind::UrbanVillage:
        return Labels::tr("Urban village");
    }
    return {};
}

QString dwellingLabel(const core::Dwelling& d)
{
    return core::dwellingName(d.stairwell, d.number, d.use); // the address's own format, from core
}

QString dwellingStateLabel(core::DwellingState state)
{
    switch (state) {
    case core::DwellingState::Vacant:
        return Labels::tr("Vacant");
    case core::DwellingState::OwnerOccupied:
        return Labels::tr("Owner-occupied");
    case core::DwellingState::Rented:
        return Labels::tr("Rented");
    case core::DwellingState::FloatingHousehold:
        return Labels::tr("Floating-population household");
    case core::DwellingState::SpecialGroupHousehold:
        return Labels::tr("Special-group household");
    case core::DwellingState::Undisclosed:
        return Labels::tr("Outside your areas");
    }
    return {};
}

} // namespace shegong::ui
