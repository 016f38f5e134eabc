#pragma once

#include <QString>
#include <QStringList>

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

//! A CSV line of fields (each through csvField), ending in CRLF.
inline QString csvLine(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& f : fields)
        quoted << csvField(f);
    return quoted.join(u',') + QStringLiteral("\r\n");
}

//! The start of a CSV file for Chinese Excel and WPS: the UTF-8 byte order mark, then the header line.
inline QString csvStart(const QStringList& header)
{
    return QStringLiteral("\uFEFF") + csvLine(header);
}

} // namespace shegong::core
