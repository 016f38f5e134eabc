#pragma once

#include <osg/ref_ptr>

namespace osg {
class Node;
}

namespace shegong::map {

class DistrictScene;

/*! The district scene as a stock viewer (osgviewer) can show it at interactive rates: the ground,
    outlines, lanes and buildings as the application draws them, without the application's label layer
    (a HUD laid out by the application every frame: in a viewer it would draw every one of hundreds
    of names, every frame). With `names`, the community and area names float over the map as
    screen-facing text (about 120 of them); building names are left out. */
osg::ref_ptr<osg::Node> sceneForViewers(const DistrictScene& scene, bool names);

} // namespace shegong::map
