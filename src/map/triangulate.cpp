#include "shegong/map/triangulate.h"

#include <osg/Geometry>
#include <osg/TriangleIndexFunctor>
#include <osgUtil/Tessellator>

namespace shegong::map {
namespace {

bool isConvex(const core::Ring& ring)
{
    bool positive = false, negative = false;
    for (size_t i = 0, n = ring.size(); i < n; ++i) {
        const auto& a = ring[i];
        const auto& b = ring[(i + 1) % n];
        const auto& c = ring[(i + 2) % n];
        const double cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
        positive |= cross > 1e-9;
        negative |= cross < -1e-9;
    }
    return !(positive && negative);
}

struct CollectTriangles {
    std::vector<unsigned>* out = nullptr;
    void operator()(unsigned a, unsigned b, unsigned c)
    {
        out->push_back(a);
        out->push_back(b);
        out->push_back(c);
    }
};

} // namespace

Triangulation triangulate(const core::Polygon& polygon)
{
    Triangulation result;
    if (polygon.empty() || polygon[0].size() < 3)
        return result;
    if (polygon.size() == 1 && isConvex(polygon[0])) {
        result.points = polygon[0];
        for (unsigned i = 1; i + 1 < result.points.size(); ++i)
            result.triangles.insert(result.triangles.end(), {0, i, i + 1});
        return result;
    }

    osg::ref_ptr<osg::Geometry> geometry = new osg::Geometry;
    osg::ref_ptr<osg::Vec3Array> vertices = new osg::Vec3Array;
    geometry->setVertexArray(vertices.get());
    for (const core::Ring& ring : polygon) {
        const GLint first = GLint(vertices->size());
        for (const auto& p : ring)
            vertices->push_back(osg::Vec3(float(p.x), float(p.y), 0));
        geometry->addPrimitiveSet(new osg::DrawArrays(GL_POLYGON, first, GLsizei(ring.size())));
    }
    osg::ref_ptr<osgUtil::Tessellator> tessellator = new osgUtil::Tessellator;
    tessellator->setTessellationType(osgUtil::Tessellator::TESS_TYPE_GEOMETRY);
    tessellator->setWindingType(osgUtil::Tessellator::TESS_WINDING_ODD);
    tessellator->setBoundaryOnly(false);
    tessellator->retessellatePolygons(*geometry);

    const auto* out = static_cast<const osg::Vec3Array*>(geometry->getVertexArray());
    for (const osg::Vec3& v : *out)
        result.points.push_back({v.x(), v.y()});
    osg::TriangleIndexFunctor<CollectTriangles> collect;
    collect.out = &result.triangles;
    geometry->accept(collect);
    return result;
}

} // namespace shegong::map
