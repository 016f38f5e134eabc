#pragma once

#include "shegong/core/work/handover.h"

class QPagedPaintDevice;

namespace shegong::report {

/*! Paints an area's handover dossier (片区交接清单) on a paged device: the area and its worker history,
    the three leaders, open events (overdue in red), special-group residents, every household with its
    last visit, and the signature lines 移交人 / 接收人 / 监交人. Marked confidential on every page.
    Returns the number of pages. */
int paintHandoverDossier(const core::HandoverDossier& dossier, QPagedPaintDevice& device);

//! The same document as a PDF file.
core::Result<int> writeHandoverPdf(const core::HandoverDossier& dossier, const QString& path);

} // namespace shegong::report
