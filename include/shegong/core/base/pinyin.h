#pragma once

#include <QString>

namespace shegong::core {

/*! The pinyin of a name, lower case ASCII syllables without tones or spaces ("朱学军" -> "zhuxuejun"):
    the registry's sort key and full-pinyin search. From ICU's Han–Latin transliteration, which knows
    every Han character (喆, 燊, 昇 and the rest of what GB2312 lacks); a polyphone gets ICU's usual
    reading. Letters that are not Han stay as they are, lower case. */
QString pinyinOf(const QString& text);

/*! Pinyin initials of a Chinese name, lower case ("朱学军" -> "zxj"): the first letter of each Han
    character's syllable; other letters stay themselves ("王Li" -> "wli"). */
QString pinyinInitials(const QString& text);

} // namespace shegong::core
