#include "shegong/exchange/spreadsheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <xlsxwriter.h>

namespace shegong::exchange {
namespace {

struct WriterText {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
};

//! Excel's rules for a sheet name: at most 31 characters, none of []:*?/\.
QString sheetName(const QString& name, int index)
{
    QString n = name;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        n.replace(c, u'_');
    n = n.left(31);
    return n.isEmpty() ? QStringLiteral("Sheet%1").arg(index + 1) : n;
}

} // namespace

core::Result<void> writeXlsx(const QString& path, const std::vector<XlsxSheet>& sheets)
{
    const QByteArray file = QFileInfo(path).absoluteFilePath().toUtf8();
    lxw_workbook* book = workbook_new(file.constData());
    if (!book)
        return core::Error{QStringLiteral("file"), WriterText::tr("Cannot write %1").arg(path)};
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xDCE2EB);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    for (size_t s = 0; s < sheets.size(); ++s) {
        const XlsxSheet& sheet = sheets[s];
        lxw_worksheet* ws = workbook_add_worksheet(book, sheetName(sheet.name, int(s)).toUtf8().constData());
        std::vector<size_t> widths(size_t(sheet.header.size()), 8);
        const auto note = [&](size_t column, const QString& text) {
            if (column >= widths.size())
                widths.resize(column + 1, 8);
            // A Han character is about two columns wide.
            size_t w = 0;
            for (QChar c : text)
                w += c.unicode() > 0x2E80 ? 2 : 1;
            widths[column] = std::min<size_t>(60, std::max(widths[column], w + 2));
        };
        for (int c = 0; c < sheet.header.size(); ++c) {
            worksheet_write_string(ws, 0, lxw_col_t(c), sheet.header[c].toUtf8().constData(), bold);
            note(size_t(c), sheet.header[c]);
        }
        worksheet_freeze_panes(ws, 1, 0);
        for (size_t r = 0; r < sheet.rows.size(); ++r)
            for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
                const QVariant& v = sheet.rows[r][c];
                const auto row = lxw_row_t(r + 1);
                const auto col = lxw_col_t(c);
                switch (v.typeId()) {
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::Double:
                    worksheet_write_number(ws, row, col, v.toDouble(), nullptr);
                    note(c, v.toString());
                    break;
                case QMetaType::QDate: {
                    const QDate d = v.toDate();
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(ws, row, col, &dt, date);
                    note(c, QStringLiteral("2026-01-01"));
                    break;
                }
                default:
                    if (!v.isNull() && !v.toString().isEmpty()) {
                        worksheet_write_string(ws, row, col, v.toString().toUtf8().constData(), nullptr);
                        note(c, v.toString());
                    }
                }
            }
        for (size_t c = 0; c < widths.size(); ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), double(widths[c]), nullptr);
    }
    if (workbook_close(book) != LXW_NO_ERROR)
        return core::Error{QStringLiteral("file"), WriterText::tr("Cannot write %1").arg(path)};
    return {};
}

} // namespace shegong::exchange
