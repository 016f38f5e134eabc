#include "shegong/core/geography/geojsonexport.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/geography/localprojection.h"
#include "shegong/core/storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <map>

namespace shegong::core {
namespace {

class Writer {
public:
    explicit Writer(LocalProjection projection) : m_projection(projection) {}

    void feature(const QJsonObject& properties, const QByteArray& geometry)
    {
        m_out += m_first ? "\n" : ",\n";
        m_first = false;
        m_out += R"({"type":"Feature","properties":)" +
                 QJsonDocument(properties).toJson(QJsonDocument::Compact) + R"(,"geometry":)" + geometry +
                 "}";
    }

    QByteArray polygon(const Polygon& polygon) const
    {
        QByteArray out = R"({"type":"Polygon","coordinates":[)";
        for (size_t i = 0; i < polygon.size(); ++i) {
            if (i)
                out += ',';
            Ring closed = polygon[i];
            closed.push_back(closed.front()); // GeoJSON rings repeat their first point
            out += points(closed);
        }
        return out + "]}";
    }

    QByteArray lineString(const Polyline& line) const
    {
        return R"({"type":"LineString","coordinates":)" + points(line) + "}";
    }

    QByteArray finish() { return R"({"type":"FeatureCollection","features":[)" + m_out + "\n]}\n"; }

private:
    QByteArray points(const std::vector<PointXY>& local) const
    {
        QByteArray out = "[";
        for (size_t i = 0; i < local.size(); ++i) {
            const LonLat geo = m_projection.toGeo(local[i]);
            if (i)
                out += ',';
            out += '[' + QByteArray::number(geo.longitude, 'f', 7) + ',' +
                   QByteArray::number(geo.latitude, 'f', 7) + ']';
        }
        return out + ']';
    }

    LocalProjection m_projection;
    QByteArray m_out;
    bool m_first = true;
};

LonLat originOf(const Database& db)
{
    const QStringList parts =
        db.meta(QStringLiteral("map_origin"), QStringLiteral("120.2,30.27")).split(u',');
    return {parts.value(0).toDouble(), parts.value(1).toDouble()};
}

} // namespace

QByteArray exportDistrictGeoJson(const Database& db)
{
    const DistrictRepository district(db);
    Writer writer{LocalProjection(originOf(db))};
    std::map<Id, QString> communityCodes, areaCodes, laneNames;
    for (const Community& c : district.communities()) {
        communityCodes[c.id] = c.code;
        writer.feature({{QStringLiteral("kind"), QStringLiteral("community")},
                        {QStringLiteral("code"), c.code},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("community_kind"), toString(c.kind)}},
                       writer.polygon(c.outline));
    }
    for (const Area& a : district.areas()) {
        areaCodes[a.id] = a.code;
        writer.feature({{QStringLiteral("kind"), QStringLiteral("area")},
                        {QStringLiteral("code"), a.code},
                        {QStringLiteral("name"), a.name},
                        {QStringLiteral("community"), communityCodes[a.communityId]}},
                       writer.polygon(a.outline));
    }
    for (const Lane& l : district.lanes()) {
        laneNames[l.id] = l.name;
        writer.feature({{QStringLiteral("kind"), QStringLiteral("lane")},
                        {QStringLiteral("name"), l.name},
                        {QStringLiteral("community"), communityCodes[l.communityId]}},
                       writer.lineString(l.path));
    }
    for (const Building& b : district.buildings()) {
        QJsonObject properties{{QStringLiteral("kind"), QStringLiteral("building")},
                               {QStringLiteral("code"), b.code},
                               {QStringLiteral("address"), b.address},
                               {QStringLiteral("area"), areaCodes[b.areaId]},
                               {QStringLiteral("building_kind"), toString(b.kind)},
                               {QStringLiteral("building:levels"), b.floors},
                               {QStringLiteral("height"), b.height}};
        if (b.laneId)
            properties.insert(QStringLiteral("lane"), laneNames[*b.laneId]);
        writer.feature(properties, writer.polygon(b.footprint));
    }
    return writer.finish();
}

} // namespace shegong::core
