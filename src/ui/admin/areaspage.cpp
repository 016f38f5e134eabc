#include "shegong/ui/admin/areaspage.h"

#include "shegong/exchange/workbooks.h"
#include "shegong/report/handoverdocument.h"
#include "shegong/ui/admin/mapimportdialog.h"
#include "shegong/ui/admin/reassigndialog.h"
#include "shegong/ui/common/changes.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace shegong::ui {

AreasPage::AreasPage(const core::Access& access, core::AuthService& auth, QWidget* parent)
    : ListPage(parent), m_access(access), m_auth(auth), m_reassign(addButton(tr("Hand over…"))),
      m_print(addButton(tr("Handover dossier…"))), m_pdf(addButton(tr("Dossier as PDF…")))
{
    using Row = core::AreaRosterRow;
    const Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new RecordTableModel<Row>(
        {{tr("Area"), [](const Row& r) { return r.code; }},
         {tr("Name"), [](const Row& r) { return r.name; }},
         {tr("Community"), [](const Row& r) { return r.community; }},
         {tr("Social worker"),
          [](const Row& r) {
              return r.worker.isEmpty() ? tr("nobody") : QStringLiteral("%1 (%2)").arg(r.worker, r.account);
          }},
         {tr("Since"),
          [](const Row& r) { return r.since.isValid() ? r.since.toString(Qt::ISODate) : QString(); }},
         {tr("Next handover"),
          [](const Row& r) {
              return r.nextWorker.isEmpty()
                         ? QString()
                         : tr("to %1 from %2").arg(r.nextWorker, r.nextFrom.toString(Qt::ISODate));
          }},
         {tr("Households"), [](const Row& r) { return r.households; }, number},
         {tr("Open events"), [](const Row& r) { return r.openEvents; }, number}},
        this);
    setModel(m_model);
    connect(m_reassign, &QPushButton::clicked, this, &AreasPage::reassign);
    connect(m_print, &QPushButton::clicked, this, &AreasPage::printDossier);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const core::AreaRosterRow* row = selected();
        if (!row)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the handover dossier"), tr("handover-%1.pdf").arg(row->code),
            tr("PDF (*.pdf);;Excel workbook, its tables (*.xlsx)"));
        if (!path.isEmpty())
            saveDossier(path);
    });
    connect(table(), &QTableView::doubleClicked, this, &AreasPage::reassign);
    // The map itself: buildings from the surveying office's or a GIS's files (the administrator).
    auto* importMap = addButton(tr("Import the map…"));
    importMap->setVisible(access.may(core::Permission::EditDistrict));
    connect(importMap, &QPushButton::clicked, this, [this] {
        MapImportDialog dialog(m_access, this);
        dialog.exec();
    });
    reload();
    onChanges(this, access.database(), {core::ChangeKind::Assignment},
              [this](const core::Change&) { reload(); });
}

void AreasPage::reload()
{
    const int current = selectedRow();
    m_model->setRecords(core::areaRoster(m_access, m_access.today()));
    selectRow(current);
    fitColumns(5); // the coming handover takes the spare width
}

void AreasPage::selectionChanged()
{
    for (QPushButton* b : {m_reassign, m_print, m_pdf})
        b->setEnabled(selected() != nullptr);
}

const core::AreaRosterRow* AreasPage::selected() const
{
    return m_model->record(selectedRow());
}

void AreasPage::reassign()
{
    const core::AreaRosterRow* row = selected();
    if (!row)
        return;
    ReassignDialog dialog(m_auth, m_access, *row,
                          core::eligibleWorkers(m_access.database(), row->communityId), this);
    dialog.exec(); // the list reloads on the change, keeping the row
}

std::optional<core::HandoverDossier> AreasPage::selectedDossier()
{
    const core::AreaRosterRow* row = selected();
    if (!row)
        return std::nullopt;
    auto dossier = core::handoverDossier(m_access, row->areaId, m_access.today());
    if (!dossier) {
        QMessageBox::warning(this, tr("Handover dossier"), dossier.error().message);
        return std::nullopt;
    }
    return std::move(dossier.value());
}

void AreasPage::printDossier()
{
    const auto dossier = selectedDossier();
    if (!dossier)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(tr("Handover dossier %1").arg(dossier->areaCode));
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter* p) { report::paintHandoverDossier(*dossier, *p); });
    preview.exec();
}

bool AreasPage::saveDossier(const QString& path)
{
    const auto dossier = selectedDossier();
    if (!dossier)
        return false;
    std::optional<core::Error> failed;
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        if (auto written = exchange::writeHandoverXlsx(m_access, *dossier, path); !written)
            failed = written.error();
    } else if (auto written = report::writeHandoverPdf(*dossier, path); !written) {
        failed = written.error();
    }
    if (failed)
        QMessageBox::warning(this, tr("Handover dossier"), failed->message);
    return !failed;
}

} // namespace shegong::ui
