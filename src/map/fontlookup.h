#pragma once

#include <osg/ref_ptr>

namespace osgText {
class Font;
}

namespace shegong::map {

//! The Simplified Chinese face of Noto Sans CJK (found through fontconfig), loaded once; null if absent.
osg::ref_ptr<osgText::Font> cjkFont();

} // namespace shegong::map
