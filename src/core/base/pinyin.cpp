#include "shegong/core/base/pinyin.h"

#include <QList>
#include <array>
#include <iconv.h>
#include <mutex>

namespace shegong::core {
namespace {

// First GB2312 code of each initial among the level-1 characters (B0A1-D7F9), in pinyin order.
struct Boundary {
    unsigned code;
    char initial;
};
constexpr std::array<Boundary, 23> kBoundaries{
    {{0xB0A1, 'a'}, {0xB0C5, 'b'}, {0xB2C1, 'c'}, {0xB4EE, 'd'}, {0xB6EA, 'e'}, {0xB7A2, 'f'},
     {0xB8C1, 'g'}, {0xB9FE, 'h'}, {0xBBF7, 'j'}, {0xBFA6, 'k'}, {0xC0AC, 'l'}, {0xC2E8, 'm'},
     {0xC4C3, 'n'}, {0xC5B6, 'o'}, {0xC5BE, 'p'}, {0xC6DA, 'q'}, {0xC8BB, 'r'}, {0xC8F6, 's'},
     {0xCBFA, 't'}, {0xCDDA, 'w'}, {0xCEF4, 'x'}, {0xD1B9, 'y'}, {0xD4D1, 'z'}}};
constexpr unsigned kLevelOneEnd = 0xD7F9;

char initialOf(char32_t c)
{
    static std::mutex lock;
    static iconv_t toGb = iconv_open("GB2312", "UTF-32LE");
    if (toGb == iconv_t(-1))
        return '?';
    char32_t in[1] = {c};
    char out[4] = {};
    char* inPtr = reinterpret_cast<char*>(in);
    char* outPtr = out;
    size_t inLeft = sizeof(in), outLeft = sizeof(out);
    {
        const std::lock_guard<std::mutex> guard(lock);
        iconv(toGb, nullptr, nullptr, nullptr, nullptr);
        if (iconv(toGb, &inPtr, &inLeft, &outPtr, &outLeft) == size_t(-1) || outPtr - out != 2)
            return '?';
    }
    const unsigned code =
        (unsigned(static_cast<unsigned char>(out[0])) << 8) | static_cast<unsigned char>(out[1]);
    if (code < kBoundaries.front().code || code > kLevelOneEnd)
        return '?';
    char initial = '?';
    for (const Boundary& b : kBoundaries)
        if (code >= b.code)
            initial = b.initial;
    return initial;
}

} // namespace

QString pinyinInitials(const QString& text)
{
    QString result;
    for (char32_t c : text.toUcs4()) {
        if (c < 0x80)
            result += QChar(char16_t(c)).toLower();
        else
            result += QLatin1Char(initialOf(c));
    }
    return result;
}

} // namespace shegong::core
