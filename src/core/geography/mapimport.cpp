#include "shegong/core/geography/mapimport.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/geography/localprojection.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
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
//! Corners a footprint ring may have: a building outline has tens; more is a survey's curve or an error,
//! and the self-intersection check stays quick (quadratic in the corners).
constexpr size_t kMaxRingCorners = 5000;

std::optional<double> number(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    static const QRegularExpression leading(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(m|米|层)?\\s*$"));
    const auto match = leading.match(value.toString());
    if (match.hasMatch())
        return match.captured(1).toDouble();
    return std::nullopt;
}

//! What OSM's `building=*` says of a footprint: a dwelling of one kind or the other, or not a dwelling.
std::optional<BuildingKind> kindOf(const QJsonObject& properties)
{
    const QString own = properties.value(QStringLiteral("building_kind")).toString();
    if (own == QLatin1String("private_house"))
        return BuildingKind::PrivateHouse;
    if (own == QLatin1String("apartment"))
        return BuildingKind::Apartment;
    const QString osm = properties.value(QStringLiteral("building")).toString().toLower();
    static const QStringList houses{
        QStringLiteral("house"),   QStringLiteral("detached"), QStringLiteral("semidetached_house"),
        QStringLiteral("terrace"), QStringLiteral("bungalow"), QStringLiteral("villa"),
        QStringLiteral("farm"),    QStringLiteral("cabin"),    QStringLiteral("hut")};
    static const QStringList dwellings{QString(),
                                       QStringLiteral("yes"),
                                       QStringLiteral("apartments"),
                                       QStringLiteral("residential"),
                                       QStringLiteral("dormitory"),
                                       QStringLiteral("flats")};
    if (houses.contains(osm))
        return BuildingKind::PrivateHouse;
    if (dwellings.contains(osm))
        return BuildingKind::Apartment;
    return std::nullopt; // retail, commercial, office, school, industrial, garage…
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

Result<MapImportReport> importMap(const Database& db, const MapSource& source,
                                  const MapImportOptions& options)
{
    MapImportReport report;
    const auto finite = [](const MapFeature& f) {
        for (const auto& polygon : f.polygons)
            for (const auto& ring : polygon)
                for (const LonLat& p : ring)
                    if (!std::isfinite(p.longitude) || !std::isfinite(p.latitude) ||
                        std::fabs(p.longitude) > 180 || std::fabs(p.latitude) > 90)
                        return false;
        return true;
    };
    // The local origin, when the district has none yet: the middle of the usable features only.
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    for (const MapFeature& f : source.features)
        if (f.problem.isEmpty() && finite(f))
            for (const auto& polygon : f.polygons)
                for (const auto& ring : polygon)
                    for (const LonLat& p : ring) {
                        minX = std::min(minX, p.longitude), minY = std::min(minY, p.latitude);
                        maxX = std::max(maxX, p.longitude), maxY = std::max(maxY, p.latitude);
                    }
    QString originValue;
    QStringList origin = db.meta(QStringLiteral("map_origin")).split(u',', Qt::SkipEmptyParts);
    if (origin.size() != 2 && minX <= maxX) {
        origin = {QString::number((minX + maxX) / 2, 'f', 6), QString::number((minY + maxY) / 2, 'f', 6)};
        originValue = origin.join(u',');
    }
    const LocalProjection projection(origin.size() == 2 ? LonLat{origin[0].toDouble(), origin[1].toDouble()}
                                                        : LonLat{});
    const auto project = [&](const std::vector<std::vector<LonLat>>& raw) {
        Polygon polygon;
        for (const auto& ring : raw) {
            Ring local;
            for (const LonLat& p : ring) {
                const PointXY q = projection.toLocal(p);
                local.push_back({std::round(q.x * 100) / 100, std::round(q.y * 100) / 100});
            }
            polygon.push_back(std::move(local));
        }
        return cleaned(std::move(polygon));
    };
    // Codes for features without one: the file's name and the feature's place, so that two files (or
    // the parts of a MultiPolygon) never take each other's buildings, and the same file updates its own.
    const QString filePrefix = QStringLiteral("IMPORT-%1")
                                   .arg(QString::fromLatin1(QCryptographicHash::hash(source.fileName.toUtf8(),
                                                                                     QCryptographicHash::Sha1)
                                                                .toHex()
                                                                .left(6)));
    QSet<QString> codes;

    const DistrictRepository district(db);
    std::vector<Area> areas = district.areas();
    std::vector<std::pair<int, Area>> newAreas;
    std::vector<Candidate> candidates;

    for (const MapFeature& feature : source.features) {
        const int i = feature.index;
        const QJsonObject& properties = feature.properties;
        const QString kind = properties.value(QStringLiteral("kind")).toString(QStringLiteral("building"));
        if (kind == QLatin1String("community") || kind == QLatin1String("lane"))
            continue; // outlines of communities and lanes are drawn from the database's own records
        const auto problem = [&](const QString& reason) { report.problems.push_back({i, reason}); };
        if (!feature.problem.isEmpty()) {
            problem(feature.problem);
            continue;
        }
        if (feature.polygons.empty()) {
            problem(MapImportText::tr("the geometry is not a Polygon or MultiPolygon"));
            continue;
        }
        if (!finite(feature)) {
            problem(MapImportText::tr("a coordinate is not a number on Earth"));
            continue;
        }
        std::vector<Polygon> locals;
        bool sound = true;
        for (const auto& raw : feature.polygons) {
            Polygon polygon = project(raw);
            for (const Ring& ring : polygon) {
                if (ring.size() < 3) {
                    problem(MapImportText::tr("a ring has fewer than 3 distinct points"));
                    sound = false;
                } else if (ring.size() > kMaxRingCorners) {
                    problem(MapImportText::tr("a ring has %1 corners, more than %2: not a building outline")
                                .arg(ring.size())
                                .arg(kMaxRingCorners));
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
        // Far from the district it already has: the wrong CRS (or the wrong file), not a new estate.
        if (originValue.isEmpty()) {
            const PointXY centre = centroid(locals.front().front());
            if (const double km = std::hypot(centre.x, centre.y) / 1000; km > 20) {
                problem(MapImportText::tr("lies %1 km from the district: is the file's CRS right?")
                            .arg(km, 0, 'f', 0));
                continue;
            }
        }

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

        const auto buildingKind = kindOf(properties);
        if (!buildingKind) {
            ++report.skippedKinds;
            report.warnings.push_back({i, MapImportText::tr("building=%1 is not a dwelling: left out")
                                              .arg(properties.value(QStringLiteral("building")).toString())});
            continue;
        }
        std::optional<double> levels;
        for (const char* key : {"building:levels", "levels", "floors", "层数", "楼层数", "地上层数"}) {
            if (!levels)
                levels = number(properties.value(QString::fromUtf8(key)));
        }
        // Surveying offices and extracts name it in their own way (a real Shenzhen extract: "h").
        std::optional<double> height;
        for (const char* key : {"height", "高度", "建筑高度", "h"}) {
            if (!height)
                height = number(properties.value(QString::fromUtf8(key)));
        }
        if (levels && *levels <= 0)
            levels.reset(); // 0 floors is "not known", as often in OSM extracts
        if (height && *height <= 0)
            height.reset();
        if (!levels && !height)
            report.warnings.push_back(
                {i, MapImportText::tr("no height or levels: %1 floors assumed").arg(kAssumedFloors)});
        const int floors = levels   ? int(std::lround(*levels))
                           : height ? std::max(1, int(std::lround(*height / kMetresPerFloor)))
                                    : kAssumedFloors;
        const double metres = height ? *height : floors * kMetresPerFloor;
        if (floors < 1 || floors > 200 || metres < 2 || metres > 700) {
            problem(MapImportText::tr("%1 floors and %2 m are out of range").arg(floors).arg(metres));
            continue;
        }
        QString code = properties.value(QStringLiteral("code"))
                           .toString(properties.value(QStringLiteral("ref")).toString());
        if (code.isEmpty())
            code = QStringLiteral("%1-%2").arg(filePrefix).arg(i);
        QStringList partCodes;
        for (size_t part = 0; part < locals.size(); ++part)
            partCodes << (part == 0 ? code : QStringLiteral("%1-%2").arg(code).arg(part + 1));
        if (std::any_of(partCodes.begin(), partCodes.end(),
                        [&](const QString& c) { return codes.contains(c); })) {
            problem(MapImportText::tr("code %1 is used by another feature of this file").arg(code));
            continue;
        }
        for (const QString& c : partCodes)
            codes.insert(c);
        QString address = properties.value(QStringLiteral("address")).toString();
        if (address.isEmpty() && properties.contains(QStringLiteral("addr:street")))
            address = properties.value(QStringLiteral("addr:street")).toString() +
                      properties.value(QStringLiteral("addr:housenumber")).toString();
        if (address.isEmpty())
            address = properties.value(QStringLiteral("name"))
                          .toString(properties.value(QStringLiteral("名称")).toString(code));
        for (size_t part = 0; part < locals.size(); ++part) {
            Building b;
            b.code = partCodes[int(part)];
            b.address = address;
            b.kind = *buildingKind;
            b.floors = floors;
            b.height = metres;
            b.footprint = locals[part];
            candidates.push_back({i, std::move(b)});
        }
    }

    if (options.dryRun) {
        for (const Candidate& c : candidates)
            report.footprints.push_back(c.building.footprint);
        return report;
    }
    if (!report.problems.empty() && !options.skipBad)
        return report;

    try {
        WriteTransaction transaction(db);
        if (!originValue.isEmpty())
            db.setMeta(QStringLiteral("map_origin"), originValue);
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
        AuditLog(db).append(
            {options.actor, QStringLiteral("-"), QStringLiteral("import"), QStringLiteral("map"),
             QStringLiteral("ok"),
             QStringLiteral(
                 "{\"file\":\"%5\",\"crs\":\"%6\",\"added\":%1,\"updated\":%2,\"areas\":%3,\"skipped\":%4}")
                 .arg(report.added)
                 .arg(report.updated)
                 .arg(report.areasAdded)
                 .arg(report.problems.size())
                 .arg(QString(source.fileName).remove(u'"').remove(u'\\'), source.crs)});
        transaction.commit();
    } catch (const DatabaseError& e) {
        return Error{QStringLiteral("database"),
                     MapImportText::tr("The map could not be written: %1").arg(QString::fromUtf8(e.what()))};
    }
    report.committed = true;
    return report;
}

Result<MapImportReport> importMap(const Access& access, const MapSource& source,
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
    auto report = importMap(access.database(), source, options);
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
