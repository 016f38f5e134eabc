#pragma once

#include "shegong/core/work/workloadreport.h"

class QPagedPaintDevice;

namespace shegong::report {

/*! Paints the monthly workload report on a paged device (QPdfWriter, QPrinter): A4 portrait, the
    subdistrict, scope and month on every page, page numbers, table rows never split across pages
    (the header row repeats), a chart of households visited against the quota, the fairness flags,
    and the signature lines 制表人 / 审核人 / 日期. Returns the number of pages. */
int paintWorkloadReport(const core::WorkloadReport& report, QPagedPaintDevice& device);

//! The same document as a PDF file.
core::Result<int> writeWorkloadPdf(const core::WorkloadReport& report, const QString& path);

} // namespace shegong::report
