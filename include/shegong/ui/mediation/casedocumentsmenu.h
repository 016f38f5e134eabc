#pragma once

#include "shegong/core/security/access.h"

#include <functional>

class QMenu;
class QWidget;

namespace shegong::ui {

enum class CaseDocument { IntakeForm, Agreement, FileCover };

/*! The documents of the case `currentCase()` names: the intake form, the agreement and the case file
    cover, each in a print preview (A4, as printed) or saved as a PDF. Each opens the case anew (an
    audited read, refused without the right to read it); `say` reports what happened. */
QMenu* caseDocumentsMenu(const core::Access& access, std::function<core::Id()> currentCase,
                         std::function<void(const QString&)> say, QWidget* parent);

//! Writes one document of a case as a PDF (what the menu's "PDF…" entries do, without the file dialog).
core::Result<int> writeCaseDocument(const core::Access& access, core::Id caseId, CaseDocument document,
                                    const QString& path);

} // namespace shegong::ui
