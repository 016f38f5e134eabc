#pragma once

#include <QString>

namespace shegong::core {

/*! Pinyin initials of a Chinese name, lower case ("朱学军" -> "zxj"). Uses the order of GB2312's
    level-1 characters (the 3,755 common ones, sorted by pinyin) through glibc's iconv, so no table
    ships with us; rarer characters and non-Chinese letters give '?' and themselves. */
QString pinyinInitials(const QString& text);

} // namespace shegong::core
