#pragma once

// The office's tables as Excel workbooks: the monthly workload report, a handover dossier, a list as
// the screen shows it. Every export is audited (what, the format, the rows; never a value).

#include "shegong/exchange/spreadsheet.h"

namespace shegong::core {
class Access;
struct HandoverDossier;
struct ResidentQuery;
struct WorkloadReport;
} // namespace shegong::core

namespace shegong::exchange {

//! The report's figures (each worker, then the totals) and its review flags, as two sheets.
core::Result<void> writeWorkloadXlsx(const core::Access& access, const core::WorkloadReport& report,
                                     const QString& path);
//! The dossier's tables: assignments, households, special groups (only when shown), open events.
core::Result<void> writeHandoverXlsx(const core::Access& access, const core::HandoverDossier& dossier,
                                     const QString& path);
/*! The registry's current view (its query) as the screen shows it: in the session's scope, ID numbers
    and phones masked by core (a reveal is never bulk). Needs ExportData; audited with the row count. */
core::Result<void> writeResidentsXlsx(const core::Access& access, const core::ResidentQuery& query,
                                      const QString& path);

//! An import's problems (and warnings) as a sheet the office corrects and imports again.
XlsxSheet problemSheet(const core::ImportPlan& plan);

} // namespace shegong::exchange
