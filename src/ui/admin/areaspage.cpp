#include "shegong/ui/admin/areaspage.h"

#include "shegong/report/handoverdocument.h"
#include "shegong/ui/admin/reassigndialog.h"
#include "shegong/ui/common/changes.h"
#include "shegong/ui/common/listtable.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shegong::ui {

AreasPage::AreasPage(const core::Access& access, core::AuthService& auth, QWidget* parent)
    : QWidget(parent), m_access(access), m_auth(auth), m_table(new QTableWidget),
      m_reassign(new QPushButton(tr("Hand over…"))), m_print(new QPushButton(tr("Handover dossier…"))),
      m_pdf(new QPushButton(tr("Dossier as PDF…")))
{
    makeListTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(false);
    const auto enable = [this] {
        for (QPushButton* b : {m_reassign, m_print, m_pdf})
            b->setEnabled(selected() != nullptr);
    };
    connect(m_table, &QTableWidget::itemSelectionChanged, this, enable);
    connect(m_reassign, &QPushButton::clicked, this, &AreasPage::reassign);
    connect(m_print, &QPushButton::clicked, this, &AreasPage::printDossier);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const core::AreaRosterRow* row = selected();
        if (!row)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the handover dossier"), tr("handover-%1.pdf").arg(row->code), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            saveDossier(path);
    });
    connect(m_table, &QTableWidget::doubleClicked, this, &AreasPage::reassign);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reassign);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    reload();
    enable();
    onChanges(this, access.database(), {core::ChangeKind::Assignment},
              [this](const core::Change&) { reload(); });
}

void AreasPage::reload()
{
    const QDate today = m_access.today();
    m_rows = core::areaRoster(m_access, today);
    const QStringList headers{tr("Area"),  tr("Name"),          tr("Community"),  tr("Social worker"),
                              tr("Since"), tr("Next handover"), tr("Households"), tr("Open events")};
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const core::AreaRosterRow& r = m_rows[size_t(i)];
        const QString next = r.nextWorker.isEmpty()
                                 ? QString()
                                 : tr("to %1 from %2").arg(r.nextWorker, r.nextFrom.toString(Qt::ISODate));
        const QStringList cells{r.code,
                                r.name,
                                r.community,
                                r.worker.isEmpty() ? tr("nobody")
                                                   : QStringLiteral("%1 (%2)").arg(r.worker, r.account),
                                r.since.isValid() ? r.since.toString(Qt::ISODate) : QString(),
                                next,
                                QString::number(r.households),
                                QString::number(r.openEvents)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c >= 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch); // the coming handover
}

const core::AreaRosterRow* AreasPage::selected() const
{
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(rows.first().row())];
}

void AreasPage::reassign()
{
    const core::AreaRosterRow* row = selected();
    if (!row)
        return;
    const int current = m_table->currentRow();
    ReassignDialog dialog(m_auth, m_access, *row,
                          core::eligibleWorkers(m_access.database(), row->communityId), this);
    if (dialog.exec() == QDialog::Accepted)
        m_table->selectRow(current); // reloaded on the change
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
    const auto written = report::writeHandoverPdf(*dossier, path);
    if (!written)
        QMessageBox::warning(this, tr("Handover dossier"), written.error().message);
    return bool(written);
}

} // namespace shegong::ui
