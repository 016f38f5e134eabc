#pragma once

#include "shegong/map/districtscene.h"

#include <osg/Matrixd>

namespace osg {
class Drawable;
class Node;
} // namespace osg

namespace shegong::map {

//! The nearest triangle under a screen point: its drawable and primitive index.
struct PrimitiveHit {
    const osg::Drawable* drawable = nullptr;
    unsigned primitiveIndex = 0;
};

/*! Casts a ray through a point of the view into `pickable`. Works on matrices alone, so it needs no GL
    context. `x`, `y` are physical pixels from the top-left corner (as Qt gives them times the device
    pixel ratio); `width`, `height` are the viewport's physical size. */
std::optional<PrimitiveHit> pickPrimitive(osg::Node* pickable, const osg::Matrixd& view,
                                          const osg::Matrixd& projection, int width, int height, double x,
                                          double y);

//! The building (or area) of the district under a screen point.
DistrictScene::Hit pick(const DistrictScene& scene, const osg::Matrixd& view, const osg::Matrixd& projection,
                        int width, int height, double x, double y);

} // namespace shegong::map
