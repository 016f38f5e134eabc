#include "shegong/ui/mediation/casedocumentsmenu.h"

#include "shegong/core/mediation/mediationservice.h"
#include "shegong/report/agreementdocument.h"
#include "shegong/report/casefilecover.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace shegong::ui {
namespace {

struct MenuText {
    Q_DECLARE_TR_FUNCTIONS(CaseDocumentsMenu)
};

QString nameOf(CaseDocument document)
{
    switch (document) {
    case CaseDocument::IntakeForm:
        return MenuText::tr("Intake form");
    case CaseDocument::Agreement:
        return MenuText::tr("Mediation agreement");
    case CaseDocument::FileCover:
        return MenuText::tr("Case file cover");
    }
    return {};
}

core::Result<core::CaseDetail> caseFor(const core::Access& access, core::Id caseId, CaseDocument document)
{
    if (!caseId)
        return core::Error{QStringLiteral("case"), MenuText::tr("Choose a case first")};
    auto detail = core::MediationService(access).caseDetail(caseId);
    if (detail && document == CaseDocument::Agreement && !detail->agreement)
        return core::Error{QStringLiteral("case"), MenuText::tr("The case has no agreement yet")};
    return detail;
}

int paint(CaseDocument document, const core::CaseDetail& d, QPagedPaintDevice& device)
{
    switch (document) {
    case CaseDocument::IntakeForm:
        return report::paintIntakeForm(d, device);
    case CaseDocument::Agreement:
        return report::paintAgreement(d, d.summary.placeName, device);
    case CaseDocument::FileCover:
        return report::paintCaseFileCover(d, device);
    }
    return 0;
}

core::Result<int> write(CaseDocument document, const core::CaseDetail& d, const QString& path)
{
    switch (document) {
    case CaseDocument::IntakeForm:
        return report::writeIntakeFormPdf(d, path);
    case CaseDocument::Agreement:
        return report::writeAgreementPdf(d, d.summary.placeName, path);
    case CaseDocument::FileCover:
        return report::writeCaseFileCoverPdf(d, path);
    }
    return 0;
}

} // namespace

core::Result<int> writeCaseDocument(const core::Access& access, core::Id caseId, CaseDocument document,
                                    const QString& path)
{
    const auto detail = caseFor(access, caseId, document);
    if (!detail)
        return detail.error();
    return write(document, detail.value(), path);
}

QMenu* caseDocumentsMenu(const core::Access& access, std::function<core::Id()> currentCase,
                         std::function<void(const QString&)> say, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    for (CaseDocument document :
         {CaseDocument::IntakeForm, CaseDocument::Agreement, CaseDocument::FileCover}) {
        menu->addAction(MenuText::tr("%1: print preview…").arg(nameOf(document)), parent, [=, &access] {
            const auto detail = caseFor(access, currentCase(), document);
            if (!detail)
                return say(detail.error().message);
            QPrinter printer(QPrinter::HighResolution);
            printer.setPageSize(QPageSize(QPageSize::A4));
            printer.setPageMargins(QMarginsF(0, 0, 0, 0));
            printer.setDocName(QStringLiteral("%1-%2").arg(nameOf(document), detail->summary.number));
            QPrintPreviewDialog preview(&printer, parent);
            QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, parent,
                             [&](QPrinter* p) { paint(document, detail.value(), *p); });
            preview.exec();
        });
        menu->addAction(MenuText::tr("%1: PDF…").arg(nameOf(document)), parent, [=, &access] {
            const core::Id caseId = currentCase();
            const auto detail = caseFor(access, caseId, document);
            if (!detail)
                return say(detail.error().message);
            const QString path = QFileDialog::getSaveFileName(
                parent, nameOf(document),
                QStringLiteral("%1-%2.pdf").arg(nameOf(document), detail->summary.number),
                MenuText::tr("PDF (*.pdf)"));
            if (path.isEmpty())
                return;
            const auto written = write(document, detail.value(), path);
            say(written ? MenuText::tr("Wrote %1").arg(path) : written.error().message);
        });
    }
    return menu;
}

} // namespace shegong::ui
