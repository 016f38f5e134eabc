#pragma once

#include "shegong/core/base/result.h"
#include "shegong/core/mediation/mediation.h"

class QPagedPaintDevice;

namespace shegong::report {

/*! The mediation agreement (调解协议书): the case number, the parties by role (ID numbers masked),
    the facts, the agreed terms and payment schedule, the signatures of every party and the mediators,
    and the place for the committee's seal. Returns the pages; nothing is painted for a case without
    an agreement. */
int paintAgreement(const core::CaseDetail& detail, const QString& placeName, QPagedPaintDevice& device);
core::Result<int> writeAgreementPdf(const core::CaseDetail& detail, const QString& placeName,
                                    const QString& path);

} // namespace shegong::report
