#include "shegong/map/colour/visitrecencymode.h"

#include "shegong/core/security/access.h"
#include "shegong/core/work/visitservice.h"
#include "shegong/map/districtscene.h"

#include <QCoreApplication>

namespace shegong::map {
namespace {
constexpr qint64 kNever = 100000; // days: a building nobody has visited
}

VisitRecencyMode::VisitRecencyMode(std::unordered_map<core::Id, QDate> lastVisits, QDate today)
    : m_lastVisits(std::move(lastVisits)), m_today(today)
{}

std::unique_ptr<ColourMode> VisitRecencyMode::create(const core::Access& access, const DistrictScene&)
{
    auto lastVisits = core::lastVisitByBuilding(access.database());
    if (lastVisits.empty())
        return nullptr;
    return std::make_unique<VisitRecencyMode>(std::move(lastVisits), access.today());
}

osg::Vec4 VisitRecencyMode::colourFor(qint64 days)
{
    if (days <= 30)
        return {0.45f, 0.75f, 0.45f, 1};
    if (days <= 90)
        return {0.93f, 0.85f, 0.40f, 1};
    if (days <= 180)
        return {0.95f, 0.62f, 0.30f, 1};
    return {0.85f, 0.35f, 0.35f, 1};
}

QString VisitRecencyMode::title() const
{
    return QCoreApplication::translate("ColourModes", "Colour by days since the last visit");
}

QString VisitRecencyMode::legendTitle() const
{
    return QCoreApplication::translate("ColourModes", "Days since the last visit: ");
}

std::vector<LegendEntry> VisitRecencyMode::legend() const
{
    return {{colourFor(0), QCoreApplication::translate("ColourModes", "within 30 days")},
            {colourFor(31), QCoreApplication::translate("ColourModes", "31–90 days")},
            {colourFor(91), QCoreApplication::translate("ColourModes", "91–180 days")},
            {colourFor(kNever), QCoreApplication::translate("ColourModes", "longer or never")}};
}

void VisitRecencyMode::apply(DistrictScene& scene) const
{
    std::unordered_map<core::Id, osg::Vec4> colours;
    for (const auto& [building, day] : m_lastVisits)
        colours[building] = colourFor(day.daysTo(m_today));
    scene.setBuildingColours(colours, colourFor(kNever));
}

} // namespace shegong::map
