#pragma once

#include "shegong/core/base/result.h"
#include "shegong/core/mediation/mediation.h"

class QPagedPaintDevice;

namespace shegong::report {

/*! The cover of a mediation case file (人民调解卷宗封面) and its list of contents (卷内目录): the
    committee, the number trail, the dispute, parties and mediators by name, intake and closing days,
    the outcome and judicial confirmation; then every document of the file with its date, and blank
    lines for whoever files it (立卷人, 归档日期, 保管期限). No ID numbers, phones or the dispute's text:
    a cover is read by whoever handles the archive. */
int paintCaseFileCover(const core::CaseDetail& detail, QPagedPaintDevice& device);
core::Result<int> writeCaseFileCoverPdf(const core::CaseDetail& detail, const QString& path);

} // namespace shegong::report
