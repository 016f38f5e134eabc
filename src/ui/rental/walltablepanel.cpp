#include "shegong/ui/rental/walltablepanel.h"

#include "shegong/core/storage/database.h"
#include "shegong/report/rentaldocuments.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace shegong::ui {

WallTablePanel::WallTablePanel(const core::Access& access, QWidget* parent)
    : QWidget(parent), m_access(access), m_year(new QSpinBox), m_table(new QTableView), m_status(new QLabel)
{
    m_year->setRange(2000, 2100);
    m_year->setValue(access.today().year() - 1);
    const Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new RecordTableModel<core::WallTableRow>(
        {{tr("Address"), [](const core::WallTableRow& r) { return r.address; }},
         {tr("Landlord"), [](const core::WallTableRow& r) { return r.landlord; }},
         {tr("Rooms"), [](const core::WallTableRow& r) { return r.rooms; }, number},
         {tr("Score"), [](const core::WallTableRow& r) { return QString::number(r.score, 'f', 1); }, number},
         {tr("Grade"), [](const core::WallTableRow& r) { return core::gradeName(r.grade); }},
         {tr("Round"), [](const core::WallTableRow& r) { return tr("round %1").arg(r.round); }}},
        this);
    m_model->setBold([](const core::WallTableRow& r) { return r.grade == core::Grade::AAA; });
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* preview = new QPushButton(tr("Print preview…"));
    auto* pdf = new QPushButton(tr("Export PDF…"));
    connect(preview, &QPushButton::clicked, this, &WallTablePanel::printPreview);
    // A4 for the file, A3 for the office wall ("clear at a glance").
    auto* sheet = new QComboBox;
    sheet->addItem(tr("A4 landscape"), false);
    sheet->addItem(tr("A3 landscape"), true);
    connect(pdf, &QPushButton::clicked, this, [this, sheet] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export PDF"), tr("Rental grades-%1-%2.pdf").arg(m_communityName).arg(m_year->value()),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty() && !exportPdf(path, sheet->currentData().toBool()))
            QMessageBox::warning(this, tr("Export PDF"), tr("Cannot write %1").arg(path));
    });
    connect(m_year, &QSpinBox::valueChanged, this, &WallTablePanel::refresh);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Year")));
    bar->addWidget(m_year);
    bar->addWidget(new QLabel(tr("Each house's grade is that of its last closed round of the year.")), 1);
    bar->addWidget(preview);
    bar->addWidget(sheet);
    bar->addWidget(pdf);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
}

void WallTablePanel::setCommunity(core::Id communityId, const QString& name)
{
    m_community = communityId;
    m_communityName = name;
    refresh();
}

void WallTablePanel::refresh()
{
    auto rows = core::wallTable(m_access, m_community, m_year->value());
    if (!rows) {
        m_model->setRecords({});
        m_status->setText(rows.error().message);
        return;
    }
    int aaa = 0;
    for (const core::WallTableRow& r : rows.value())
        aaa += r.grade == core::Grade::AAA;
    m_status->setText(tr("%1 graded houses, %2 of them AAA").arg(rows->size()).arg(aaa));
    m_model->setRecords(std::move(rows).value());
    m_table->resizeColumnsToContents();
}

bool WallTablePanel::exportPdf(const QString& path, bool a3) const
{
    const report::WallTableDocument document{m_access.database().meta(QStringLiteral("subdistrict_name")),
                                             m_communityName, m_year->value(), m_model->records()};
    return bool(report::writeWallTablePdf(document, path, a3 ? QPageSize::A3 : QPageSize::A4));
}

void WallTablePanel::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    QPrintPreviewDialog preview(&printer, this);
    const report::WallTableDocument document{m_access.database().meta(QStringLiteral("subdistrict_name")),
                                             m_communityName, m_year->value(), m_model->records()};
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter* p) { report::paintWallTable(document, *p); });
    preview.exec();
}

} // namespace shegong::ui
