// Report figures: the subdistrict's monthly workload report (all 108 workers) to PDF (issue 6), and
// the handover dossier of the largest area, gathered and printed to PDF (issue 5).
#include "benchdistrict.h"
#include "core/storage/sql.h"
#include "shegong/core/work/workloadreport.h"
#include "shegong/report/handoverdocument.h"
#include "shegong/report/workloaddocument.h"

#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

using namespace shegong;

namespace {

void BM_WorkloadReportToPdf(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    QTemporaryDir dir;
    int pages = 0;
    for (auto _ : state) {
        const auto report = core::buildWorkloadReport(db, 2026, 10);
        pages = report::writeWorkloadPdf(report.value(), dir.filePath(QStringLiteral("report.pdf"))).value();
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_WorkloadReportToPdf)->Unit(benchmark::kMillisecond)->MinTime(2);

void BM_HandoverDossierToPdf(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    const core::Access access(db, bench::administratorSession(db));
    core::Statement largest =
        prepare(db, "SELECT b.area_id FROM buildings b JOIN dwellings d ON d.building_id = b.id"
                    " JOIN households h ON h.dwelling_id = d.id GROUP BY b.area_id"
                    " ORDER BY count(*) DESC LIMIT 1");
    largest.next();
    const core::Id area = largest.integer(0);
    largest.reset();
    QTemporaryDir dir;
    int pages = 0;
    size_t households = 0;
    for (auto _ : state) {
        const auto dossier = core::handoverDossier(access, area, QDate(2026, 11, 26));
        households = dossier->households.size();
        pages =
            report::writeHandoverPdf(dossier.value(), dir.filePath(QStringLiteral("dossier.pdf"))).value();
    }
    state.counters["pages"] = pages;
    state.counters["households"] = double(households);
}
BENCHMARK(BM_HandoverDossierToPdf)->Unit(benchmark::kMillisecond)->MinTime(2);

// Issue 18: print preview of a community's report (≤ 1 s): from opening the dialog until its pages are
// painted, the report built as the reports page builds it.
void BM_PrintPreviewCommunityReport(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    const core::Access access(db, bench::administratorSession(db));
    core::Statement first = prepare(db, "SELECT code FROM communities ORDER BY id LIMIT 1");
    first.next();
    const QString community = first.text(0);
    first.reset();
    int pages = 0;
    bench::timeEach(state, [&] {
        const auto report = core::buildWorkloadReport(access, 2026, 10, community);
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPrintPreviewDialog preview(&printer);
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested,
                         [&](QPrinter* p) { report::paintWorkloadReport(report.value(), *p); });
        preview.open();
        auto* widget = preview.findChild<QPrintPreviewWidget*>();
        while (widget->pageCount() == 0)
            QTest::qWait(1);
        pages = widget->pageCount();
        preview.close();
    });
    state.counters["pages"] = pages;
}
BENCHMARK(BM_PrintPreviewCommunityReport)->Unit(benchmark::kMillisecond)->Iterations(10);

} // namespace
