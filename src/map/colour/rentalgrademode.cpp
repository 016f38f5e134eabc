#include "shegong/map/colour/rentalgrademode.h"

#include "shegong/core/security/access.h"
#include "shegong/map/districtscene.h"

#include <QCoreApplication>

namespace shegong::map {

RentalGradeMode::RentalGradeMode(std::unordered_map<core::Id, core::BuildingGrades> grades)
    : m_grades(std::move(grades))
{}

std::unique_ptr<ColourMode> RentalGradeMode::create(const core::Access& access, const DistrictScene&)
{
    if (!access.may(core::Permission::ViewRentals))
        return nullptr;
    auto grades = core::buildingGrades(access, access.today().year());
    if (grades.empty())
        return nullptr;
    return std::make_unique<RentalGradeMode>(std::move(grades));
}

osg::Vec4 RentalGradeMode::colourFor(core::Grade grade)
{
    switch (grade) {
    case core::Grade::AAA:
        return {0.80f, 0.18f, 0.20f, 1};
    case core::Grade::AA:
        return {0.93f, 0.60f, 0.22f, 1};
    case core::Grade::A:
        return {0.30f, 0.52f, 0.80f, 1};
    case core::Grade::None:
        break;
    }
    return {0.50f, 0.50f, 0.52f, 1};
}

QString RentalGradeMode::title() const
{
    return QCoreApplication::translate("ColourModes", "Colour by rental grade");
}

QString RentalGradeMode::legendTitle() const
{
    return QCoreApplication::translate("ColourModes", "Best grade of the building's rental houses: ");
}

std::vector<LegendEntry> RentalGradeMode::legend() const
{
    return {{colourFor(core::Grade::AAA), QStringLiteral("AAA")},
            {colourFor(core::Grade::AA), QStringLiteral("AA")},
            {colourFor(core::Grade::A), QStringLiteral("A")},
            {colourFor(core::Grade::None), core::gradeName(core::Grade::None)},
            {{0.88f, 0.88f, 0.86f, 1}, QCoreApplication::translate("ColourModes", "no rental house")}};
}

void RentalGradeMode::apply(DistrictScene& scene) const
{
    std::unordered_map<core::Id, osg::Vec4> colours;
    for (const auto& [building, grades] : m_grades)
        colours[building] = colourFor(grades.best);
    scene.setBuildingColours(colours, {0.88f, 0.88f, 0.86f, 1});
}

} // namespace shegong::map
