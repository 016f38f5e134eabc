#pragma once

// Files from and for the office's other programs: spreadsheets read through GDAL/OGR (its XLSX, XLS,
// ODS and CSV drivers), Excel workbooks written with libxlsxwriter.

#include "shegong/core/base/result.h"
#include "shegong/core/exchange/residentimport.h"

#include <QVariant>
#include <vector>

namespace shegong::exchange {

/*! One sheet of a spreadsheet as text, row for row as the file has them: .xlsx, .xls, .ods, or .csv
    in UTF-8 (with or without a BOM) or in GBK/GB18030 as Chinese Excel and WPS save it (detected).
    Numbers come as the file stores them (an ID number Excel took for a number reads 1.10105E+17: the
    importer names that). `sheet` empty: the first. */
core::Result<core::TextTable> readSpreadsheet(const QString& path, const QString& sheet = {});
//! The sheets of a workbook (one, named after the file, for a CSV).
core::Result<QStringList> sheetNames(const QString& path);
//! SHA-256 of a file, hex, for the import's audit record.
QByteArray fileSha256(const QString& path);

/*! A sheet to write: a header row (bold, frozen), then rows whose cells are text (QString), numbers
    (int, double) or dates (QDate). Text stays text: an ID number is never turned into a number. */
struct XlsxSheet {
    QString name;
    QStringList header;
    std::vector<std::vector<QVariant>> rows;
};
//! Writes an .xlsx workbook that Excel and WPS open; an error names the file when it cannot be written.
core::Result<void> writeXlsx(const QString& path, const std::vector<XlsxSheet>& sheets);

} // namespace shegong::exchange
