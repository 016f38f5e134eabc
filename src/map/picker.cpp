#include "shegong/map/picker.h"

#include <osg/Drawable>
#include <osgUtil/IntersectionVisitor>
#include <osgUtil/LineSegmentIntersector>

namespace shegong::map {

std::optional<PrimitiveHit> pickPrimitive(osg::Node* pickable, const osg::Matrixd& view,
                                          const osg::Matrixd& projection, int width, int height, double x,
                                          double y)
{
    if (!pickable || width <= 0 || height <= 0)
        return std::nullopt;
    // Window coordinates have their origin bottom-left; Qt's are top-left. Aim at the pixel's centre.
    const osg::Matrixd window =
        osg::Matrixd::translate(1, 1, 1) * osg::Matrixd::scale(0.5 * width, 0.5 * height, 0.5);
    const osg::Matrixd inverse = osg::Matrixd::inverse(view * projection * window);
    const double wx = x + 0.5, wy = double(height) - (y + 0.5);
    const osg::Vec3d start = osg::Vec3d(wx, wy, 0) * inverse;
    const osg::Vec3d end = osg::Vec3d(wx, wy, 1) * inverse;

    osg::ref_ptr<osgUtil::LineSegmentIntersector> intersector =
        new osgUtil::LineSegmentIntersector(start, end);
    osgUtil::IntersectionVisitor visitor(intersector.get());
    pickable->accept(visitor);
    if (!intersector->containsIntersections())
        return std::nullopt;
    const auto& first = intersector->getFirstIntersection();
    return PrimitiveHit{first.drawable.get(), first.primitiveIndex};
}

DistrictScene::Hit pick(const DistrictScene& scene, const osg::Matrixd& view, const osg::Matrixd& projection,
                        int width, int height, double x, double y)
{
    const auto hit = pickPrimitive(scene.pickable(), view, projection, width, height, x, y);
    return hit ? scene.owner(hit->drawable, hit->primitiveIndex) : DistrictScene::Hit{};
}

} // namespace shegong::map
