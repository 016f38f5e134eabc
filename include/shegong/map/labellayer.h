#pragma once

#include "shegong/core/geography/geography.h"

#include <osg/Matrixd>
#include <osg/Vec2>
#include <osg/Vec3>
#include <osg/ref_ptr>
#include <vector>

namespace osg {
class Camera;
class Geode;
class Geometry;
} // namespace osg

namespace shegong::map {

enum class LabelKind { Community, Area, Building };

struct LabelSpec {
    QString text;
    osg::Vec3 anchor; //!< world position the label names
    LabelKind kind = LabelKind::Building;
};

/*! Names on the map, drawn flat on the screen in a HUD camera and laid out every frame: anchors are
    projected, far-away areas and buildings are left out, and a label that would overlap one of
    higher rank (community > area > building) is dropped, so names never pile up. Crisp at any
    zoom because glyphs are drawn at their pixel size. */
class LabelLayer {
public:
    explicit LabelLayer(std::vector<LabelSpec> labels);
    ~LabelLayer();

    osg::Camera* camera() const;

    struct Placed {
        size_t index;     //!< into labels()
        osg::Vec2 centre; //!< physical pixels, origin bottom-left
        osg::Vec2 half;   //!< half the label's extent in pixels
    };
    /*! Lays the labels out for a view of `width` x `height` physical pixels; `pixelRatio` scales the
        type for high-DPI screens. Returns the labels shown. */
    const std::vector<Placed>& layout(const osg::Matrixd& view, const osg::Matrixd& projection, int width,
                                      int height, double pixelRatio = 1.0);
    const std::vector<Placed>& placed() const { return m_placed; }
    const std::vector<LabelSpec>& labels() const { return m_labels; }

    //! Beyond these distances (metres from the eye) area and building names are not shown.
    static constexpr double kAreaRange = 1800;
    static constexpr double kBuildingRange = 520;

private:
    std::vector<LabelSpec> m_labels;
    std::vector<Placed> m_placed;
    osg::ref_ptr<osg::Camera> m_camera;
    osg::ref_ptr<osg::Geode> m_geode;
    osg::ref_ptr<osg::Geometry> m_plates; //!< a pale quad behind each placed label
    double m_pixelRatio = 0;
};

} // namespace shegong::map
