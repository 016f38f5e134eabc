#include "shegong/map/floorscene.h"

#include "shegong/map/labellayer.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>
#include <osg/Geode>
#include <osg/Geometry>
#include <osg/KdTree>
#include <tuple>

namespace shegong::map {
namespace {

struct FloorText {
    Q_DECLARE_TR_FUNCTIONS(FloorScene)
};

constexpr unsigned kVerticesPerCell = 24; // six faces of four corners

// Face corners of a unit box and the brightness baked into each face (top brightest).
struct Face {
    osg::Vec3 corners[4];
    float shade;
};
const Face kFaces[6] = {
    {{{0, 0, 1}, {1, 0, 1}, {1, 1, 1}, {0, 1, 1}}, 1.00f}, // top
    {{{0, 0, 0}, {1, 0, 0}, {1, 0, 1}, {0, 0, 1}}, 0.86f}, // front (south)
    {{{1, 0, 0}, {1, 1, 0}, {1, 1, 1}, {1, 0, 1}}, 0.74f}, // east
    {{{0, 1, 0}, {0, 0, 0}, {0, 0, 1}, {0, 1, 1}}, 0.70f}, // west
    {{{1, 1, 0}, {0, 1, 0}, {0, 1, 1}, {1, 1, 1}}, 0.62f}, // back
    {{{0, 1, 0}, {1, 1, 0}, {1, 0, 0}, {0, 0, 0}}, 0.50f}, // bottom
};

osg::Vec4 shaded(const osg::Vec4& c, float f)
{
    return {c.r() * f, c.g() * f, c.b() * f, c.a()};
}

} // namespace

osg::Vec4 FloorScene::stateColour(core::DwellingState state)
{
    switch (state) {
    case core::DwellingState::Vacant:
        return {0.86f, 0.86f, 0.86f, 1};
    case core::DwellingState::OwnerOccupied:
        return {0.55f, 0.72f, 0.90f, 1};
    case core::DwellingState::Rented:
        return {0.62f, 0.84f, 0.62f, 1};
    case core::DwellingState::FloatingHousehold:
        return {0.98f, 0.82f, 0.45f, 1};
    case core::DwellingState::SpecialGroupHousehold:
        return {0.86f, 0.45f, 0.50f, 1};
    case core::DwellingState::Undisclosed:
        return {0.55f, 0.57f, 0.62f, 1}; // slate: the shape, not the people
    }
    return {1, 1, 1, 1};
}

FloorScene::FloorScene(const std::vector<core::DwellingStatus>& dwellings)
    : m_dwellings(dwellings), m_root(new osg::Group), m_boxes(new osg::Geometry)
{
    // Cells are stored in door order, so a cell's vertices and triangles sit at its index.
    std::stable_sort(m_dwellings.begin(), m_dwellings.end(), [](const auto& a, const auto& b) {
        return std::tie(a.dwelling.stairwell, a.dwelling.floor) <
               std::tie(b.dwelling.stairwell, b.dwelling.floor);
    });
    // Columns: stairwells side by side, each as wide as its widest floor, a gap between stairwells.
    std::map<int, std::map<int, std::vector<size_t>>>
        byStairFloor; // stairwell -> floor -> cells in door order
    for (size_t i = 0; i < m_dwellings.size(); ++i)
        byStairFloor[m_dwellings[i].dwelling.stairwell][m_dwellings[i].dwelling.floor].push_back(i);
    std::map<int, int> firstColumn;
    int column = 0, topFloor = 1;
    for (const auto& [stairwell, floors] : byStairFloor) {
        firstColumn[stairwell] = column;
        size_t widest = 0;
        for (const auto& [floor, cells] : floors) {
            widest = std::max(widest, cells.size());
            topFloor = std::max(topFloor, floor);
        }
        column += int(widest) + 1;
    }

    auto* vertices = new osg::Vec3Array;
    auto* colours = new osg::Vec4Array;
    auto* indices = new osg::DrawElementsUInt(GL_TRIANGLES);
    m_cells.resize(m_dwellings.size());
    std::vector<LabelSpec> labels;
    for (const auto& [stairwell, floors] : byStairFloor) {
        for (const auto& [floor, cells] : floors) {
            for (size_t door = 0; door < cells.size(); ++door) {
                const size_t i = cells[door];
                const osg::Vec3 origin(float(firstColumn[stairwell] + int(door)) * kCellWidth, 0,
                                       float(floor - 1) * kStorey);
                const osg::Vec3 size(kCellWidth - kGap, kCellDepth, kStorey - kGap);
                osg::BoundingBox box(origin, origin + size);
                m_cells[i] = box;
                m_bounds.expandBy(box);
                for (const Face& face : kFaces) {
                    const unsigned base = unsigned(vertices->size());
                    for (const osg::Vec3& corner : face.corners)
                        vertices->push_back(origin + osg::Vec3(corner.x() * size.x(), corner.y() * size.y(),
                                                               corner.z() * size.z()));
                    for (unsigned k : {0u, 1u, 2u, 0u, 2u, 3u})
                        indices->push_back(base + k);
                }
                colours->resize(vertices->size());
                labels.push_back({m_dwellings[i].dwelling.number,
                                  osg::Vec3(box.center().x(), box.yMin() - 0.1f, box.center().z()),
                                  LabelKind::Building});
            }
        }
        const float x =
            (float(firstColumn[stairwell]) + float(floors.begin()->second.size()) / 2) * kCellWidth;
        labels.push_back(
            {FloorText::tr("Stairwell %1").arg(stairwell), osg::Vec3(x, 0, -1.5f), LabelKind::Area});
    }
    for (int floor = 1; floor <= topFloor; ++floor)
        labels.push_back({FloorText::tr("%1F").arg(floor), osg::Vec3(-3, 0, (float(floor) - 0.5f) * kStorey),
                          LabelKind::Area});

    m_boxes->setUseVertexBufferObjects(true);
    m_boxes->setUseDisplayList(false);
    m_boxes->setVertexArray(vertices);
    m_boxes->setColorArray(colours, osg::Array::BIND_PER_VERTEX);
    m_boxes->addPrimitiveSet(indices);
    for (size_t i = 0; i < m_dwellings.size(); ++i)
        paint(i, stateColour(m_dwellings[i].state));

    osg::ref_ptr<osg::Geode> geode = new osg::Geode;
    geode->addDrawable(m_boxes.get());
    osg::ref_ptr<osg::KdTreeBuilder> kd = new osg::KdTreeBuilder;
    geode->accept(*kd);
    m_root->addChild(geode.get());
    m_root->getOrCreateStateSet()->setMode(GL_LIGHTING, osg::StateAttribute::OFF);
    m_labels = std::make_unique<LabelLayer>(std::move(labels));
    m_root->addChild(m_labels->camera());
}

FloorScene::~FloorScene() = default;

osg::Node* FloorScene::root() const
{
    return m_root.get();
}

osg::Node* FloorScene::pickable() const
{
    return m_root->getChild(0);
}

std::optional<osg::Vec3> FloorScene::cellCentre(core::Id dwellingId) const
{
    for (size_t i = 0; i < m_dwellings.size(); ++i) {
        if (m_dwellings[i].dwelling.id == dwellingId)
            return m_cells[i].center();
    }
    return std::nullopt;
}

const core::DwellingStatus* FloorScene::owner(const osg::Drawable* drawable, unsigned primitiveIndex) const
{
    if (drawable != m_boxes.get())
        return nullptr;
    const size_t cell = primitiveIndex / 12; // twelve triangles a box
    return cell < m_dwellings.size() ? &m_dwellings[cell] : nullptr;
}

void FloorScene::paint(size_t cell, const osg::Vec4& colour)
{
    auto* colours = static_cast<osg::Vec4Array*>(m_boxes->getColorArray());
    for (unsigned f = 0; f < 6; ++f)
        for (unsigned k = 0; k < 4; ++k)
            (*colours)[cell * kVerticesPerCell + f * 4 + k] = shaded(colour, kFaces[f].shade);
    colours->dirty();
}

void FloorScene::setSelected(std::optional<core::Id> dwellingId)
{
    if (m_selected)
        paint(*m_selected, stateColour(m_dwellings[*m_selected].state));
    m_selected.reset();
    for (size_t i = 0; dwellingId && i < m_dwellings.size(); ++i) {
        if (m_dwellings[i].dwelling.id == *dwellingId) {
            m_selected = i;
            paint(i, osg::Vec4(1.0f, 0.55f, 0.0f, 1));
        }
    }
}

} // namespace shegong::map
