#include "shegong/core/geography/localprojection.h"

#include <cmath>
#include <numbers>

namespace shegong::core {

namespace {
constexpr double kEarthRadius = 6378137.0; // WGS 84 semi-major axis
}

LocalProjection::LocalProjection(LonLat origin)
    : m_origin(origin), m_metresPerDegreeLat(kEarthRadius * std::numbers::pi / 180)
{
    m_metresPerDegreeLon = m_metresPerDegreeLat * std::cos(origin.latitude * std::numbers::pi / 180);
}

PointXY LocalProjection::toLocal(LonLat geo) const
{
    return {(geo.longitude - m_origin.longitude) * m_metresPerDegreeLon,
            (geo.latitude - m_origin.latitude) * m_metresPerDegreeLat};
}

LonLat LocalProjection::toGeo(PointXY local) const
{
    return {m_origin.longitude + local.x / m_metresPerDegreeLon,
            m_origin.latitude + local.y / m_metresPerDegreeLat};
}

} // namespace shegong::core
