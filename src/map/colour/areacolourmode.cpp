#include "shegong/map/colour/areacolourmode.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/security/access.h"
#include "shegong/map/districtscene.h"

#include <QCoreApplication>

namespace shegong::map {

AreaColourMode::AreaColourMode(std::vector<core::Id> focusAreas, std::vector<LegendEntry> communities)
    : m_focus(std::move(focusAreas)), m_communities(std::move(communities))
{}

std::unique_ptr<ColourMode> AreaColourMode::create(const core::Access& access, const DistrictScene& scene)
{
    const std::set<core::Id> own = access.ownAreas();
    std::vector<LegendEntry> communities;
    for (const core::Community& c : core::DistrictRepository(access.database()).communities())
        communities.push_back({scene.communityColour(c.id), c.name});
    return std::make_unique<AreaColourMode>(std::vector<core::Id>(own.begin(), own.end()),
                                            std::move(communities));
}

QString AreaColourMode::title() const
{
    return QCoreApplication::translate("ColourModes", "Colour by responsibility area");
}

QString AreaColourMode::legendTitle() const
{
    return QCoreApplication::translate("ColourModes", "Areas take their community's colour: ");
}

void AreaColourMode::apply(DistrictScene& scene) const
{
    scene.colourByArea(m_focus);
}

} // namespace shegong::map
