#include "shegong/map/districtscene.h"

#include "shegong/map/labellayer.h"
#include "shegong/map/triangulate.h"

#include <algorithm>
#include <cmath>
#include <osg/Geode>
#include <osg/Geometry>
#include <osg/KdTree>
#include <osg/LineWidth>
#include <osg/PolygonOffset>

namespace shegong::map {
namespace {

constexpr float kWallShadeMin = 0.62f, kWallShadeRange = 0.33f;
// The horizontal direction towards the sun (from the south-east), for baked wall shading.
const osg::Vec3 kSunOnGround = [] {
    osg::Vec3 v(0.45f, -0.75f, 0);
    v.normalize();
    return v;
}();

osg::Vec4 hsv(float h, float s, float v)
{
    const float c = v * s, x = c * (1 - std::fabs(std::fmod(h / 60.0f, 2.0f) - 1)), m = v - c;
    float r = 0, g = 0, b = 0;
    switch (int(h / 60) % 6) {
    case 0:
        r = c, g = x;
        break;
    case 1:
        r = x, g = c;
        break;
    case 2:
        g = c, b = x;
        break;
    case 3:
        g = x, b = c;
        break;
    case 4:
        r = x, b = c;
        break;
    default:
        r = c, b = x;
        break;
    }
    return {r + m, g + m, b + m, 1};
}

osg::Vec4 scaled(const osg::Vec4& c, float f)
{
    return {c.r() * f, c.g() * f, c.b() * f, c.a()};
}

osg::Vec4 lighter(const osg::Vec4& c, float t)
{
    return {c.r() + (1 - c.r()) * t, c.g() + (1 - c.g()) * t, c.b() + (1 - c.b()) * t, c.a()};
}

osg::Vec4 greyed(const osg::Vec4& c)
{
    const float grey = 0.3f * c.r() + 0.59f * c.g() + 0.11f * c.b();
    return lighter(osg::Vec4(grey, grey, grey, 1), 0.35f);
}

//! Outlines may be missing (an area created by a map import has none yet).
bool hasOutline(const core::Polygon& polygon)
{
    return !polygon.empty() && polygon[0].size() >= 3;
}

osg::Vec3 centreOf(const core::Polygon& polygon)
{
    osg::BoundingBox box;
    if (hasOutline(polygon))
        for (const auto& p : polygon[0])
            box.expandBy(float(p.x), float(p.y), 0);
    return box.valid() ? box.center() : osg::Vec3();
}

osg::ref_ptr<osg::Geometry> newGeometry()
{
    osg::ref_ptr<osg::Geometry> g = new osg::Geometry;
    g->setUseVertexBufferObjects(true);
    g->setUseDisplayList(false);
    g->setVertexArray(new osg::Vec3Array);
    g->setColorArray(new osg::Vec4Array, osg::Array::BIND_PER_VERTEX);
    return g;
}

void finish(osg::Geometry& g, GLenum mode, osg::ref_ptr<osg::DrawElementsUInt> indices = nullptr)
{
    if (indices)
        g.addPrimitiveSet(indices.get());
    else
        g.addPrimitiveSet(new osg::DrawArrays(mode, 0, GLsizei(g.getVertexArray()->getNumElements())));
    g.dirtyBound();
}

osg::Vec3Array& vertices(osg::Geometry& g)
{
    return *static_cast<osg::Vec3Array*>(g.getVertexArray());
}

osg::Vec4Array& colours(osg::Geometry& g)
{
    return *static_cast<osg::Vec4Array*>(g.getColorArray());
}

} // namespace

DistrictScene::DistrictScene(const SceneInput& input) : m_root(new osg::Group), m_pickable(new osg::Group)
{
    // Colours: one hue per community, areas vary in lightness; all pastel so that the saturated
    // selection colour never occurs elsewhere.
    const size_t communities = std::max<size_t>(1, input.communities.size());
    std::unordered_map<core::Id, int> areaOrdinal;
    for (size_t c = 0; c < input.communities.size(); ++c)
        m_communityColours[input.communities[c].id] =
            hsv(float(c) * 360.0f / float(communities), 0.32f, 0.90f);
    for (const core::Area& a : input.areas) {
        const int ordinal = areaOrdinal[a.communityId]++;
        const osg::Vec4 base = m_communityColours.count(a.communityId) ? m_communityColours[a.communityId]
                                                                       : osg::Vec4(0.8f, 0.8f, 0.8f, 1);
        m_areaColours[a.id] =
            scaled(lighter(base, 0.08f * float(ordinal % 4)), 1.0f - 0.05f * float(ordinal % 3));
        m_areaCentres[a.id] = centreOf(a.outline);
    }

    osg::StateSet* state = m_root->getOrCreateStateSet();
    state->setMode(GL_LIGHTING, osg::StateAttribute::OFF); // shading is baked into vertex colours
    state->setMode(GL_CULL_FACE, osg::StateAttribute::OFF);

    buildGround(input);
    buildBuildings(input);
    buildLabels(input);
    colourByArea();
}

DistrictScene::~DistrictScene() = default;

osg::Node* DistrictScene::root() const
{
    return m_root.get();
}

osg::Node* DistrictScene::pickable() const
{
    return m_pickable.get();
}

void DistrictScene::buildGround(const SceneInput& input)
{
    osg::BoundingBox extent;
    for (const core::Community& c : input.communities)
        if (hasOutline(c.outline))
            for (const auto& p : c.outline[0])
                extent.expandBy(float(p.x), float(p.y), 0);
    for (const core::Building& b : input.buildings)
        if (hasOutline(b.footprint))
            for (const auto& p : b.footprint[0])
                extent.expandBy(float(p.x), float(p.y), 0);
    if (!extent.valid())
        extent.expandBy(osg::Vec3(0, 0, 0));
    const float margin = 150;

    auto ground = newGeometry();
    const osg::Vec4 groundColour(0.80f, 0.81f, 0.79f, 1);
    for (const osg::Vec3& v : {osg::Vec3(extent.xMin() - margin, extent.yMin() - margin, -0.5f),
                               osg::Vec3(extent.xMax() + margin, extent.yMin() - margin, -0.5f),
                               osg::Vec3(extent.xMax() + margin, extent.yMax() + margin, -0.5f),
                               osg::Vec3(extent.xMin() - margin, extent.yMax() + margin, -0.5f)}) {
        vertices(*ground).push_back(v);
        colours(*ground).push_back(groundColour);
    }
    finish(*ground, GL_QUADS);

    // Area fills: pale versions of the area colour, pickable so that a click on open ground finds the area.
    m_areaFills = newGeometry();
    osg::ref_ptr<osg::DrawElementsUInt> fillIndices = new osg::DrawElementsUInt(GL_TRIANGLES);
    for (const core::Area& a : input.areas) {
        const Triangulation t = triangulate(a.outline);
        const unsigned first = unsigned(vertices(*m_areaFills).size());
        for (const auto& p : t.points) {
            vertices(*m_areaFills).push_back(osg::Vec3(float(p.x), float(p.y), 0));
            colours(*m_areaFills).push_back(lighter(m_areaColours[a.id], 0.55f));
        }
        for (size_t i = 0; i < t.triangles.size(); i += 3) {
            for (int k = 0; k < 3; ++k)
                fillIndices->push_back(first + t.triangles[i + size_t(k)]);
            m_areaFillOwner.push_back(a.id);
        }
    }
    finish(*m_areaFills, GL_TRIANGLES, fillIndices);
    m_areaFills->getOrCreateStateSet()->setAttributeAndModes(new osg::PolygonOffset(1, 1));

    // Outlines: communities bold and dark, areas thin; lanes as light bands.
    auto outlines = [&](auto const& items, const osg::Vec4& colour, float width, float z) {
        auto g = newGeometry();
        for (const auto& item : items) {
            if (!hasOutline(item.outline))
                continue;
            const auto& ring = item.outline[0];
            const unsigned first = unsigned(vertices(*g).size());
            for (const auto& p : ring) {
                vertices(*g).push_back(osg::Vec3(float(p.x), float(p.y), z));
                colours(*g).push_back(colour);
            }
            g->addPrimitiveSet(new osg::DrawArrays(GL_LINE_LOOP, GLint(first), GLsizei(ring.size())));
        }
        g->getOrCreateStateSet()->setAttributeAndModes(new osg::LineWidth(width));
        return g;
    };
    auto lanes = newGeometry();
    for (const core::Lane& lane : input.lanes) {
        const unsigned first = unsigned(vertices(*lanes).size());
        for (const auto& p : lane.path) {
            vertices(*lanes).push_back(osg::Vec3(float(p.x), float(p.y), 0.2f));
            colours(*lanes).push_back(osg::Vec4(0.93f, 0.90f, 0.82f, 1));
        }
        lanes->addPrimitiveSet(new osg::DrawArrays(GL_LINE_STRIP, GLint(first), GLsizei(lane.path.size())));
    }
    lanes->getOrCreateStateSet()->setAttributeAndModes(new osg::LineWidth(4));

    osg::ref_ptr<osg::Geode> geode = new osg::Geode;
    geode->addDrawable(ground.get());
    geode->addDrawable(lanes.get());
    geode->addDrawable(outlines(input.areas, osg::Vec4(0.55f, 0.57f, 0.55f, 1), 1, 0.3f).get());
    geode->addDrawable(outlines(input.communities, osg::Vec4(0.30f, 0.32f, 0.36f, 1), 2.5f, 0.4f).get());
    m_root->addChild(geode.get());

    osg::ref_ptr<osg::Geode> fills = new osg::Geode;
    fills->addDrawable(m_areaFills.get());
    m_pickable->addChild(fills.get());
}

void DistrictScene::buildBuildings(const SceneInput& input)
{
    m_walls = newGeometry();
    m_roofs = newGeometry();
    osg::ref_ptr<osg::DrawElementsUInt> wallIndices = new osg::DrawElementsUInt(GL_TRIANGLES);
    osg::ref_ptr<osg::DrawElementsUInt> roofIndices = new osg::DrawElementsUInt(GL_TRIANGLES);
    auto& wv = vertices(*m_walls);
    auto& rv = vertices(*m_roofs);
    m_buildings.reserve(input.buildings.size());

    for (const core::Building& b : input.buildings) {
        BuildingEntry entry;
        entry.id = b.id;
        entry.areaId = b.areaId;
        const unsigned index = unsigned(m_buildings.size());
        const float h = float(b.height);

        entry.wallFirst = unsigned(wv.size());
        for (const core::Ring& ring : b.footprint) {
            for (size_t i = 0, n = ring.size(); i < n; ++i) {
                const osg::Vec3 a(float(ring[i].x), float(ring[i].y), 0);
                const osg::Vec3 c(float(ring[(i + 1) % n].x), float(ring[(i + 1) % n].y), 0);
                const unsigned first = unsigned(wv.size());
                wv.push_back(a);
                wv.push_back(c);
                wv.push_back(c + osg::Vec3(0, 0, h));
                wv.push_back(a + osg::Vec3(0, 0, h));
                for (unsigned k : {0u, 1u, 2u, 0u, 2u, 3u})
                    wallIndices->push_back(first + k);
                m_wallOwner.push_back(index);
                m_wallOwner.push_back(index);
                entry.box.expandBy(a);
                entry.box.expandBy(c + osg::Vec3(0, 0, h));
            }
        }
        entry.wallCount = unsigned(wv.size()) - entry.wallFirst;

        const Triangulation roof = triangulate(b.footprint);
        entry.roofFirst = unsigned(rv.size());
        for (const auto& p : roof.points)
            rv.push_back(osg::Vec3(float(p.x), float(p.y), h));
        for (size_t i = 0; i < roof.triangles.size(); i += 3) {
            for (int k = 0; k < 3; ++k)
                roofIndices->push_back(entry.roofFirst + roof.triangles[i + size_t(k)]);
            m_roofOwner.push_back(index);
        }
        entry.roofCount = unsigned(rv.size()) - entry.roofFirst;

        m_bounds.expandBy(entry.box);
        m_buildingIndex[b.id] = m_buildings.size();
        m_buildings.push_back(entry);
    }
    colours(*m_walls).resize(wv.size());
    colours(*m_roofs).resize(rv.size());
    finish(*m_walls, GL_TRIANGLES, wallIndices);
    finish(*m_roofs, GL_TRIANGLES, roofIndices);

    osg::ref_ptr<osg::Geode> geode = new osg::Geode;
    geode->addDrawable(m_walls.get());
    geode->addDrawable(m_roofs.get());
    m_root->addChild(geode.get());
    m_pickable->addChild(geode.get());
    // A k-d tree makes a pick a few microseconds instead of a walk over every triangle.
    osg::ref_ptr<osg::KdTreeBuilder> kd = new osg::KdTreeBuilder;
    m_pickable->accept(*kd);
}

void DistrictScene::buildLabels(const SceneInput& input)
{
    std::vector<LabelSpec> labels;
    for (const core::Community& c : input.communities)
        if (hasOutline(c.outline))
            labels.push_back({c.name, centreOf(c.outline) + osg::Vec3(0, 0, 20), LabelKind::Community});
    for (const core::Area& a : input.areas)
        if (hasOutline(a.outline))
            labels.push_back({a.name, m_areaCentres[a.id] + osg::Vec3(0, 0, 10), LabelKind::Area});
    for (const core::Building& b : input.buildings) {
        const osg::BoundingBox& box = m_buildings[m_buildingIndex[b.id]].box;
        labels.push_back(
            {b.address, osg::Vec3(box.center().x(), box.center().y(), box.zMax() + 3), LabelKind::Building});
    }
    m_labels = std::make_unique<LabelLayer>(std::move(labels));
    m_root->addChild(m_labels->camera());
}

const BuildingEntry* DistrictScene::building(core::Id id) const
{
    const auto it = m_buildingIndex.find(id);
    return it == m_buildingIndex.end() ? nullptr : &m_buildings[it->second];
}

std::optional<osg::Vec3> DistrictScene::areaCentre(core::Id areaId) const
{
    const auto it = m_areaCentres.find(areaId);
    if (it == m_areaCentres.end())
        return std::nullopt;
    return it->second;
}

DistrictScene::Hit DistrictScene::owner(const osg::Drawable* drawable, unsigned primitiveIndex) const
{
    Hit hit;
    const std::vector<unsigned>* table = drawable == m_walls.get()   ? &m_wallOwner
                                         : drawable == m_roofs.get() ? &m_roofOwner
                                                                     : nullptr;
    if (table && primitiveIndex < table->size()) {
        const BuildingEntry& entry = m_buildings[(*table)[primitiveIndex]];
        hit.building = entry.id;
        hit.area = entry.areaId;
    } else if (drawable == m_areaFills.get() && primitiveIndex < m_areaFillOwner.size()) {
        hit.area = m_areaFillOwner[primitiveIndex];
    }
    return hit;
}

osg::Vec4 DistrictScene::selectionColour()
{
    return {1.0f, 0.55f, 0.0f, 1.0f};
}

osg::Vec4 DistrictScene::areaColour(core::Id areaId) const
{
    const auto it = m_areaColours.find(areaId);
    return it == m_areaColours.end() ? osg::Vec4(0.8f, 0.8f, 0.8f, 1) : it->second;
}

osg::Vec4 DistrictScene::communityColour(core::Id communityId) const
{
    const auto it = m_communityColours.find(communityId);
    return it == m_communityColours.end() ? osg::Vec4(0.8f, 0.8f, 0.8f, 1) : it->second;
}

void DistrictScene::colourByArea(const std::vector<core::Id>& focusAreas)
{
    std::unordered_map<core::Id, osg::Vec4> colours;
    for (const BuildingEntry& entry : m_buildings) {
        const bool inFocus = focusAreas.empty() || std::find(focusAreas.begin(), focusAreas.end(),
                                                             entry.areaId) != focusAreas.end();
        colours[entry.id] = inFocus ? areaColour(entry.areaId) : greyed(areaColour(entry.areaId));
    }
    setBuildingColours(colours, osg::Vec4(0.8f, 0.8f, 0.8f, 1));
}

void DistrictScene::setBuildingColours(const std::unordered_map<core::Id, osg::Vec4>& colours,
                                       const osg::Vec4& fallback)
{
    for (const BuildingEntry& entry : m_buildings) {
        const auto it = colours.find(entry.id);
        m_baseColours[entry.id] = it == colours.end() ? fallback : it->second;
        repaint(entry.id);
    }
}

void DistrictScene::repaint(core::Id id)
{
    const BuildingEntry* entry = building(id);
    if (!entry)
        return;
    osg::Vec4 colour = m_baseColours[id];
    if (m_selected == id)
        colour = selectionColour();
    else if (m_hovered == id)
        colour = lighter(colour, 0.45f);
    paintBuilding(*entry, colour);
}

void DistrictScene::paintBuilding(const BuildingEntry& entry, const osg::Vec4& colour)
{
    auto& wc = colours(*m_walls);
    const auto& wv = vertices(*m_walls);
    for (unsigned i = entry.wallFirst; i < entry.wallFirst + entry.wallCount; i += 4) {
        // Baked sunlight: walls facing the sun are lighter; each wall quad has its own normal.
        osg::Vec3 edge = wv[i + 1] - wv[i];
        osg::Vec3 normal(edge.y(), -edge.x(), 0);
        normal.normalize();
        const float shade = kWallShadeMin + kWallShadeRange * std::max(0.0f, normal * kSunOnGround);
        const osg::Vec4 wall = scaled(colour, shade);
        for (unsigned k = 0; k < 4; ++k)
            wc[i + k] = k < 2 ? scaled(wall, 0.86f) : wall; // a little darker at the foot
    }
    auto& rc = colours(*m_roofs);
    for (unsigned i = entry.roofFirst; i < entry.roofFirst + entry.roofCount; ++i)
        rc[i] = colour;
    wc.dirty();
    rc.dirty();
}

osg::Vec4 DistrictScene::buildingColour(core::Id building) const
{
    const auto it = m_baseColours.find(building);
    return it == m_baseColours.end() ? osg::Vec4() : it->second;
}

void DistrictScene::setSelected(std::optional<core::Id> building)
{
    const auto previous = m_selected;
    m_selected = building;
    if (previous)
        repaint(*previous);
    if (building)
        repaint(*building);
}

void DistrictScene::setHovered(std::optional<core::Id> building)
{
    if (building == m_hovered)
        return;
    const auto previous = m_hovered;
    m_hovered = building;
    if (previous)
        repaint(*previous);
    if (building)
        repaint(*building);
}

} // namespace shegong::map
