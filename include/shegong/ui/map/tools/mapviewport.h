#pragma once

#include <QPointF>
#include <QSize>
#include <cmath>
#include <osg/Matrixd>

namespace shegong::ui {

//! What a point on the map means at one moment: the view's size, device-pixel ratio and matrices.
struct MapViewport {
    QSize logical;      //!< widget size in Qt's logical pixels
    double ratio = 1.0; //!< device-pixel ratio
    osg::Matrixd view, projection;

    QSize physical() const
    {
        return {int(std::lround(logical.width() * ratio)), int(std::lround(logical.height() * ratio))};
    }
    //! A point in physical pixels from the top-left corner, as picking takes it.
    QPointF toPhysical(QPointF point) const { return point * ratio; }
    double aspect() const { return logical.height() > 0 ? double(logical.width()) / logical.height() : 1.0; }
};

} // namespace shegong::ui
