#pragma once

#include "shegong/core/geography/geography.h"

#include <memory>
#include <optional>
#include <osg/BoundingBox>
#include <osg/Vec4>
#include <osg/ref_ptr>
#include <unordered_map>
#include <vector>

namespace osg {
class Drawable;
class Geometry;
class Group;
class Node;
} // namespace osg

namespace shegong::map {

class LabelLayer;

//! What the scene is built from: the district's geography as core returns it.
struct SceneInput {
    std::vector<core::Community> communities;
    std::vector<core::Area> areas;
    std::vector<core::Lane> lanes;
    std::vector<core::Building> buildings;
};

//! A building's place in the merged geometry.
struct BuildingEntry {
    core::Id id = 0;
    core::Id areaId = 0;
    osg::BoundingBox box;
    unsigned wallFirst = 0, wallCount = 0; //!< vertex range in the wall geometry
    unsigned roofFirst = 0, roofCount = 0; //!< vertex range in the roof geometry
};

/*! The 3D district: ground, area fills, community and area outlines, lanes, extruded buildings
    (concave footprints and holes triangulated) merged into two geometries (walls, roofs) with
    per-vertex colours, and Chinese labels that thin out with distance. Keeps the tables from a
    picked triangle to a building or area. Needs no GL context. */
class DistrictScene {
public:
    explicit DistrictScene(const SceneInput& input);
    ~DistrictScene();

    osg::Node* root() const;
    //! The part of the scene that picking tests: buildings and area fills.
    osg::Node* pickable() const;
    osg::BoundingBox bounds() const { return m_bounds; }

    const std::vector<BuildingEntry>& buildings() const { return m_buildings; }
    const BuildingEntry* building(core::Id id) const;
    //! Centre of an area's outline on the ground, if the area exists.
    std::optional<osg::Vec3> areaCentre(core::Id areaId) const;

    //! The building (or failing that the area) owning triangle `primitiveIndex` of `drawable`.
    struct Hit {
        std::optional<core::Id> building;
        std::optional<core::Id> area;
    };
    Hit owner(const osg::Drawable* drawable, unsigned primitiveIndex) const;

    //! Base colour per building; buildings outside `focusAreas` (when not empty) are dimmed.
    void colourByArea(const std::vector<core::Id>& focusAreas = {});
    void setBuildingColours(const std::unordered_map<core::Id, osg::Vec4>& colours,
                            const osg::Vec4& fallback);
    //! The colour a building has in the current mode (before selection or hover).
    osg::Vec4 buildingColour(core::Id building) const;
    void setSelected(std::optional<core::Id> building);
    void setHovered(std::optional<core::Id> building);
    std::optional<core::Id> selected() const { return m_selected; }
    std::optional<core::Id> hovered() const { return m_hovered; }

    //! The colour of a highlighted roof, exactly as it reaches the framebuffer (lighting is baked).
    static osg::Vec4 selectionColour();
    //! Colour of an area in area mode, and of its community in the legend.
    osg::Vec4 areaColour(core::Id areaId) const;
    osg::Vec4 communityColour(core::Id communityId) const;

    //! The names on the map; lay them out before each frame.
    LabelLayer& labels() const { return *m_labels; }

private:
    void buildBuildings(const SceneInput& input);
    void buildGround(const SceneInput& input);
    void buildLabels(const SceneInput& input);
    void paintBuilding(const BuildingEntry& entry, const osg::Vec4& colour);
    void repaint(core::Id id);

    osg::ref_ptr<osg::Group> m_root;
    osg::ref_ptr<osg::Group> m_pickable;
    osg::ref_ptr<osg::Geometry> m_walls, m_roofs, m_areaFills;
    std::vector<BuildingEntry> m_buildings;
    std::unordered_map<core::Id, size_t> m_buildingIndex;
    std::vector<unsigned> m_wallOwner, m_roofOwner; //!< triangle -> index into m_buildings
    std::vector<core::Id> m_areaFillOwner;          //!< triangle -> area id
    std::unordered_map<core::Id, osg::Vec3> m_areaCentres;
    std::unordered_map<core::Id, osg::Vec4> m_areaColours, m_communityColours;
    std::unordered_map<core::Id, osg::Vec4> m_baseColours;
    osg::BoundingBox m_bounds;
    std::unique_ptr<LabelLayer> m_labels;
    std::optional<core::Id> m_selected, m_hovered;
};

} // namespace shegong::map
