#pragma once

#include <QByteArray>
#include <vector>

namespace shegong::core {

//! A point in the district's local plane, metres east (x) and north (y) of the map origin.
struct PointXY {
    double x = 0;
    double y = 0;
    friend bool operator==(const PointXY&, const PointXY&) = default;
};

using Ring = std::vector<PointXY>; //!< closed implicitly: the last point is not repeated
using Polygon = std::vector<Ring>; //!< the outer ring first, then holes
using Polyline = std::vector<PointXY>;

//! Compact JSON as stored in the database: [[[x,y],...],...] with 2 decimals (centimetres).
QByteArray polygonToJson(const Polygon& polygon);
Polygon polygonFromJson(const QByteArray& json);
QByteArray polylineToJson(const Polyline& line);
Polyline polylineFromJson(const QByteArray& json);

//! Signed area of a ring (positive when counter-clockwise).
double signedArea(const Ring& ring);
//! The centre of mass of a ring (its vertices' mean for a degenerate ring).
PointXY centroid(const Ring& ring);
//! True when `p` lies inside the outer ring and outside every hole (even-odd rule).
bool contains(const Polygon& polygon, PointXY p);
//! True when two non-adjacent edges of the ring cross or touch.
bool selfIntersects(const Ring& ring);

} // namespace shegong::core
