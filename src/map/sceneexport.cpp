#include "shegong/map/sceneexport.h"

#include "fontlookup.h"
#include "shegong/map/districtscene.h"
#include "shegong/map/labellayer.h"

#include <osg/Camera>
#include <osg/Geode>
#include <osg/Group>
#include <osgText/Text>

namespace shegong::map {

osg::ref_ptr<osg::Node> sceneForViewers(const DistrictScene& scene, bool names)
{
    osg::ref_ptr<osg::Group> root = new osg::Group;
    osg::Group* source = scene.root()->asGroup();
    for (unsigned i = 0; i < source->getNumChildren(); ++i)
        if (source->getChild(i) != scene.labels().camera())
            root->addChild(source->getChild(i));
    if (!names)
        return root;
    osg::ref_ptr<osg::Geode> geode = new osg::Geode;
    osg::ref_ptr<osgText::Font> font = cjkFont();
    for (const LabelSpec& label : scene.labels().labels()) {
        if (label.kind == LabelKind::Building)
            continue;
        osg::ref_ptr<osgText::Text> text = new osgText::Text;
        text->setFont(font.get());
        text->setText(label.text.toStdString(), osgText::String::ENCODING_UTF8);
        text->setPosition(label.anchor);
        text->setAxisAlignment(osgText::Text::SCREEN);
        text->setCharacterSizeMode(osgText::Text::SCREEN_COORDS);
        text->setCharacterSize(label.kind == LabelKind::Community ? 22.0f : 15.0f);
        text->setAlignment(osgText::Text::CENTER_CENTER);
        text->setColor(label.kind == LabelKind::Community ? osg::Vec4(0.1f, 0.1f, 0.1f, 1)
                                                          : osg::Vec4(0.25f, 0.25f, 0.3f, 1));
        text->setBackdropType(osgText::Text::OUTLINE);
        text->setBackdropColor(osg::Vec4(1, 1, 1, 0.9f));
        geode->addDrawable(text.get());
    }
    geode->getOrCreateStateSet()->setMode(GL_DEPTH_TEST, osg::StateAttribute::OFF);
    geode->getOrCreateStateSet()->setRenderBinDetails(100, "RenderBin");
    root->addChild(geode.get());
    return root;
}

} // namespace shegong::map
