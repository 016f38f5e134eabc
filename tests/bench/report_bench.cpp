// Report figure (issue 6): the subdistrict's monthly workload report (all 108 workers) to PDF.
#include "benchdistrict.h"
#include "shegong/core/workloadreport.h"
#include "shegong/report/workloaddocument.h"

#include <QTemporaryDir>

using namespace shegong;

namespace {

void BM_WorkloadReportToPdf(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    QTemporaryDir dir;
    int pages = 0;
    for (auto _ : state) {
        const auto report = core::buildWorkloadReport(db, 2026, 10);
        pages = report::writeWorkloadPdf(report.value(), dir.filePath("report.pdf")).value();
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_WorkloadReportToPdf)->Unit(benchmark::kMillisecond)->MinTime(2);

} // namespace
