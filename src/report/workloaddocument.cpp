#include "shegong/report/workloaddocument.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <functional>

namespace shegong::report {
namespace {

struct DocumentText {
    Q_DECLARE_TR_FUNCTIONS(WorkloadDocument)
};

//! Lays out blocks top to bottom, starting a new page when a block would not fit.
class Pages {
public:
    Pages(QPainter* painter, QPagedPaintDevice& device, std::function<void(int)> decorate)
        : m_painter(painter), m_device(device), m_decorate(std::move(decorate))
    {
        m_mm = device.logicalDpiY() / 25.4;
        m_top = mm(24);
        m_bottom = device.height() - mm(16);
        m_y = m_top;
        m_decorate(m_page);
    }
    double mm(double v) const { return v * m_mm; }
    double width() const { return m_device.width(); }
    //! Makes room for a block of `height`; returns its top edge.
    double take(double height, const std::function<void()>& onNewPage = {})
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
    void skip(double height) { m_y += height; }
    int pages() const { return m_page; }

private:
    QPainter* m_painter;
    QPagedPaintDevice& m_device;
    std::function<void(int)> m_decorate;
    double m_mm = 1, m_top = 0, m_bottom = 0, m_y = 0;
    int m_page = 1;
};

QString monthTitle(const core::WorkloadReport& r)
{
    return DocumentText::tr("%1 year %2 month").arg(r.year).arg(r.month);
}

int paint(const core::WorkloadReport& r, QPagedPaintDevice& device, QPainter* painter, int totalPages)
{
    const double dpmm = device.logicalDpiY() / 25.4;
    const auto mm = [dpmm](double v) { return v * dpmm; };
    const double left = mm(14), right = device.width() - mm(14);
    // Latin and digits from DejaVu (clean text in the PDF), Chinese from Noto Sans CJK by fallback.
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    body.setPixelSize(int(mm(2.9)));
    QFont bold = body;
    bold.setBold(true);
    QFont title = bold;
    title.setPixelSize(int(mm(4.6)));

    const auto decorate = [&](int page) {
        if (!painter)
            return;
        painter->setFont(title);
        painter->drawText(QRectF(left, mm(8), right - left, mm(8)), Qt::AlignCenter,
                          DocumentText::tr("Monthly workload of the social workers"));
        painter->setFont(body);
        painter->drawText(
            QRectF(left, mm(16), right - left, mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
            r.scope == r.subdistrict
                ? DocumentText::tr("%1 · whole subdistrict · %2").arg(r.subdistrict, monthTitle(r))
                : DocumentText::tr("%1 · %2 · %3").arg(r.subdistrict, r.scope, monthTitle(r)));
        painter->drawText(QRectF(left, mm(16), right - left, mm(5)), Qt::AlignRight | Qt::AlignVCenter,
                          DocumentText::tr("Quota: %1 households a month").arg(r.rules.householdQuota));
        painter->drawText(QRectF(left, device.height() - mm(12), right - left, mm(6)), Qt::AlignCenter,
                          DocumentText::tr("Page %1 of %2").arg(page).arg(totalPages));
    };
    Pages pages(painter, device, decorate);

    // The table: columns in mm, a header row repeated on every page.
    struct Column {
        QString title;
        double width;
        Qt::Alignment align;
    };
    const std::vector<Column> columns{
        {DocumentText::tr("Worker"), 20, Qt::AlignLeft},
        {DocumentText::tr("Account"), 14, Qt::AlignLeft},
        {DocumentText::tr("Community"), 20, Qt::AlignLeft},
        {DocumentText::tr("Areas"), 28, Qt::AlignLeft},
        {DocumentText::tr("In charge"), 13, Qt::AlignRight},
        {DocumentText::tr("Visited (floating)"), 22, Qt::AlignRight},
        {DocumentText::tr("Visits"), 11, Qt::AlignRight},
        {DocumentText::tr("Quota"), 10, Qt::AlignCenter},
        {DocumentText::tr("Events opened/resolved"), 20, Qt::AlignRight},
        {DocumentText::tr("Overdue"), 10, Qt::AlignRight},
        {DocumentText::tr("Score"), 12, Qt::AlignRight},
    };
    const double rowHeight = mm(5.2);
    const auto drawRow = [&](double top, const QStringList& cells, bool header, bool shaded) {
        if (!painter)
            return;
        if (header || shaded)
            painter->fillRect(QRectF(left, top, right - left, rowHeight),
                              header ? QColor(220, 226, 235) : QColor(243, 245, 248));
        painter->setFont(header || shaded ? bold : body);
        double x = left;
        for (size_t c = 0; c < columns.size(); ++c) {
            const double w = mm(columns[c].width);
            const QString text =
                painter->fontMetrics().elidedText(cells.value(int(c)), Qt::ElideRight, int(w - mm(1.5)));
            painter->drawText(QRectF(x + mm(0.7), top, w - mm(1.4), rowHeight),
                              columns[c].align | Qt::AlignVCenter, text);
            x += w;
        }
        painter->setPen(QColor(200, 200, 200));
        painter->drawLine(QPointF(left, top + rowHeight), QPointF(right, top + rowHeight));
        painter->setPen(Qt::black);
    };
    QStringList headerCells;
    for (const Column& c : columns)
        headerCells << c.title;
    const auto cellsOf = [&](const core::WorkerWorkload& w, bool total) {
        int opened = 0, resolved = 0;
        for (size_t i = 0; i < core::kDutyCount; ++i) {
            opened += w.eventsOpened[i];
            resolved += w.eventsResolved[i];
        }
        return QStringList{
            total ? DocumentText::tr("Total") : w.name,
            total ? QString() : w.account,
            w.community,
            total ? QString() : w.areas.join(QStringLiteral("、")),
            QString::number(w.householdsInCharge),
            QStringLiteral("%1 (%2)").arg(w.householdsVisited).arg(w.floatingHouseholdsVisited),
            QString::number(w.visits),
            total ? QString() : (w.quotaMet ? DocumentText::tr("yes") : DocumentText::tr("no")),
            QStringLiteral("%1/%2").arg(opened).arg(resolved),
            QString::number(w.overdueEvents),
            total ? QString() : QString::number(w.score, 'f', 1)};
    };
    const auto repeatHeader = [&] { drawRow(pages.take(rowHeight), headerCells, true, false); };
    drawRow(pages.take(rowHeight), headerCells, true, false);
    for (const core::WorkerWorkload& w : r.workers)
        drawRow(pages.take(rowHeight, repeatHeader), cellsOf(w, false), false, false);
    for (const core::WorkerWorkload& t : r.totals)
        drawRow(pages.take(rowHeight, repeatHeader), cellsOf(t, true), false, true);

    // Chart: households visited per worker against the quota line.
    pages.skip(mm(6));
    const double chartHeight = mm(62);
    const double chartTop = pages.take(chartHeight + mm(10));
    if (painter && !r.workers.empty()) {
        painter->setFont(bold);
        painter->drawText(QRectF(left, chartTop, right - left, mm(6)), Qt::AlignLeft,
                          DocumentText::tr("Households visited per worker (line: quota)"));
        const double base = chartTop + mm(8) + chartHeight - mm(4);
        int highest = r.rules.householdQuota;
        for (const auto& w : r.workers)
            highest = std::max(highest, w.householdsVisited);
        const double scale = (chartHeight - mm(10)) / highest;
        const double step = (right - left) / double(r.workers.size());
        for (size_t i = 0; i < r.workers.size(); ++i) {
            const auto& w = r.workers[i];
            const double h = w.householdsVisited * scale;
            painter->fillRect(QRectF(left + i * step + step * 0.15, base - h, step * 0.7, h),
                              w.quotaMet ? QColor(88, 140, 200) : QColor(225, 140, 60));
        }
        painter->setPen(QPen(QColor(200, 40, 40), mm(0.4), Qt::DashLine));
        const double quotaY = base - r.rules.householdQuota * scale;
        painter->drawLine(QPointF(left, quotaY), QPointF(right, quotaY));
        painter->setPen(Qt::black);
        painter->drawLine(QPointF(left, base), QPointF(right, base));
        painter->setFont(body);
        painter->drawText(QRectF(left, quotaY - mm(5), mm(40), mm(5)), Qt::AlignLeft,
                          DocumentText::tr("quota %1").arg(r.rules.householdQuota));
    }

    // Fairness flags, for the director to look at.
    pages.skip(mm(2));
    const double flagsTitle = pages.take(rowHeight);
    if (painter) {
        painter->setFont(bold);
        painter->drawText(
            QRectF(left, flagsTitle, right - left, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
            DocumentText::tr("For review (%1): late entries, repeated visits, bursts").arg(r.flags.size()));
    }
    for (const core::FairnessFlag& f : r.flags) {
        const double top = pages.take(rowHeight);
        if (painter) {
            painter->setFont(body);
            painter->drawText(QRectF(left + mm(4), top, right - left - mm(4), rowHeight),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              QStringLiteral("%1 · %2 · %3").arg(f.account, f.kind, f.detail));
        }
    }

    // Signatures.
    pages.skip(mm(8));
    const double signTop = pages.take(mm(14));
    if (painter) {
        painter->setFont(body);
        const double third = (right - left) / 3;
        const QStringList labels{DocumentText::tr("Prepared by:"), DocumentText::tr("Reviewed by:"),
                                 DocumentText::tr("Date:")};
        for (int i = 0; i < 3; ++i) {
            painter->drawText(QRectF(left + i * third, signTop, third, mm(7)),
                              Qt::AlignLeft | Qt::AlignBottom, labels[i]);
            painter->drawLine(QPointF(left + i * third + mm(18), signTop + mm(7)),
                              QPointF(left + (i + 1) * third - mm(6), signTop + mm(7)));
        }
    }
    return pages.pages();
}

} // namespace

int paintWorkloadReport(const core::WorkloadReport& report, QPagedPaintDevice& device)
{
    // First a dry run to count the pages, so every footer can say "page x of y".
    const int total = paint(report, device, nullptr, 0);
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    paint(report, device, &painter, total);
    return total;
}

core::Result<int> writeWorkloadPdf(const core::WorkloadReport& report, const QString& path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(300);
    pdf.setTitle(DocumentText::tr("Monthly workload %1").arg(monthTitle(report)));
    pdf.setCreator(QStringLiteral("shegong"));
    const int pages = paintWorkloadReport(report, pdf);
    if (pages <= 0)
        return core::Error{QStringLiteral("file"), DocumentText::tr("Cannot write %1").arg(path)};
    return pages;
}

} // namespace shegong::report
