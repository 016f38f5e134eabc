#pragma once

#include "shegong/core/geography/mapimport.h"

#include <functional>

namespace shegong::exchange {

struct MapReadOptions {
    //! The CRS of a file that declares none ("EPSG:4549"); a file without one and without this is refused.
    QString crs;
    //! Called now and then with (features read, features in all); false cancels (nothing is returned).
    std::function<bool(int, int)> progress;
};

/*! Reads building footprints from GeoJSON, Shapefile, GeoPackage, KML or DXF through GDAL/OGR, and
    reprojects them to WGS 84 through PROJ from the CRS the file declares (or `crs`): EPSG:4326, 3857,
    4490 (CGCS2000), its Gauss–Krüger zones (4513–4554), UTM… Nothing is guessed from the numbers. A
    feature whose coordinates fall outside the CRS's area of use is refused with its index and a hint
    ("declared EPSG:32650 but x = 12,758,876 is outside … — is it Web Mercator?"); points and open lines
    are refused as not footprints; closed lines (CAD polylines) are taken as outlines. */
core::Result<core::MapSource> readMapFile(const QString& path, const MapReadOptions& options = {});

} // namespace shegong::exchange
