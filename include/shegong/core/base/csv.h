#pragma once

#include <QString>

namespace shegong::core {

//! One CSV field per RFC 4180: quoted (with doubled quotes) when it holds a comma, quote or newline.
inline QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

} // namespace shegong::core
