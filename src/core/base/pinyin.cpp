#include "shegong/core/base/pinyin.h"

#include <QHash>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace shegong::core {
namespace {

/*! One Han character's syllable (or the character itself, lower case), through ICU; remembered per
    thread because a district has a few thousand characters and a million names. */
QString syllableOf(char32_t c)
{
    thread_local QHash<char32_t, QString> known;
    if (const auto it = known.constFind(c); it != known.cend())
        return *it;
    thread_local std::unique_ptr<icu::Transliterator> toLatin = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    QString syllable = QString::fromUcs4(&c, 1).toLower();
    if (toLatin && c >= 0x80) {
        icu::UnicodeString text = icu::UnicodeString(UChar32(c));
        toLatin->transliterate(text);
        std::string ascii;
        text.toUTF8String(ascii);
        QString latin = QString::fromStdString(ascii).remove(u' ').remove(u'\'');
        if (!latin.isEmpty())
            syllable = latin;
    }
    known.insert(c, syllable);
    return syllable;
}

} // namespace

QString pinyinOf(const QString& text)
{
    QString result;
    for (char32_t c : text.toUcs4())
        result += syllableOf(c);
    return result;
}

QString pinyinInitials(const QString& text)
{
    QString result;
    for (char32_t c : text.toUcs4()) {
        const QString syllable = syllableOf(c);
        result += c < 0x80 ? syllable : syllable.left(1);
    }
    return result;
}

} // namespace shegong::core
