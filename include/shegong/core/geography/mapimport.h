#pragma once

#include "shegong/core/base/result.h"
#include "shegong/core/geography/geometry.h"
#include "shegong/core/geography/localprojection.h"

#include <QJsonObject>
#include <vector>

namespace shegong::core {

class Access;
class Database;

struct MapImportOptions {
    bool skipBad = false;                  //!< import the good features even when some are bad
    QString actor = QStringLiteral("cli"); //!< who imports, for the audit trail
    bool dryRun = false;                   //!< everything checked and placed, nothing written
};

//! One feature of a map file as a reader hands it over: WGS 84 rings (outer first, then holes) and
//! its attributes, or the reason it cannot be used.
struct MapFeature {
    int index = 0; //!< its place in the file (0-based), as problems name it
    std::vector<std::vector<std::vector<LonLat>>> polygons;
    QJsonObject properties;
    QString problem; //!< refused by the reader (wrong geometry, outside its CRS…), translated
};

//! A map file read and reprojected to WGS 84 (through PROJ: exchange::readMapFile).
struct MapSource {
    QString fileName;
    QString crs; //!< as declared or given, e.g. "EPSG:4549"
    std::vector<MapFeature> features;
};

struct MapImportProblem {
    int feature = 0; //!< the feature's index in the file
    QString reason;  //!< translated
};

struct MapImportReport {
    int added = 0;
    int updated = 0;
    int areasAdded = 0;
    int skippedKinds = 0; //!< buildings that are not dwellings (shops, schools…), left out
    std::vector<MapImportProblem> problems;
    std::vector<MapImportProblem> warnings; //!< imported all the same (a height assumed…)
    std::vector<Polygon> footprints;        //!< a dry run's buildings in the district's local metres
    bool committed = false;
};

//! Floors assumed for a building whose file gives neither height nor levels (flagged in the report).
inline constexpr int kAssumedFloors = 3;

/*! Imports building footprints (and area outlines, `kind` = area) as docs/map-format.md describes:
    Polygon or MultiPolygon; floors from `building:levels`, `levels`, `floors` or `层数`, else from
    `height` (3 m a floor), else assumed (flagged); names from `name`/`名称`; the OSM `building` value
    sorts dwellings from other buildings (left out). Buildings are assigned to the area containing
    them; a feature without a code gets one from the file's name and its index. Bad features are
    reported one by one; with any, nothing is committed unless `skipBad`. One transaction. */
Result<MapImportReport> importMap(const Database& db, const MapSource& source,
                                  const MapImportOptions& options = {});
//! The import as a session: needs EditDistrict (the administrator); audited, refusals too.
Result<MapImportReport> importMap(const Access& access, const MapSource& source,
                                  const MapImportOptions& options = {});

} // namespace shegong::core
