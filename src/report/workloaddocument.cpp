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

/*! A bar per worker (households visited), coloured by whether the quota was met, the quota as a
    dashed line; the name under every bar (turned upright when the bars are narrow) and the figure
    on top. */
void visitsChart(Pages& pages, const DocumentFonts& fonts,
                 const std::vector<const core::WorkerWorkload*>& workers, int quota, const QString& heading)
{
    const auto mm = [&](double v) { return pages.mm(v); };
    const double left = pages.left(), right = pages.right();
    const double chartHeight = mm(52);
    pages.skip(mm(3));
    const double chartTop = pages.take(chartHeight + mm(16));
    QPainter* painter = pages.painter();
    if (!painter || workers.empty())
        return;
    painter->save();
    painter->setFont(fonts.bold);
    painter->drawText(QRectF(left, chartTop, right - left, mm(6)), Qt::AlignLeft, heading);
    const double base = chartTop + mm(8) + chartHeight - mm(4);
    int highest = quota;
    for (const auto* w : workers)
        highest = std::max(highest, w->householdsVisited);
    const double scale = (chartHeight - mm(10)) / highest;
    const double step = std::min(mm(24), (right - left - mm(22)) / double(workers.size()));
    const bool upright = step < mm(12);
    QFont small = fonts.body;
    if (small.pixelSize() > 0)
        small.setPixelSize(int(small.pixelSize() * 0.85));
    else
        small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    for (size_t i = 0; i < workers.size(); ++i) {
        const auto& w = *workers[i];
        const double x = left + i * step;
        const double h = w.householdsVisited * scale;
        const QRectF bar(x + step * 0.15, base - h, step * 0.7, h);
        painter->fillRect(bar, w.quotaMet ? QColor(88, 140, 200) : QColor(225, 140, 60));
        painter->drawText(QRectF(x, bar.top() - mm(4.5), step, mm(4)), Qt::AlignHCenter | Qt::AlignBottom,
                          QString::number(w.householdsVisited));
        if (!upright) {
            painter->drawText(QRectF(x, base + mm(0.5), step, mm(5)), Qt::AlignHCenter | Qt::AlignTop,
                              w.name);
            continue;
        }
        painter->save();
        painter->translate(x + step / 2, base + mm(0.5));
        painter->rotate(90);
        painter->drawText(QRectF(0, -step / 2, mm(11), step), Qt::AlignLeft | Qt::AlignVCenter, w.name);
        painter->restore();
    }
    const double end = left + step * workers.size();
    painter->setPen(QPen(QColor(200, 40, 40), mm(0.4), Qt::DashLine));
    const double quotaY = base - quota * scale;
    painter->drawLine(QPointF(left, quotaY), QPointF(end, quotaY));
    painter->setPen(Qt::black);
    painter->drawLine(QPointF(left, base), QPointF(end, base));
    painter->setFont(fonts.body);
    painter->drawText(QRectF(end + mm(1), quotaY - mm(2.5), mm(30), mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
                      DocumentText::tr("quota %1").arg(quota));
    painter->restore();
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
                    {DocumentText::tr("Community"), 17},
                    {DocumentText::tr("Areas"), 19},
                    {DocumentText::tr("In charge"), 14, Qt::AlignRight},
                    {DocumentText::tr("Visited (floating)"), 20, Qt::AlignRight},
                    {DocumentText::tr("Visits"), 13, Qt::AlignRight},
                    {DocumentText::tr("Quota"), 10, Qt::AlignCenter},
                    {DocumentText::tr("Events opened/resolved"), 20, Qt::AlignRight},
                    {DocumentText::tr("Overdue"), 12, Qt::AlignRight},
                    // Mediation, one of the six duties: consultations / cases opened / mediated / concluded.
                    {DocumentText::tr("Mediation c/o/m/c"), 23, Qt::AlignRight},
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
            QStringLiteral("%1/%2/%3/%4")
                .arg(w.mediation.consultations)
                .arg(w.mediation.casesOpened)
                .arg(w.mediation.casesAttended)
                .arg(w.mediation.casesConcluded),
            total ? QString() : QString::number(w.score, 'f', 1)};
    };
    table.begin();
    for (const core::WorkerWorkload& w : r.workers)
        table.row(cellsOf(w, false));
    for (const core::WorkerWorkload& t : r.totals)
        table.row(cellsOf(t, true), Table::Style::Shaded);

    // How the score is made, so that two equal scores can be told apart by whoever signs.
    const double legendTop = pages.take(mm(16));
    if (painter) {
        painter->setFont(body);
        painter->drawText(
            QRectF(left, legendTop + mm(1), right - left, mm(15)), Qt::AlignLeft | Qt::TextWordWrap,
            DocumentText::tr(
                "Score = %1 × households visited ÷ %2 (at most %1) + %3 × events resolved ÷ opened "
                "(%3 when none were opened) + %4 × (1 − overdue events ÷ 5, at least 0)")
                    .arg(r.rules.visitWeight)
                    .arg(r.rules.householdQuota)
                    .arg(r.rules.resolvedWeight)
                    .arg(r.rules.overdueWeight) +
                QLatin1Char('\n') +
                DocumentText::tr("Mediation c/o/m/c = consultations received / cases opened / cases mediated "
                                 "with a session in the month / cases concluded (agreement, litigation or "
                                 "withdrawal)."));
    }

    // Charts: households visited per worker against the quota line, one per community so that every
    // bar keeps its name under it even for the whole subdistrict's 108 workers.
    std::vector<std::pair<QString, std::vector<const core::WorkerWorkload*>>> communities;
    for (const core::WorkerWorkload& w : r.workers) {
        if (communities.empty() || communities.back().first != w.community)
            communities.push_back({w.community, {}});
        communities.back().second.push_back(&w);
    }
    for (const auto& [community, workers] : communities) {
        const QString heading =
            communities.size() == 1
                ? DocumentText::tr("Households visited per worker (line: quota)")
                : DocumentText::tr("%1: households visited per worker (line: quota)").arg(community);
        visitsChart(pages, fonts, workers, r.rules.householdQuota, heading);
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
