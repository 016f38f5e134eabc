#include "shegong/core/geography/mapimport.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/geography/localprojection.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace shegong::core {
namespace {

struct MapImportText {
    Q_DECLARE_TR_FUNCTIONS(MapImport)
};

constexpr double kMetresPerFloor = 3.0;

struct RawPoint {
    double x, y;
};
using RawRing = std::vector<RawPoint>;
using RawPolygon = std::vector<RawRing>;

std::optional<RawRing> ringFrom(const QJsonValue& value)
{
    RawRing ring;
    for (const QJsonValue& point : value.toArray()) {
        const QJsonArray pair = point.toArray();
        if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            return std::nullopt;
        ring.push_back({pair.at(0).toDouble(), pair.at(1).toDouble()});
    }
    return ring;
}

//! The polygons of a Polygon or MultiPolygon geometry; empty when it is neither or malformed.
std::vector<RawPolygon> polygonsFrom(const QJsonObject& geometry)
{
    const QString type = geometry.value(QStringLiteral("type")).toString();
    QJsonArray parts;
    if (type == QLatin1String("Polygon"))
        parts.append(geometry.value(QStringLiteral("coordinates")));
    else if (type == QLatin1String("MultiPolygon"))
        parts = geometry.value(QStringLiteral("coordinates")).toArray();
    std::vector<RawPolygon> polygons;
    for (const QJsonValue& part : parts) {
        RawPolygon polygon;
        for (const QJsonValue& ringValue : part.toArray()) {
            auto ring = ringFrom(ringValue);
            if (!ring)
                return {};
            polygon.push_back(*ring);
        }
        polygons.push_back(std::move(polygon));
    }
    return polygons;
}

std::optional<double> number(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    static const QRegularExpression leading(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(m|米)?\\s*$"));
    const auto match = leading.match(value.toString());
    if (match.hasMatch())
        return match.captured(1).toDouble();
    return std::nullopt;
}

//! Closing point and repeated points removed; outer ring counter-clockwise, holes clockwise.
Polygon cleaned(Polygon polygon)
{
    for (size_t r = 0; r < polygon.size(); ++r) {
        Ring& ring = polygon[r];
        Ring unique;
        for (const PointXY& p : ring) {
            if (unique.empty() || std::hypot(unique.back().x - p.x, unique.back().y - p.y) > 1e-3)
                unique.push_back(p);
        }
        while (unique.size() > 1 &&
               std::hypot(unique.front().x - unique.back().x, unique.front().y - unique.back().y) <= 1e-3)
            unique.pop_back();
        if ((signedArea(unique) < 0) == (r == 0))
            std::reverse(unique.begin(), unique.end());
        ring = std::move(unique);
    }
    return polygon;
}

struct Candidate {
    int feature;
    Building building;
};

} // namespace

Result<MapImportReport> importMapGeoJson(const Database& db, const QByteArray& geojson,
                                         const MapImportOptions& options)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(geojson, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("file"), MapImportText::tr("Map file: not valid JSON (%1 at byte %2)")
                                                 .arg(parseError.errorString())
                                                 .arg(parseError.offset)};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("type")).toString() != QLatin1String("FeatureCollection"))
        return Error{QStringLiteral("file"), MapImportText::tr("Map file: not a GeoJSON FeatureCollection")};
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();

    // Degrees or metres: GeoJSON is WGS 84, but tools also export projected coordinates.
    bool degrees = true;
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    for (const QJsonValue& value : features) {
        for (const RawPolygon& polygon :
             polygonsFrom(value.toObject().value(QStringLiteral("geometry")).toObject()))
            for (const RawRing& ring : polygon)
                for (const RawPoint& p : ring) {
                    degrees = degrees && std::fabs(p.x) <= 180 && std::fabs(p.y) <= 90;
                    minX = std::min(minX, p.x), minY = std::min(minY, p.y);
                    maxX = std::max(maxX, p.x), maxY = std::max(maxY, p.y);
                }
    }
    std::function<PointXY(RawPoint)> toLocal;
    QString originKey, originValue;
    if (degrees) {
        QStringList origin = db.meta(QStringLiteral("map_origin")).split(u',', Qt::SkipEmptyParts);
        if (origin.size() != 2) {
            origin = {QString::number((minX + maxX) / 2, 'f', 6), QString::number((minY + maxY) / 2, 'f', 6)};
            originKey = QStringLiteral("map_origin");
            originValue = origin.join(u',');
        }
        const LocalProjection projection({origin[0].toDouble(), origin[1].toDouble()});
        toLocal = [projection](RawPoint p) { return projection.toLocal({p.x, p.y}); };
    } else {
        QStringList offset = db.meta(QStringLiteral("map_offset")).split(u',', Qt::SkipEmptyParts);
        if (offset.size() != 2) {
            offset = {QString::number(minX, 'f', 3), QString::number(minY, 'f', 3)};
            originKey = QStringLiteral("map_offset");
            originValue = offset.join(u',');
        }
        const double ox = offset[0].toDouble(), oy = offset[1].toDouble();
        toLocal = [ox, oy](RawPoint p) { return PointXY{p.x - ox, p.y - oy}; };
    }
    const auto project = [&](const RawPolygon& raw) {
        Polygon polygon;
        for (const RawRing& ring : raw) {
            Ring local;
            for (const RawPoint& p : ring) {
                const PointXY q = toLocal(p);
                local.push_back({std::round(q.x * 100) / 100, std::round(q.y * 100) / 100});
            }
            polygon.push_back(std::move(local));
        }
        return cleaned(std::move(polygon));
    };

    MapImportReport report;
    const DistrictRepository district(db);
    std::vector<Area> areas = district.areas();
    std::vector<std::pair<int, Area>> newAreas;
    std::vector<Candidate> candidates;

    for (int i = 0; i < int(features.size()); ++i) {
        const QJsonObject feature = features.at(i).toObject();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        const QString kind = properties.value(QStringLiteral("kind")).toString(QStringLiteral("building"));
        if (kind == QLatin1String("community") || kind == QLatin1String("lane"))
            continue; // outlines of communities and lanes are drawn from the database's own records
        const auto problem = [&](const QString& reason) { report.problems.push_back({i, reason}); };
        const std::vector<RawPolygon> polygons =
            polygonsFrom(feature.value(QStringLiteral("geometry")).toObject());
        if (polygons.empty()) {
            problem(MapImportText::tr("the geometry is not a Polygon or MultiPolygon"));
            continue;
        }
        std::vector<Polygon> locals;
        bool sound = true;
        for (const RawPolygon& raw : polygons) {
            Polygon polygon = project(raw);
            for (const Ring& ring : polygon) {
                if (ring.size() < 3) {
                    problem(MapImportText::tr("a ring has fewer than 3 distinct points"));
                    sound = false;
                } else if (selfIntersects(ring)) {
                    problem(MapImportText::tr("a ring intersects itself"));
                    sound = false;
                }
                if (!sound)
                    break;
            }
            if (!sound)
                break;
            locals.push_back(std::move(polygon));
        }
        if (!sound)
            continue;

        if (kind == QLatin1String("area")) {
            Area area;
            area.code = properties.value(QStringLiteral("code")).toString();
            area.name = properties.value(QStringLiteral("name")).toString(area.code);
            area.outline = locals.front();
            if (area.code.isEmpty()) {
                problem(MapImportText::tr("an area needs a code"));
                continue;
            }
            if (std::none_of(areas.begin(), areas.end(),
                             [&](const Area& a) { return a.code == area.code; })) {
                newAreas.emplace_back(i, area);
                areas.push_back(area);
            }
            continue;
        }

        std::optional<double> levels;
        for (const char* key : {"building:levels", "levels", "floors"}) {
            if (!levels)
                levels = number(properties.value(QLatin1String(key)));
        }
        std::optional<double> height = number(properties.value(QStringLiteral("height")));
        if (!levels && !height) {
            problem(MapImportText::tr("no building:levels, levels, floors or height"));
            continue;
        }
        const int floors =
            levels ? int(std::lround(*levels)) : std::max(1, int(std::lround(*height / kMetresPerFloor)));
        const double metres = height ? *height : floors * kMetresPerFloor;
        if (floors < 1 || floors > 200 || metres < 1 || metres > 700) {
            problem(MapImportText::tr("%1 floors and %2 m are out of range").arg(floors).arg(metres));
            continue;
        }
        QString code = properties.value(QStringLiteral("code"))
                           .toString(properties.value(QStringLiteral("ref")).toString());
        if (code.isEmpty())
            code = QStringLiteral("IMPORT-%1").arg(i);
        QString address = properties.value(QStringLiteral("address")).toString();
        if (address.isEmpty() && properties.contains(QStringLiteral("addr:street")))
            address = properties.value(QStringLiteral("addr:street")).toString() +
                      properties.value(QStringLiteral("addr:housenumber")).toString();
        if (address.isEmpty())
            address = properties.value(QStringLiteral("name")).toString(code);
        for (size_t part = 0; part < locals.size(); ++part) {
            Building b;
            b.code = part == 0 ? code : QStringLiteral("%1-%2").arg(code).arg(part + 1);
            b.address = address;
            b.kind =
                properties.value(QStringLiteral("building_kind")).toString() == QLatin1String("private_house")
                    ? BuildingKind::PrivateHouse
                    : BuildingKind::Apartment;
            b.floors = floors;
            b.height = metres;
            b.footprint = locals[part];
            candidates.push_back({i, std::move(b)});
        }
    }

    if (!report.problems.empty() && !options.skipBad)
        return report;

    try {
        WriteTransaction transaction(db);
        if (!originKey.isEmpty())
            db.setMeta(originKey, originValue);
        std::optional<Id> importCommunity;
        const auto ensureImportCommunity = [&] {
            if (!importCommunity) {
                for (const Community& c : district.communities()) {
                    if (c.code == QLatin1String("IMPORT"))
                        importCommunity = c.id;
                }
                if (!importCommunity)
                    importCommunity = district.add(Community{0,
                                                             QStringLiteral("IMPORT"),
                                                             QStringLiteral("导入楼幢"),
                                                             CommunityKind::Residential,
                                                             {}});
            }
            return *importCommunity;
        };
        for (auto& [index, area] : newAreas) {
            area.communityId = ensureImportCommunity();
            area.id = district.add(area);
            ++report.areasAdded;
            for (Area& a : areas) {
                if (a.code == area.code)
                    a.id = area.id;
            }
        }
        std::optional<Id> unassigned;
        for (Candidate& candidate : candidates) {
            Building& b = candidate.building;
            const PointXY centre = centroid(b.footprint.front());
            const auto home = std::find_if(areas.begin(), areas.end(),
                                           [&](const Area& a) { return contains(a.outline, centre); });
            if (home != areas.end()) {
                b.areaId = home->id;
            } else {
                if (!unassigned) {
                    const auto existing = std::find_if(areas.begin(), areas.end(), [](const Area& a) {
                        return a.code == QLatin1String("IMPORT-A0");
                    });
                    unassigned = existing != areas.end() ? existing->id
                                                         : district.add(Area{0,
                                                                             ensureImportCommunity(),
                                                                             QStringLiteral("IMPORT-A0"),
                                                                             QStringLiteral("未分配片区"),
                                                                             {}});
                }
                b.areaId = *unassigned;
            }
            if (const auto existing = district.buildingByCode(b.code)) {
                b.id = existing->id;
                district.update(b);
                transaction.changed({ChangeKind::Building, b.id});
                ++report.updated;
            } else {
                transaction.changed({ChangeKind::Building, district.add(b)});
                ++report.added;
            }
        }
        AuditLog(db).append({options.actor, QStringLiteral("-"), QStringLiteral("import"),
                             QStringLiteral("map"), QStringLiteral("ok"),
                             QStringLiteral("{\"added\":%1,\"updated\":%2,\"areas\":%3,\"skipped\":%4}")
                                 .arg(report.added)
                                 .arg(report.updated)
                                 .arg(report.areasAdded)
                                 .arg(report.problems.size())});
        transaction.commit();
    } catch (const DatabaseError& e) {
        return Error{QStringLiteral("database"),
                     MapImportText::tr("The map could not be written: %1").arg(QString::fromUtf8(e.what()))};
    }
    report.committed = true;
    return report;
}

Result<MapImportReport> importMapGeoJson(const Access& access, const QByteArray& geojson,
                                         const MapImportOptions& options)
{
    const Session& session = access.session();
    const auto audit = [&](const QString& result, const QString& details) {
        AuditLog(access.database())
            .append({session.worker.account, session.workstation, QStringLiteral("import"),
                     QStringLiteral("map"), result, details});
    };
    if (!access.may(Permission::EditDistrict)) {
        audit(QStringLiteral("refused"), QStringLiteral("{\"reason\":\"permission\"}"));
        return Error{QStringLiteral("role"),
                     MapImportText::tr("Only the subdistrict administrator imports the map")};
    }
    auto report = importMapGeoJson(access.database(), geojson, options);
    if (report && report->committed)
        audit(QStringLiteral("ok"),
              QStringLiteral("{\"added\":%1,\"updated\":%2,\"areas_added\":%3,\"skipped\":%4}")
                  .arg(report->added)
                  .arg(report->updated)
                  .arg(report->areasAdded)
                  .arg(report->problems.size()));
    return report;
}

} // namespace shegong::core
