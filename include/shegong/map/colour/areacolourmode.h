#pragma once

#include "shegong/core/geography/geography.h"
#include "shegong/map/colour/colourmode.h"

namespace shegong::map {

/*! Buildings take their area's colour, a shade of the community's; a social worker's own areas stand
    out and the rest is dimmed. The legend names the communities. */
class AreaColourMode : public ColourMode {
public:
    AreaColourMode(std::vector<core::Id> focusAreas, std::vector<LegendEntry> communities);
    static std::unique_ptr<ColourMode> create(const core::Access& access, const DistrictScene& scene);

    QString id() const override { return QStringLiteral("area"); }
    QString title() const override;
    QString legendTitle() const override;
    std::vector<LegendEntry> legend() const override { return m_communities; }
    void apply(DistrictScene& scene) const override;

private:
    std::vector<core::Id> m_focus;
    std::vector<LegendEntry> m_communities;
};

} // namespace shegong::map
