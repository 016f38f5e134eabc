#pragma once

#include "shegong/core/base/result.h"

#include <QByteArray>
#include <vector>

namespace shegong::core {

class Database;

struct MapImportOptions {
    bool skipBad = false;                  //!< import the good features even when some are bad
    QString actor = QStringLiteral("cli"); //!< who imports, for the audit trail
};

struct MapImportProblem {
    int feature = 0; //!< index in the file's "features" array
    QString reason;  //!< translated
};

struct MapImportReport {
    int added = 0;
    int updated = 0;
    int areasAdded = 0;
    std::vector<MapImportProblem> problems;
    bool committed = false;
};

/*! Imports building footprints (and area outlines) from GeoJSON as docs/map-format.md describes:
    WGS 84 or projected metres, Polygon or MultiPolygon, levels or height; buildings are assigned to
    the area containing them. Bad features are reported one by one; a file with any commits nothing
    unless `skipBad`. Everything written is one transaction. A file that is not GeoJSON at all is an
    Error. */
Result<MapImportReport> importMapGeoJson(const Database& db, const QByteArray& geojson,
                                         const MapImportOptions& options = {});
class Access;
//! The import as a session: needs EditDistrict (the administrator); audited, refusals too.
Result<MapImportReport> importMapGeoJson(const Access& access, const QByteArray& geojson,
                                         const MapImportOptions& options = {});

} // namespace shegong::core
