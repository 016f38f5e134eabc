#pragma once

#include "shegong/core/base/result.h"
#include "shegong/core/mediation/mediation.h"

class QPagedPaintDevice;

namespace shegong::report {

// The mediation case's documents: the agreement the parties sign and the intake form.

/*! The mediation agreement (调解协议书): the case number, the parties by role (ID numbers masked),
    the facts, the agreed terms and payment schedule, the signatures of every party and the mediators,
    and the place for the committee's seal. Returns the pages; nothing is painted for a case without
    an agreement. */
int paintAgreement(const core::CaseDetail& detail, const QString& placeName, QPagedPaintDevice& device);
core::Result<int> writeAgreementPdf(const core::CaseDetail& detail, const QString& placeName,
                                    const QString& path);

/*! The intake form (受理登记表) of a case: number, intake day, source, category, kind, amount, the parties
    (ID numbers and phones masked), the dispute in short, the mediators, and the registrar's signature. */
int paintIntakeForm(const core::CaseDetail& detail, QPagedPaintDevice& device);
core::Result<int> writeIntakeFormPdf(const core::CaseDetail& detail, const QString& path);

} // namespace shegong::report
