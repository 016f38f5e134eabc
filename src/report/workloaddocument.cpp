#include "shegong/report/workloaddocument.h"

#include "pagelayout.h"
#include "shegong/core/base/displaynames.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

namespace shegong::report {
namespace {

struct DocumentText {
    Q_DECLARE_TR_FUNCTIONS(WorkloadDocument)
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
    const DocumentFonts fonts(dpmm);
    const QFont &body = fonts.body, &bold = fonts.bold, &title = fonts.title;

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

    // The table, its header row repeated on every page.
    Table table(pages, fonts,
                {
                    // No account column: a signed paper names people, not logins.
                    {DocumentText::tr("Worker"), 20},
                    {DocumentText::tr("Community"), 20},
                    {DocumentText::tr("Areas"), 24},
                    {DocumentText::tr("In charge"), 17, Qt::AlignRight},
                    {DocumentText::tr("Visited (floating)"), 24, Qt::AlignRight},
                    {DocumentText::tr("Visits"), 15, Qt::AlignRight},
                    {DocumentText::tr("Quota"), 10, Qt::AlignCenter},
                    {DocumentText::tr("Events opened/resolved"), 26, Qt::AlignRight},
                    {DocumentText::tr("Overdue"), 12, Qt::AlignRight},
                    {DocumentText::tr("Score"), 12, Qt::AlignRight},
                });
    const double rowHeight = mm(5.2);
    const auto cellsOf = [&](const core::WorkerWorkload& w, bool total) {
        int opened = 0, resolved = 0;
        for (size_t i = 0; i < core::kDutyCount; ++i) {
            opened += w.eventsOpened[i];
            resolved += w.eventsResolved[i];
        }
        return QStringList{
            total ? DocumentText::tr("Total") : w.name,
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
    table.begin();
    for (const core::WorkerWorkload& w : r.workers)
        table.row(cellsOf(w, false));
    for (const core::WorkerWorkload& t : r.totals)
        table.row(cellsOf(t, true), Table::Style::Shaded);

    // How the score is made, so that two equal scores can be told apart by whoever signs.
    const double legendTop = pages.take(mm(10));
    if (painter) {
        painter->setFont(body);
        painter->drawText(
            QRectF(left, legendTop + mm(1), right - left, mm(9)), Qt::AlignLeft | Qt::TextWordWrap,
            DocumentText::tr(
                "Score = %1 × households visited ÷ %2 (at most %1) + %3 × events resolved ÷ opened "
                "(%3 when none were opened) + %4 × (1 − overdue events ÷ 5, at least 0)")
                .arg(r.rules.visitWeight)
                .arg(r.rules.householdQuota)
                .arg(r.rules.resolvedWeight)
                .arg(r.rules.overdueWeight));
    }

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
        // Every bar says whose it is and how many: the name under it, the figure on top (when a
        // community's eight fit; the whole subdistrict's 108 are read from the table).
        const bool labelled = step >= mm(8);
        QFont small = body;
        if (body.pixelSize() > 0)
            small.setPixelSize(int(body.pixelSize() * 0.85));
        else
            small.setPointSizeF(body.pointSizeF() * 0.85);
        painter->setFont(small);
        for (size_t i = 0; i < r.workers.size(); ++i) {
            const auto& w = r.workers[i];
            const double h = w.householdsVisited * scale;
            const QRectF bar(left + i * step + step * 0.15, base - h, step * 0.7, h);
            painter->fillRect(bar, w.quotaMet ? QColor(88, 140, 200) : QColor(225, 140, 60));
            if (!labelled)
                continue;
            painter->drawText(QRectF(left + i * step, base + mm(0.5), step, mm(5)),
                              Qt::AlignHCenter | Qt::AlignTop, w.name);
            painter->drawText(QRectF(left + i * step, bar.top() - mm(4.5), step, mm(4)),
                              Qt::AlignHCenter | Qt::AlignBottom, QString::number(w.householdsVisited));
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
            painter->drawText(
                QRectF(left + mm(4), top, right - left - mm(4), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                DocumentText::tr("%1 · %2: %3").arg(f.worker, core::fairnessFlagName(f.kind), f.detail));
        }
    }

    signatureRow(
        pages, fonts,
        {DocumentText::tr("Prepared by:"), DocumentText::tr("Reviewed by:"), DocumentText::tr("Date:")});
    return pages.pages();
}

} // namespace

int paintWorkloadReport(const core::WorkloadReport& report, QPagedPaintDevice& device)
{
    return paintCounted(device,
                        [&](QPainter* painter, int total) { return paint(report, device, painter, total); });
}

core::Result<int> writeWorkloadPdf(const core::WorkloadReport& report, const QString& path)
{
    return writePdf(path, DocumentText::tr("Monthly workload %1").arg(monthTitle(report)),
                    [&](QPagedPaintDevice& pdf) { return paintWorkloadReport(report, pdf); });
}

} // namespace shegong::report
