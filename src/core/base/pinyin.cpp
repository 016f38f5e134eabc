#include "shegong/core/base/pinyin.h"

#include <QHash>
#include <QStringList>
#include <algorithm>
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

/*! Surnames read otherwise than the character's usual reading (曾 is zeng, not ceng; 单 shan, 解 xie):
    a name's first characters are looked up here before ICU. Compound surnames first. */
struct SurnameReading {
    const char16_t* surname;
    const char* syllables; //!< space-separated, one per character
};
constexpr SurnameReading kSurnameReadings[] = {
    {u"尉迟", "yu chi"}, {u"万俟", "mo qi"}, {u"单于", "chan yu"}, {u"长孙", "zhang sun"}, {u"曾", "zeng"},
    {u"单", "shan"},     {u"解", "xie"},     {u"仇", "qiu"},       {u"区", "ou"},          {u"朴", "piao"},
    {u"查", "zha"},      {u"盖", "ge"},      {u"乐", "yue"},       {u"覃", "qin"},         {u"翟", "zhai"},
    {u"缪", "miao"},     {u"秘", "bi"},      {u"黑", "he"},        {u"折", "she"},         {u"繁", "po"},
    {u"种", "chong"},    {u"员", "yun"},     {u"召", "shao"},      {u"隗", "wei"},         {u"句", "gou"},
    {u"薄", "bo"},       {u"藏", "zang"},    {u"祭", "zhai"},      {u"都", "du"},          {u"能", "nai"},
    {u"阚", "kan"},      {u"便", "pian"},    {u"重", "chong"},
};

} // namespace

QStringList nameSyllables(const QString& name)
{
    QStringList syllables;
    QString rest = name;
    for (const SurnameReading& reading : kSurnameReadings) {
        const QString surname = QString::fromUtf16(reading.surname);
        if (name.startsWith(surname) && name.size() > surname.size()) {
            syllables = QString::fromLatin1(reading.syllables).split(u' ');
            rest = name.mid(surname.size());
            break;
        }
    }
    for (char32_t c : rest.toUcs4())
        syllables << syllableOf(c);
    return syllables;
}

QString pinyinOf(const QString& name)
{
    return nameSyllables(name).join(QString());
}

QString pinyinInitials(const QString& name)
{
    QString result;
    for (const QString& syllable : nameSyllables(name))
        result += syllable.left(1);
    return result;
}

QString pinyinSyllables(const QString& name)
{
    return nameSyllables(name).join(u' ');
}

bool pinyinMatches(const QString& name, const QString& typed)
{
    return syllablesMatch(nameSyllables(name), typed);
}

bool syllablesMatch(const QStringList& syllables, const QString& typed)
{
    const QString letters = typed.toLower();
    // Each syllable in turn takes a non-empty start of what is left to match ("zhuxj": zhu, x, j).
    const auto match = [&](auto&& self, qsizetype syllable, qsizetype at) -> bool {
        if (at == letters.size())
            return true;
        if (syllable == syllables.size())
            return false;
        const QString& s = syllables[syllable];
        for (qsizetype take = std::min(s.size(), letters.size() - at); take >= 1; --take)
            if (QStringView(letters).mid(at, take) == QStringView(s).left(take) &&
                self(self, syllable + 1, at + take))
                return true;
        return false;
    };
    return match(match, 0, 0);
}

QString syllablesPattern(const QString& typed)
{
    QString pattern = QStringLiteral("^");
    const QString letters = typed.toLower();
    for (qsizetype i = 0; i < letters.size(); ++i) {
        if (i > 0)
            pattern += QStringLiteral("(?:[^ ]* )?");
        pattern += letters[i];
    }
    return pattern;
}

} // namespace shegong::core
