#include "shegong/map/labellayer.h"

#include "fontlookup.h"

#include <algorithm>
#include <cmath>
#include <osg/Camera>
#include <osg/Geode>
#include <osg/Geometry>
#include <osgText/Text>

namespace shegong::map {
namespace {

float typeSize(LabelKind kind)
{
    switch (kind) {
    case LabelKind::Community:
        return 19;
    case LabelKind::Area:
        return 15;
    case LabelKind::Building:
        return 13;
    }
    return 13;
}

osg::Vec4 typeColour(LabelKind kind)
{
    switch (kind) {
    case LabelKind::Community:
        return {0.10f, 0.12f, 0.18f, 1};
    case LabelKind::Area:
        return {0.22f, 0.25f, 0.32f, 1};
    case LabelKind::Building:
        return {0.12f, 0.12f, 0.12f, 1};
    }
    return {0, 0, 0, 1};
}

osgText::Text* textAt(osg::Geode& geode, size_t i)
{
    return static_cast<osgText::Text*>(geode.getDrawable(unsigned(i)));
}

} // namespace

LabelLayer::LabelLayer(std::vector<LabelSpec> labels)
    : m_labels(std::move(labels)), m_camera(new osg::Camera), m_geode(new osg::Geode)
{
    // Highest rank first: layout keeps the first of two overlapping labels.
    std::stable_sort(m_labels.begin(), m_labels.end(),
                     [](const LabelSpec& a, const LabelSpec& b) { return int(a.kind) < int(b.kind); });

    m_camera->setReferenceFrame(osg::Transform::ABSOLUTE_RF);
    m_camera->setRenderOrder(osg::Camera::NESTED_RENDER);
    m_camera->setClearMask(0);
    m_camera->setAllowEventFocus(false);
    // Its bound is in pixels, which means nothing to the world camera: never let that cull it.
    m_camera->setCullingActive(false);
    m_camera->setViewMatrix(osg::Matrixd::identity());
    m_camera->setProjectionMatrixAsOrtho2D(0, 1, 0, 1);
    osg::StateSet* state = m_camera->getOrCreateStateSet();
    state->setMode(GL_LIGHTING, osg::StateAttribute::OFF);
    state->setMode(GL_DEPTH_TEST, osg::StateAttribute::OFF);

    osg::ref_ptr<osgText::Font> font = cjkFont();
    for (const LabelSpec& spec : m_labels) {
        osg::ref_ptr<osgText::Text> text = new osgText::Text;
        if (font)
            text->setFont(font.get());
        text->setAlignment(osgText::Text::CENTER_CENTER);
        text->setColor(typeColour(spec.kind));
        text->setText(spec.text.toStdString(), osgText::String::ENCODING_UTF8);
        text->setNodeMask(0);
        m_geode->addDrawable(text.get());
    }

    // A pale plate behind each label keeps it legible on roofs, fills and lines alike. (osgText's own
    // outline backdrop and filled bounding box break the strokes of small Chinese glyphs.)
    m_plates = new osg::Geometry;
    m_plates->setUseDisplayList(false);
    m_plates->setUseVertexBufferObjects(true);
    m_plates->setDataVariance(osg::Object::DYNAMIC);
    m_plates->setVertexArray(new osg::Vec3Array(4 * m_labels.size()));
    auto* white = new osg::Vec4Array;
    white->push_back(osg::Vec4(1, 1, 1, 0.78f));
    m_plates->setColorArray(white, osg::Array::BIND_OVERALL);
    m_plates->addPrimitiveSet(new osg::DrawArrays(GL_QUADS, 0, GLsizei(4 * m_labels.size())));
    m_plates->getOrCreateStateSet()->setMode(GL_BLEND, osg::StateAttribute::ON);
    // After the scene, plates first, then text: the bins override osgText's own (transparent) bin.
    auto* plates = new osg::Geode;
    plates->addDrawable(m_plates.get());
    plates->getOrCreateStateSet()->setRenderBinDetails(1000, "RenderBin",
                                                       osg::StateSet::OVERRIDE_RENDERBIN_DETAILS);
    m_geode->getOrCreateStateSet()->setRenderBinDetails(1001, "RenderBin",
                                                        osg::StateSet::OVERRIDE_RENDERBIN_DETAILS);
    m_camera->addChild(plates);
    m_camera->addChild(m_geode.get());
}

LabelLayer::~LabelLayer() = default;

osg::Camera* LabelLayer::camera() const
{
    return m_camera.get();
}

const std::vector<LabelLayer::Placed>& LabelLayer::layout(const osg::Matrixd& view,
                                                          const osg::Matrixd& projection, int width,
                                                          int height, double pixelRatio)
{
    m_placed.clear();
    if (width <= 0 || height <= 0)
        return m_placed;
    m_camera->setProjectionMatrixAsOrtho2D(0, width, 0, height);
    if (pixelRatio != m_pixelRatio) {
        // Glyphs rasterised at their on-screen size stay sharp.
        m_pixelRatio = pixelRatio;
        for (size_t i = 0; i < m_labels.size(); ++i) {
            const float size = float(typeSize(m_labels[i].kind) * pixelRatio);
            textAt(*m_geode, i)->setCharacterSize(size);
            textAt(*m_geode, i)->setFontResolution(unsigned(std::lround(size)), unsigned(std::lround(size)));
        }
    }

    const osg::Matrixd window =
        osg::Matrixd::translate(1, 1, 1) * osg::Matrixd::scale(0.5 * width, 0.5 * height, 0.5);
    const osg::Matrixd toWindow = view * projection * window;
    const osg::Vec3d eye = osg::Vec3d(0, 0, 0) * osg::Matrixd::inverse(view);
    const double padding = 3 * pixelRatio;

    auto* corners = static_cast<osg::Vec3Array*>(m_plates->getVertexArray());
    std::fill(corners->begin(), corners->end(), osg::Vec3()); // unplaced labels: empty quads
    for (size_t i = 0; i < m_labels.size(); ++i) {
        const LabelSpec& spec = m_labels[i];
        osgText::Text* text = textAt(*m_geode, i);
        text->setNodeMask(0);
        const double distance = (osg::Vec3d(spec.anchor) - eye).length();
        if ((spec.kind == LabelKind::Area && distance > kAreaRange) ||
            (spec.kind == LabelKind::Building && distance > kBuildingRange))
            continue;
        const osg::Vec3d at = osg::Vec3d(spec.anchor) * toWindow;
        if (at.z() <= 0 || at.z() >= 1 || at.x() < 0 || at.y() < 0 || at.x() > width || at.y() > height)
            continue;
        const float size = float(typeSize(spec.kind) * pixelRatio);
        const osg::Vec2 half(float(spec.text.size()) * size / 2 + float(padding), size / 2 + float(padding));
        const osg::Vec2 centre(float(at.x()), float(at.y()));
        const bool overlaps = std::any_of(m_placed.begin(), m_placed.end(), [&](const Placed& p) {
            return std::fabs(p.centre.x() - centre.x()) < p.half.x() + half.x() &&
                   std::fabs(p.centre.y() - centre.y()) < p.half.y() + half.y();
        });
        if (overlaps)
            continue;
        text->setPosition(osg::Vec3(std::round(centre.x()), std::round(centre.y()), 0));
        text->setNodeMask(~0u);
        m_placed.push_back({i, centre, half});
        const osg::BoundingBox& box = text->getBoundingBox();
        const float margin = float(2 * pixelRatio);
        const float x0 = box.xMin() - margin, x1 = box.xMax() + margin;
        const float y0 = box.yMin() - margin, y1 = box.yMax() + margin;
        (*corners)[4 * i] = osg::Vec3(x0, y0, 0);
        (*corners)[4 * i + 1] = osg::Vec3(x1, y0, 0);
        (*corners)[4 * i + 2] = osg::Vec3(x1, y1, 0);
        (*corners)[4 * i + 3] = osg::Vec3(x0, y1, 0);
    }
    corners->dirty();
    m_plates->dirtyBound();
    return m_placed;
}

} // namespace shegong::map
