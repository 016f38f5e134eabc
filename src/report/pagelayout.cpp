#include "pagelayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace shegong::report {

DocumentFonts::DocumentFonts(double dotsPerMm)
{
    body.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    body.setPixelSize(int(2.9 * dotsPerMm));
    bold = body;
    bold.setBold(true);
    title = bold;
    title.setPixelSize(int(4.6 * dotsPerMm));
}

Pages::Pages(QPainter* painter, QPagedPaintDevice& device, std::function<void(int)> decorate)
    : m_painter(painter), m_device(device), m_decorate(std::move(decorate))
{
    m_mm = device.logicalDpiY() / 25.4;
    m_top = mm(24);
    m_bottom = device.height() - mm(16);
    m_y = m_top;
    m_decorate(m_page);
}

double Pages::right() const
{
    return m_device.width() - mm(14);
}

double Pages::take(double height, const std::function<void()>& onNewPage)
{
    if (m_y + height > m_bottom) {
        if (m_painter)
            m_device.newPage();
        ++m_page;
        m_decorate(m_page);
        m_y = m_top;
        if (onNewPage)
            onNewPage();
    }
    const double top = m_y;
    m_y += height;
    return top;
}

Table::Table(Pages& pages, const DocumentFonts& fonts, std::vector<Column> columns)
    : m_pages(pages), m_fonts(fonts), m_columns(std::move(columns)), m_rowHeight(pages.mm(5.2))
{}

void Table::begin()
{
    QStringList titles;
    for (const Column& c : m_columns)
        titles << c.title;
    draw(m_pages.take(headerHeight()), titles, Style::Header);
}

double Table::headerHeight() const
{
    // A title wider than its column takes a second line rather than being cut. Pixel-sized fonts
    // measure the same with and without a painter, so both passes lay out alike.
    const QFontMetricsF metrics(m_fonts.bold);
    for (const Column& c : m_columns)
        if (metrics.horizontalAdvance(c.title) > m_pages.mm(c.widthMm - 1.5))
            return m_rowHeight * 1.8;
    return m_rowHeight;
}

void Table::row(const QStringList& cells, Style style)
{
    const double top = m_pages.take(m_rowHeight, [this] { begin(); });
    draw(top, cells, style);
}

void Table::draw(double top, const QStringList& cells, Style style)
{
    QPainter* painter = m_pages.painter();
    if (!painter)
        return;
    const bool header = style == Style::Header;
    const double height = header ? headerHeight() : m_rowHeight;
    const double left = m_pages.left(), right = m_pages.right();
    if (header || style == Style::Shaded)
        painter->fillRect(QRectF(left, top, right - left, height),
                          header ? QColor(220, 226, 235) : QColor(243, 245, 248));
    painter->setFont(style == Style::Plain ? m_fonts.body : m_fonts.bold);
    painter->setPen(style == Style::Alert ? QColor(179, 38, 30) : QColor(Qt::black));
    double x = left;
    for (size_t c = 0; c < m_columns.size(); ++c) {
        const double w = m_pages.mm(m_columns[c].widthMm);
        const QRectF cell(x + m_pages.mm(0.7), top, w - m_pages.mm(1.4), height);
        if (header)
            painter->drawText(cell, m_columns[c].align | Qt::AlignVCenter | Qt::TextWordWrap,
                              cells.value(int(c)));
        else
            painter->drawText(cell, m_columns[c].align | Qt::AlignVCenter,
                              painter->fontMetrics().elidedText(cells.value(int(c)), Qt::ElideRight,
                                                                int(w - m_pages.mm(1.5))));
        x += w;
    }
    painter->setPen(QColor(200, 200, 200));
    painter->drawLine(QPointF(left, top + height), QPointF(right, top + height));
    painter->setPen(Qt::black);
}

void sectionTitle(Pages& pages, const DocumentFonts& fonts, const QString& text)
{
    // Room for the title and two rows, so a title never ends a page alone.
    const double height = pages.mm(7);
    const double top = pages.take(height + pages.mm(10.4));
    pages.skip(-pages.mm(10.4));
    if (QPainter* painter = pages.painter()) {
        painter->setFont(fonts.bold);
        painter->drawText(QRectF(pages.left(), top, pages.right() - pages.left(), height),
                          Qt::AlignLeft | Qt::AlignBottom, text);
    }
}

int paintCounted(QPagedPaintDevice& device, const std::function<int(QPainter*, int)>& paint)
{
    const int total = paint(nullptr, 0);
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    paint(&painter, total);
    return total;
}

void signatureRow(Pages& pages, const DocumentFonts& fonts, const QStringList& labels)
{
    pages.skip(pages.mm(8));
    const double top = pages.take(pages.mm(14));
    QPainter* painter = pages.painter();
    if (!painter || labels.isEmpty())
        return;
    painter->setFont(fonts.body);
    const double share = (pages.right() - pages.left()) / double(labels.size());
    for (int i = 0; i < labels.size(); ++i) {
        const double x = pages.left() + i * share;
        const double labelWidth = painter->fontMetrics().horizontalAdvance(labels[i]) + pages.mm(2);
        painter->drawText(QRectF(x, top, share, pages.mm(7)), Qt::AlignLeft | Qt::AlignBottom, labels[i]);
        painter->drawLine(QPointF(x + labelWidth, top + pages.mm(7)),
                          QPointF(x + share - pages.mm(4), top + pages.mm(7)));
    }
}

core::Result<int> writePdf(const QString& path, const QString& title,
                           const std::function<int(QPagedPaintDevice&)>& paint, const QPageLayout& layout)
{
    QPdfWriter pdf(path);
    pdf.setPageLayout(layout);
    pdf.setResolution(300);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("shegong"));
    const int pages = paint(pdf);
    if (pages <= 0)
        return core::Error{QStringLiteral("file"),
                           QCoreApplication::translate("Report", "Cannot write %1").arg(path)};
    return pages;
}

} // namespace shegong::report
