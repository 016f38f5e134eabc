#pragma once

#include <QRegularExpression>
#include <QString>

namespace shegong::test {

//! The text layer of a PDF (pdftotext -layout), NFKC-normalised; empty when poppler-utils is missing.
QString pdfText(const QString& pdf);

/*! A pattern matching `text` in pdftotext's output: Qt's PDF text layer maps glyphs shared with CJK
    radicals to the radical (一 -> U+2F00, 马 -> U+2EE2); NFKC undoes the Kangxi ones, and the radical
    supplement ones match any character here. */
QRegularExpression pdfPattern(const QString& text);

} // namespace shegong::test
