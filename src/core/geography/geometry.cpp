#include "shegong/core/geography/geometry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace shegong::core {
namespace {

void appendPoints(QByteArray& out, const std::vector<PointXY>& points)
{
    out += '[';
    for (size_t i = 0; i < points.size(); ++i) {
        if (i)
            out += ',';
        out += '[' + QByteArray::number(points[i].x, 'f', 2) + ',' + QByteArray::number(points[i].y, 'f', 2) +
               ']';
    }
    out += ']';
}

std::vector<PointXY> pointsFrom(const QJsonArray& array)
{
    std::vector<PointXY> points;
    points.reserve(size_t(array.size()));
    for (const auto& value : array) {
        const QJsonArray pair = value.toArray();
        points.push_back({pair.at(0).toDouble(), pair.at(1).toDouble()});
    }
    return points;
}

} // namespace

QByteArray polygonToJson(const Polygon& polygon)
{
    QByteArray out = "[";
    for (size_t i = 0; i < polygon.size(); ++i) {
        if (i)
            out += ',';
        appendPoints(out, polygon[i]);
    }
    return out + ']';
}

Polygon polygonFromJson(const QByteArray& json)
{
    Polygon polygon;
    for (const auto& ring : QJsonDocument::fromJson(json).array())
        polygon.push_back(pointsFrom(ring.toArray()));
    return polygon;
}

QByteArray polylineToJson(const Polyline& line)
{
    QByteArray out;
    appendPoints(out, line);
    return out;
}

Polyline polylineFromJson(const QByteArray& json)
{
    return pointsFrom(QJsonDocument::fromJson(json).array());
}

double signedArea(const Ring& ring)
{
    double twice = 0;
    for (size_t i = 0, n = ring.size(); i < n; ++i) {
        const PointXY& a = ring[i];
        const PointXY& b = ring[(i + 1) % n];
        twice += a.x * b.y - b.x * a.y;
    }
    return twice / 2;
}

PointXY centroid(const Ring& ring)
{
    const double area = signedArea(ring);
    double cx = 0, cy = 0;
    if (std::fabs(area) < 1e-9) {
        for (const PointXY& p : ring) {
            cx += p.x;
            cy += p.y;
        }
        return ring.empty() ? PointXY{} : PointXY{cx / double(ring.size()), cy / double(ring.size())};
    }
    for (size_t i = 0, n = ring.size(); i < n; ++i) {
        const PointXY& a = ring[i];
        const PointXY& b = ring[(i + 1) % n];
        const double cross = a.x * b.y - b.x * a.y;
        cx += (a.x + b.x) * cross;
        cy += (a.y + b.y) * cross;
    }
    return {cx / (6 * area), cy / (6 * area)};
}

namespace {

bool ringContains(const Ring& ring, PointXY p)
{
    bool inside = false;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const PointXY& a = ring[i];
        const PointXY& b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

double orientation(PointXY a, PointXY b, PointXY c)
{
    return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

bool segmentsTouch(PointXY a, PointXY b, PointXY c, PointXY d)
{
    const double d1 = orientation(c, d, a), d2 = orientation(c, d, b);
    const double d3 = orientation(a, b, c), d4 = orientation(a, b, d);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
        return true;
    const auto onSegment = [](PointXY p, PointXY q, PointXY r) {
        return std::min(p.x, q.x) <= r.x && r.x <= std::max(p.x, q.x) && std::min(p.y, q.y) <= r.y &&
               r.y <= std::max(p.y, q.y);
    };
    return (d1 == 0 && onSegment(c, d, a)) || (d2 == 0 && onSegment(c, d, b)) ||
           (d3 == 0 && onSegment(a, b, c)) || (d4 == 0 && onSegment(a, b, d));
}

} // namespace

bool contains(const Polygon& polygon, PointXY p)
{
    if (polygon.empty() || polygon[0].size() < 3 || !ringContains(polygon[0], p))
        return false;
    for (size_t h = 1; h < polygon.size(); ++h) {
        if (polygon[h].size() >= 3 && ringContains(polygon[h], p))
            return false;
    }
    return true;
}

bool selfIntersects(const Ring& ring)
{
    const size_t n = ring.size();
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = i + 1; j < n; ++j) {
            // Edges sharing a vertex are neighbours, not crossings.
            if (j == i + 1 || (i == 0 && j == n - 1))
                continue;
            if (segmentsTouch(ring[i], ring[(i + 1) % n], ring[j], ring[(j + 1) % n]))
                return true;
        }
    }
    return false;
}

} // namespace shegong::core
