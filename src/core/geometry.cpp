#include "shegong/core/geometry.h"

#include <QJsonArray>
#include <QJsonDocument>

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

} // namespace shegong::core
