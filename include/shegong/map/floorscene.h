#pragma once

#include "shegong/core/people/residentrepository.h"

#include <memory>
#include <optional>
#include <osg/BoundingBox>
#include <osg/Vec4>
#include <osg/ref_ptr>
#include <vector>

namespace osg {
class Drawable;
class Geometry;
class Group;
class Node;
} // namespace osg

namespace shegong::map {

class LabelLayer;

/*! One building opened up: every dwelling a cell in a stack of stairwell x floor x door, coloured by
    its state (vacant, owner-occupied, rented, floating-population household, special-group
    household), with floor and stairwell names. Picking a triangle gives the dwelling. */
class FloorScene {
public:
    explicit FloorScene(const std::vector<core::DwellingStatus>& dwellings);
    ~FloorScene();

    osg::Node* root() const;
    osg::Node* pickable() const;
    osg::BoundingBox bounds() const { return m_bounds; }
    const std::vector<core::DwellingStatus>& dwellings() const { return m_dwellings; }
    //! Centre of a dwelling's cell, if it is in this building.
    std::optional<osg::Vec3> cellCentre(core::Id dwellingId) const;

    //! The dwelling whose cell owns triangle `primitiveIndex` of `drawable`.
    const core::DwellingStatus* owner(const osg::Drawable* drawable, unsigned primitiveIndex) const;
    void setSelected(std::optional<core::Id> dwellingId);

    static osg::Vec4 stateColour(core::DwellingState state);
    LabelLayer& labels() const { return *m_labels; }

    static constexpr float kCellWidth = 4.0f, kCellDepth = 5.0f, kStorey = 3.0f, kGap = 0.5f;

private:
    void paint(size_t cell, const osg::Vec4& colour);

    std::vector<core::DwellingStatus> m_dwellings;
    std::vector<osg::BoundingBox> m_cells;
    osg::ref_ptr<osg::Group> m_root;
    osg::ref_ptr<osg::Geometry> m_boxes;
    std::unique_ptr<LabelLayer> m_labels;
    osg::BoundingBox m_bounds;
    std::optional<size_t> m_selected;
};

} // namespace shegong::map
