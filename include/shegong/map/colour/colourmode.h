#pragma once

#include <QString>
#include <functional>
#include <memory>
#include <osg/Vec4>
#include <vector>

namespace shegong::core {
class Access;
}

namespace shegong::map {

class DistrictScene;

struct LegendEntry {
    osg::Vec4 colour;
    QString label;
};

/*! One way of colouring the district's buildings (by responsibility area, by visit recency, later by
    rental grade or open cases), with the legend that explains it. Modules bring their modes; the map
    page offers those whose data exists and picks them by id. */
class ColourMode {
public:
    virtual ~ColourMode() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;       //!< as offered in the mode chooser
    virtual QString legendTitle() const = 0; //!< before the legend's entries
    virtual std::vector<LegendEntry> legend() const = 0;
    virtual void apply(DistrictScene& scene) const = 0;
};

//! Makes a mode for a session and a scene, or nothing when its data does not exist (yet).
using ColourModeFactory =
    std::function<std::unique_ptr<ColourMode>(const core::Access& access, const DistrictScene& scene)>;

} // namespace shegong::map
