#pragma once

#include <QString>
#include <QStringList>

namespace shegong::core {

/*! The syllables of a name, lower case ASCII without tones ("曾学军" -> zeng, xue, jun): the surname
    as a surname is read (曾 zeng, 单 shan, 解 xie, 尉迟 yu chi…), every other Han character from
    ICU's Han–Latin transliteration, which knows them all (喆, 燊, 昇 and the rest of what GB2312
    lacks; a polyphone gets ICU's usual reading). Other characters are a syllable each, lower case. */
QStringList nameSyllables(const QString& name);

//! The syllables run together ("朱学军" -> "zhuxuejun"): the registry's sort key and full-pinyin search.
QString pinyinOf(const QString& name);

//! The first letter of each syllable ("朱学军" -> "zxj", "王Li" -> "wli").
QString pinyinInitials(const QString& name);

//! The syllables with a space between ("朱学军" -> "zhu xue jun"): stored, so SQL can match them.
QString pinyinSyllables(const QString& name);

/*! Whether `typed` spells the start of the name with each syllable given in full or by its start:
    "zxj", "zhuxuejun", "zhuxj" and "zhux" all find 朱学军. */
bool pinyinMatches(const QString& name, const QString& typed);
//! pinyinMatches on a name's syllables already known (nameSyllables).
bool syllablesMatch(const QStringList& syllables, const QString& typed);
/*! syllablesMatch as a regular expression over pinyinSyllables() (POSIX ERE, as PostgreSQL's `~`
    reads it): between two typed letters the syllable goes on, or its rest and the space are skipped
    ("zhuxj" -> ^z(?:[^ ]* )?h(?:[^ ]* )?u(?:[^ ]* )?x(?:[^ ]* )?j). `typed` is letters only. */
QString syllablesPattern(const QString& typed);

} // namespace shegong::core
