#include "shegong/exchange/mapfile.h"

#include "gdalsupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cmath>
#include <gdal.h>
#include <memory>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace shegong::exchange {
namespace {

struct MapFileText {
    Q_DECLARE_TR_FUNCTIONS(MapFile)
};

struct SrsDeleter {
    void operator()(OGRSpatialReferenceH s) const { OSRDestroySpatialReference(s); }
};
using Srs = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsDeleter>;
struct TransformDeleter {
    void operator()(OGRCoordinateTransformationH t) const { OCTDestroyCoordinateTransformation(t); }
};
using Transform = std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformDeleter>;

QString srsName(OGRSpatialReferenceH srs)
{
    const char* authority = OSRGetAuthorityName(srs, nullptr);
    const char* code = OSRGetAuthorityCode(srs, nullptr);
    if (authority && code)
        return QStringLiteral("%1:%2").arg(QString::fromUtf8(authority), QString::fromUtf8(code));
    const char* name = OSRGetName(srs);
    return name ? QString::fromUtf8(name) : MapFileText::tr("an unnamed CRS");
}

//! Where a CRS may be used, in degrees (west, south, east, north), with a margin; empty when unknown.
struct AreaOfUse {
    double west = -180, south = -90, east = 180, north = 90;
    QString name;
    //! For a projected CRS, the same area in its own units: the file's numbers are judged here first
    //! (an inverse projection far outside its zone can land anywhere).
    bool projected = false;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    bool holds(double x, double y) const
    {
        return !projected || (x >= minX && x <= maxX && y >= minY && y <= maxY);
    }
    bool contains(double lon, double lat) const
    {
        constexpr double margin = 1.0;
        return lon >= west - margin && lon <= east + margin && lat >= south - margin && lat <= north + margin;
    }
};

AreaOfUse areaOfUse(OGRSpatialReferenceH declared)
{
    // The area of use is the EPSG registry's: a CRS read from a file (a .prj) may not carry it itself.
    Srs registered;
    const char* authority = OSRGetAuthorityName(declared, nullptr);
    const char* code = OSRGetAuthorityCode(declared, nullptr);
    if (authority && code && QByteArray(authority) == "EPSG") {
        registered.reset(OSRNewSpatialReference(nullptr));
        if (OSRImportFromEPSG(registered.get(), QByteArray(code).toInt()) != OGRERR_NONE)
            registered.reset();
        else
            OSRSetAxisMappingStrategy(registered.get(), OAMS_TRADITIONAL_GIS_ORDER);
    }
    OGRSpatialReferenceH srs = registered ? registered.get() : declared;
    AreaOfUse area;
    const char* name = nullptr;
    if (OSRGetAreaOfUse(srs, &area.west, &area.south, &area.east, &area.north, &name) && name)
        area.name = QString::fromUtf8(name).section(u'.', 0, 0); // its first sentence: the bounds
    if (area.west > area.east)                                   // crossing the antimeridian: do not judge
        return AreaOfUse{};
    if (!OSRIsProjected(srs))
        return area;
    // The area's outline sampled and projected; a fifth of the span added around it.
    Srs wgs84(OSRNewSpatialReference(nullptr));
    OSRSetWellKnownGeogCS(wgs84.get(), "WGS84");
    OSRSetAxisMappingStrategy(wgs84.get(), OAMS_TRADITIONAL_GIS_ORDER);
    Transform forward(OCTNewCoordinateTransformation(wgs84.get(), srs));
    if (!forward)
        return area;
    std::vector<double> xs, ys;
    for (int i = 0; i <= 8; ++i)
        for (int j = 0; j <= 8; ++j) {
            xs.push_back(area.west + (area.east - area.west) * i / 8);
            ys.push_back(area.south + (area.north - area.south) * j / 8);
        }
    std::vector<int> ok(xs.size(), 0);
    if (!OCTTransformEx(forward.get(), int(xs.size()), xs.data(), ys.data(), nullptr, ok.data()))
        return area;
    bool any = false;
    for (size_t k = 0; k < xs.size(); ++k)
        if (ok[k] && std::isfinite(xs[k]) && std::isfinite(ys[k])) {
            area.minX = any ? std::min(area.minX, xs[k]) : xs[k];
            area.maxX = any ? std::max(area.maxX, xs[k]) : xs[k];
            area.minY = any ? std::min(area.minY, ys[k]) : ys[k];
            area.maxY = any ? std::max(area.maxY, ys[k]) : ys[k];
            any = true;
        }
    if (any) {
        const double padX = (area.maxX - area.minX) / 5, padY = (area.maxY - area.minY) / 5;
        area.minX -= padX, area.maxX += padX, area.minY -= padY, area.maxY += padY;
        area.projected = true;
    }
    return area;
}

//! A hint for coordinates that do not fit the declared CRS: what they look like instead.
QString hintFor(double x, double y)
{
    if (std::fabs(x) <= 180 && std::fabs(y) <= 90)
        return MapFileText::tr(" — are they WGS 84 degrees (EPSG:4326)?");
    if (std::fabs(x) > 1e7 && std::fabs(x) <= 20037509 && std::fabs(y) <= 20037509)
        return MapFileText::tr(" — is it Web Mercator (EPSG:3857)?");
    if (x > 3e7 && x < 5e7)
        return MapFileText::tr(" — is it a Gauss–Krüger zone with the zone number in x (EPSG:4513–4533)?");
    return {};
}

using Rings = std::vector<std::vector<core::LonLat>>;

/*! The rings of a polygon (or a closed line) in WGS 84, or the reason they cannot be used. */
QString ringsOf(OGRGeometryH polygon, OGRCoordinateTransformationH transform, const AreaOfUse& area,
                const QString& crs, Rings& rings)
{
    const auto take = [&](OGRGeometryH ring) -> QString {
        const int n = OGR_G_GetPointCount(ring);
        const auto count = static_cast<size_t>(n);
        std::vector<double> xs(count), ys(count);
        for (int i = 0; i < n; ++i) {
            xs[size_t(i)] = OGR_G_GetX(ring, i);
            ys[size_t(i)] = OGR_G_GetY(ring, i);
            if (!std::isfinite(xs[size_t(i)]) || !std::isfinite(ys[size_t(i)]) ||
                std::fabs(xs[size_t(i)]) > 1e9 || std::fabs(ys[size_t(i)]) > 1e9)
                return MapFileText::tr("coordinate (%1, %2) is not a place on Earth")
                    .arg(xs[size_t(i)])
                    .arg(ys[size_t(i)]);
        }
        std::vector<double> lon = xs, lat = ys;
        std::vector<int> ok(count, 0);
        if (n > 0 && !OCTTransformEx(transform, n, lon.data(), lat.data(), nullptr, ok.data()))
            ok.assign(count, 0);
        std::vector<core::LonLat> out;
        out.reserve(count);
        for (int i = 0; i < n; ++i) {
            if (!area.holds(xs[size_t(i)], ys[size_t(i)]) || !ok[size_t(i)] ||
                !area.contains(lon[size_t(i)], lat[size_t(i)]))
                return MapFileText::tr("declared %1 but (x = %2, y = %3) is outside its area%4%5")
                    .arg(crs)
                    .arg(QLocale(QLocale::English).toString(xs[size_t(i)], 'f', 0))
                    .arg(QLocale(QLocale::English).toString(ys[size_t(i)], 'f', 0))
                    .arg(area.name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(area.name))
                    .arg(hintFor(xs[size_t(i)], ys[size_t(i)]));
            out.push_back({lon[size_t(i)], lat[size_t(i)]});
        }
        rings.push_back(std::move(out));
        return {};
    };
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(polygon));
    if (type == wkbLineString)
        return take(polygon);
    for (int r = 0; r < OGR_G_GetGeometryCount(polygon); ++r)
        if (QString why = take(OGR_G_GetGeometryRef(polygon, r)); !why.isEmpty())
            return why;
    return {};
}

bool closedLine(OGRGeometryH line)
{
    const int n = OGR_G_GetPointCount(line);
    return n >= 4 && OGR_G_GetX(line, 0) == OGR_G_GetX(line, n - 1) &&
           OGR_G_GetY(line, 0) == OGR_G_GetY(line, n - 1);
}

QJsonObject propertiesOf(OGRFeatureH feature, OGRFeatureDefnH definition)
{
    QJsonObject properties;
    for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i) {
        if (!OGR_F_IsFieldSetAndNotNull(feature, i))
            continue;
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(definition, i);
        const QString name = QString::fromUtf8(OGR_Fld_GetNameRef(field));
        switch (OGR_Fld_GetType(field)) {
        case OFTInteger:
        case OFTInteger64:
        case OFTReal:
            properties.insert(name, OGR_F_GetFieldAsDouble(feature, i));
            break;
        default:
            properties.insert(name, QString::fromUtf8(OGR_F_GetFieldAsString(feature, i)));
        }
    }
    return properties;
}

} // namespace

core::Result<core::MapSource> readMapFile(const QString& path, const MapReadOptions& options)
{
    registerGdal();
    if (!QFileInfo::exists(path))
        return core::Error{QStringLiteral("file"), MapFileText::tr("%1 does not exist").arg(path)};
    QuietGdal quiet;
    const char* const drivers[] = {"GeoJSON", "ESRI Shapefile", "GPKG", "KML", "LIBKML", "DXF", nullptr};
    GdalDataset ds(
        GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!ds)
        return core::Error{
            QStringLiteral("file"),
            MapFileText::tr("%1 is not a map file shegong can read (GeoJSON, Shapefile, GeoPackage, "
                            "KML, DXF): %2")
                .arg(QFileInfo(path).fileName(), quiet.last())};
    core::MapSource source;
    source.fileName = QFileInfo(path).fileName();
    Srs wgs84(OSRNewSpatialReference(nullptr));
    OSRSetWellKnownGeogCS(wgs84.get(), "WGS84");
    OSRSetAxisMappingStrategy(wgs84.get(), OAMS_TRADITIONAL_GIS_ORDER);
    Srs given;
    if (!options.crs.isEmpty()) {
        given.reset(OSRNewSpatialReference(nullptr));
        if (OSRSetFromUserInput(given.get(), options.crs.toUtf8().constData()) != OGRERR_NONE)
            return core::Error{QStringLiteral("crs"),
                               MapFileText::tr("%1 is not a CRS PROJ knows").arg(options.crs)};
        OSRSetAxisMappingStrategy(given.get(), OAMS_TRADITIONAL_GIS_ORDER);
    }
    int total = 0;
    for (int l = 0; l < GDALDatasetGetLayerCount(ds.get()); ++l)
        total += int(OGR_L_GetFeatureCount(GDALDatasetGetLayer(ds.get(), l), TRUE));
    int index = 0;
    for (int l = 0; l < GDALDatasetGetLayerCount(ds.get()); ++l) {
        OGRLayerH layer = GDALDatasetGetLayer(ds.get(), l);
        OGRSpatialReferenceH declared = OGR_L_GetSpatialRef(layer);
        Srs layerSrs(declared ? OSRClone(declared) : (given ? OSRClone(given.get()) : nullptr));
        if (!layerSrs)
            return core::Error{
                QStringLiteral("crs"),
                MapFileText::tr("%1 does not say its coordinate system: give it (e.g. --crs EPSG:4549 "
                                "for CGCS2000 Gauss–Krüger zone 120°E)")
                    .arg(source.fileName)};
        OSRSetAxisMappingStrategy(layerSrs.get(), OAMS_TRADITIONAL_GIS_ORDER);
        // A Shapefile's .prj carries no EPSG code: found again, so that the CRS's area of use is known.
        if (!OSRGetAuthorityCode(layerSrs.get(), nullptr))
            OSRAutoIdentifyEPSG(layerSrs.get());
        source.crs = srsName(layerSrs.get());
        Transform transform(OCTNewCoordinateTransformation(layerSrs.get(), wgs84.get()));
        if (!transform)
            return core::Error{QStringLiteral("crs"),
                               MapFileText::tr("No way from %1 to WGS 84: %2").arg(source.crs, quiet.last())};
        const AreaOfUse area = areaOfUse(layerSrs.get());
        OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
        OGR_L_ResetReading(layer);
        while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
            core::MapFeature f;
            f.index = index++;
            f.properties = propertiesOf(feature, definition);
            OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
            const OGRwkbGeometryType type =
                geometry ? wkbFlatten(OGR_G_GetGeometryType(geometry)) : wkbUnknown;
            if (!geometry || OGR_G_IsEmpty(geometry)) {
                f.problem = MapFileText::tr("the geometry is empty");
            } else if (type == wkbPoint || type == wkbMultiPoint) {
                f.problem = MapFileText::tr("a point, not a footprint: skipped");
            } else if (type == wkbLineString && !closedLine(geometry)) {
                f.problem = MapFileText::tr("an open line, not a footprint: skipped");
            } else if (type == wkbPolygon || type == wkbLineString) {
                Rings rings;
                f.problem = ringsOf(geometry, transform.get(), area, source.crs, rings);
                f.polygons.push_back(std::move(rings));
            } else if (type == wkbMultiPolygon) {
                for (int p = 0; p < OGR_G_GetGeometryCount(geometry) && f.problem.isEmpty(); ++p) {
                    Rings rings;
                    f.problem =
                        ringsOf(OGR_G_GetGeometryRef(geometry, p), transform.get(), area, source.crs, rings);
                    f.polygons.push_back(std::move(rings));
                }
            } else {
                f.problem = MapFileText::tr("a %1, not a Polygon or MultiPolygon")
                                .arg(QString::fromUtf8(OGRGeometryTypeToName(type)));
            }
            if (!f.problem.isEmpty())
                f.polygons.clear();
            OGR_F_Destroy(feature);
            source.features.push_back(std::move(f));
            if (options.progress && index % 200 == 0 && !options.progress(index, total))
                return core::Error{QStringLiteral("cancelled"),
                                   MapFileText::tr("Cancelled: nothing was written")};
        }
    }
    return source;
}

} // namespace shegong::exchange
