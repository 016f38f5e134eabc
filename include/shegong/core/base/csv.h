#pragma once

#include <QString>

namespace shegong::core {

//! One CSV field per RFC 4180: quoted (with doubled quotes) when it holds a comma, quote or newline.
inline QString csvField(QString text)
{
    // A cell starting like a formula (= + - @, or tab / CR that Excel strips first) is shown as text:
    // an auditor's spreadsheet must never run what a stranger typed at the login prompt.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

} // namespace shegong::core
