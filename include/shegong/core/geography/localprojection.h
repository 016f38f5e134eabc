#pragma once

#include "shegong/core/geography/geometry.h"

namespace shegong::core {

struct LonLat {
    double longitude = 0;
    double latitude = 0;
};

/*! Equirectangular projection around an origin: WGS 84 degrees to local metres and back. Accurate to
    centimetres across a subdistrict (a few kilometres), which is all the map needs. */
class LocalProjection {
public:
    explicit LocalProjection(LonLat origin);
    PointXY toLocal(LonLat geo) const;
    LonLat toGeo(PointXY local) const;
    LonLat origin() const { return m_origin; }

private:
    LonLat m_origin;
    double m_metresPerDegreeLon;
    double m_metresPerDegreeLat;
};

} // namespace shegong::core
