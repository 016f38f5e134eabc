#pragma once

#include "shegong/map/districtscene.h"

#include <osg/Matrixd>

namespace shegong::map {

/*! Maps a point on the view to what lies under it. Works on matrices alone, so it needs no GL
    context. `x`, `y` are physical pixels from the top-left corner (as Qt gives them times the
    device pixel ratio); `width`, `height` are the viewport's physical size. */
DistrictScene::Hit pick(const DistrictScene& scene, const osg::Matrixd& view, const osg::Matrixd& projection,
                        int width, int height, double x, double y);

} // namespace shegong::map
