#pragma once

#include "shegong/core/geography/geometry.h"

#include <vector>

namespace shegong::map {

//! Triangles covering a polygon (with holes): points, and indices into them, three per triangle.
struct Triangulation {
    std::vector<core::PointXY> points;
    std::vector<unsigned> triangles;
};

/*! Convex single rings become a fan; concave rings and rings with holes go through the GLU
    tessellator (odd winding), which handles both exactly. */
Triangulation triangulate(const core::Polygon& polygon);

} // namespace shegong::map
