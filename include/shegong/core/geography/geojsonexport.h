#pragma once

#include <QByteArray>

namespace shegong::core {

class Database;

/*! The district's map as RFC 7946 GeoJSON in WGS 84: community and area outlines, lanes and building
    footprints with their codes, names, floors and heights. One feature per line, fixed precision, so
    the output is byte-for-byte reproducible and diffs well (maps/demo-district.geojson). */
QByteArray exportDistrictGeoJson(const Database& db);

} // namespace shegong::core
