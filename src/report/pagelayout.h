#pragma once

// Shared by the printable documents: fonts, page flow with repeated headers, and table rows.
// Every document is painted twice: a dry run (no painter) counts the pages for "page x of y".

#include "shegong/core/base/result.h"

#include <QFont>
#include <QPageLayout>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace shegong::report {

//! Latin and digits from DejaVu (clean text in the PDF), Chinese from Noto Sans CJK by fallback.
struct DocumentFonts {
    explicit DocumentFonts(double dotsPerMm);
    QFont body, bold, title;
};

//! Lays out blocks top to bottom, starting a new page when a block would not fit.
class Pages {
public:
    Pages(QPainter* painter, QPagedPaintDevice& device, std::function<void(int)> decorate);
    double mm(double v) const { return v * m_mm; }
    double left() const { return mm(14); }
    double right() const;
    //! Makes room for a block of `height`; returns its top edge. `onNewPage` runs after a page break.
    double take(double height, const std::function<void()>& onNewPage = {});
    void skip(double height) { m_y += height; }
    int pages() const { return m_page; }
    QPainter* painter() const { return m_painter; }

private:
    QPainter* m_painter;
    QPagedPaintDevice& m_device;
    std::function<void(int)> m_decorate;
    double m_mm = 1, m_top = 0, m_bottom = 0, m_y = 0;
    int m_page = 1;
};

//! A table whose header row repeats on every page it runs over; rows never split.
class Table {
public:
    struct Column {
        QString title;
        double widthMm;
        Qt::Alignment align = Qt::AlignLeft;
    };
    enum class Style { Plain, Header, Shaded, Alert };

    Table(Pages& pages, const DocumentFonts& fonts, std::vector<Column> columns);
    //! Starts the table with its header row.
    void begin();
    void row(const QStringList& cells, Style style = Style::Plain);

private:
    void draw(double top, const QStringList& cells, Style style);
    double headerHeight() const;

    Pages& m_pages;
    const DocumentFonts& m_fonts;
    std::vector<Column> m_columns;
    double m_rowHeight;
};

//! A bold section title, kept on the page of the block that follows it.
void sectionTitle(Pages& pages, const DocumentFonts& fonts, const QString& text);

/*! A row of signature lines at the end of a document ("Prepared by: ____"), kept on one page with
    the space above it. */
void signatureRow(Pages& pages, const DocumentFonts& fonts, const QStringList& labels);

//! A4 portrait without margins (the documents draw their own).
inline QPageLayout portraitA4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
}

/*! Writes a document as a PDF at 300 dpi with its title (A4 portrait unless `layout` says otherwise):
    `paint` paints on the writer and returns the pages it used. An error names the file when nothing
    could be written. */
core::Result<int> writePdf(const QString& path, const QString& title,
                           const std::function<int(QPagedPaintDevice&)>& paint,
                           const QPageLayout& layout = portraitA4());

/*! Runs `paint(painter, totalPages)` twice on the device: once without a painter to count the pages,
    then for real. `paint` returns the pages it used. Returns the page count, 0 if the device fails. */
int paintCounted(QPagedPaintDevice& device, const std::function<int(QPainter*, int)>& paint);

} // namespace shegong::report
