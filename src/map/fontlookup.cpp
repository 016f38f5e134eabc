#include "fontlookup.h"

#include <fontconfig/fontconfig.h>
#include <mutex>
#include <osgDB/Options>
#include <osgText/Font>
#include <string>

namespace shegong::map {
namespace {

struct FontFile {
    std::string path;
    int index = 0;
};

FontFile findFont(const char* family)
{
    FontFile found;
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(family));
    FcPatternAddString(pattern, FC_LANG, reinterpret_cast<const FcChar8*>("zh-cn"));
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    if (FcPattern* match = FcFontMatch(nullptr, pattern, &result)) {
        FcChar8* file = nullptr;
        if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch)
            found.path = reinterpret_cast<const char*>(file);
        FcPatternGetInteger(match, FC_INDEX, 0, &found.index);
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pattern);
    return found;
}

} // namespace

osg::ref_ptr<osgText::Font> cjkFont()
{
    static osg::ref_ptr<osgText::Font> font;
    static std::once_flag once;
    std::call_once(once, [] {
        const FontFile file = findFont("Noto Sans CJK SC");
        if (file.path.empty())
            return;
        // A .ttc holds several faces; fontconfig says which one is Simplified Chinese.
        osg::ref_ptr<osgDB::Options> options = new osgDB::Options("index=" + std::to_string(file.index));
        font = osgText::readRefFontFile(file.path, options.get());
    });
    return font;
}

} // namespace shegong::map
