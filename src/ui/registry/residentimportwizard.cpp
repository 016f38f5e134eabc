#include "shegong/ui/registry/residentimportwizard.h"

#include "shegong/core/people/masking.h"
#include "shegong/exchange/workbooks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shegong::ui {
namespace {

void fillTable(QTableWidget* table, const QStringList& header, const std::vector<QStringList>& rows)
{
    table->clear();
    table->setColumnCount(int(header.size()));
    table->setHorizontalHeaderLabels(header);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r)
        for (int c = 0; c < int(header.size()); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[size_t(r)].value(c)));
    table->resizeColumnsToContents();
}

//! "C  身份证号码": a column by its letter, as the spreadsheet program names it, and its header.
QString columnLabel(int column, const QString& header)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return QStringLiteral("%1  %2").arg(letters, header);
}

} // namespace

ResidentImportWizard::ResidentImportWizard(const core::Access& access, QWidget* parent)
    : QWizard(parent), m_access(access), m_file(new QLineEdit), m_sheet(new QComboBox),
      m_headerRow(new QSpinBox), m_summary(new QLabel), m_problems(new QTableWidget),
      m_preview(new QTableWidget),
      m_skip(new QCheckBox(tr("Leave the rows with problems out and import the others")))
{
    setWindowTitle(tr("Import residents"));
    setWizardStyle(QWizard::ClassicStyle);
    addPage(filePage());
    addPage(columnsPage());
    addPage(checkPage());
    setButtonText(QWizard::FinishButton, tr("Import"));
    resize(900, 620);
}

QWizardPage* ResidentImportWizard::filePage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("The file"));
    page->setSubTitle(
        tr("A spreadsheet saved by Excel or WPS (.xlsx, .xls, .ods) or a CSV file (UTF-8 or GBK)."));
    auto* browse = new QPushButton(tr("Choose…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import residents"), QString(),
                                                          tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)"));
        if (!path.isEmpty())
            if (const auto read = setFile(path); !read)
                QMessageBox::warning(this, tr("Import residents"), read.error().message);
    });
    connect(m_sheet, &QComboBox::activated, this, [this] {
        if (const auto read = setFile(m_path, m_sheet->currentText()); !read)
            QMessageBox::warning(this, tr("Import residents"), read.error().message);
    });
    m_file->setReadOnly(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    auto* form = new QFormLayout(page);
    form->addRow(tr("File"), row);
    form->addRow(tr("Sheet"), m_sheet);
    return page;
}

QWizardPage* ResidentImportWizard::columnsPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Which column holds what"));
    page->setSubTitle(
        tr("Recognised from the headers (or as chosen last time for this header); change any."));
    auto* form = new QFormLayout(page);
    m_headerRow->setRange(1, 20);
    form->addRow(tr("Header row"), m_headerRow);
    for (int f = 0; f < core::kImportFieldCount; ++f) {
        m_columns[size_t(f)] = new QComboBox;
        form->addRow(core::importFieldName(core::ImportField(f)), m_columns[size_t(f)]);
    }
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) {
        core::ColumnMapping m = mapping();
        m.headerRow = row - 1;
        fillColumns(m);
    });
    return page;
}

QWizardPage* ResidentImportWizard::checkPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("The check (nothing is written yet)"));
    auto* save = new QPushButton(tr("Save the problems…"));
    connect(save, &QPushButton::clicked, this, &ResidentImportWizard::saveProblems);
    for (QTableWidget* t : {m_problems, m_preview}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Problems, row by row")));
    layout->addWidget(m_problems, 2);
    auto* row = new QHBoxLayout;
    row->addWidget(m_skip, 1);
    row->addWidget(save);
    layout->addLayout(row);
    layout->addWidget(new QLabel(tr("The first rows as they will be stored")));
    layout->addWidget(m_preview, 1);
    return page;
}

core::Result<void> ResidentImportWizard::setFile(const QString& path, const QString& sheet)
{
    auto table = exchange::readSpreadsheet(path, sheet);
    if (!table)
        return table.error();
    m_path = path;
    m_table = std::move(table).value();
    m_file->setText(QFileInfo(path).fileName());
    if (const auto names = exchange::sheetNames(path); names && sheet.isEmpty()) {
        m_sheet->clear();
        m_sheet->addItems(names.value());
    }
    core::ColumnMapping m = core::guessMapping(m_table);
    if (const auto remembered = core::rememberedMapping(m_access, m_table, m.headerRow))
        m = *remembered;
    fillColumns(m);
    return {};
}

void ResidentImportWizard::fillColumns(const core::ColumnMapping& m)
{
    const QStringList header =
        m_table.rows.size() > size_t(m.headerRow) ? m_table.rows[size_t(m.headerRow)] : QStringList();
    const QSignalBlocker block(m_headerRow);
    m_headerRow->setValue(m.headerRow + 1);
    for (int f = 0; f < core::kImportFieldCount; ++f) {
        QComboBox* box = m_columns[size_t(f)];
        box->clear();
        box->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < header.size(); ++c)
            box->addItem(columnLabel(c, header[c]), c);
        const auto it = m.columns.find(core::ImportField(f));
        box->setCurrentIndex(it == m.columns.end() ? 0 : box->findData(it->second));
    }
}

core::ColumnMapping ResidentImportWizard::mapping() const
{
    core::ColumnMapping m;
    m.headerRow = m_headerRow->value() - 1;
    for (int f = 0; f < core::kImportFieldCount; ++f)
        if (const int c = m_columns[size_t(f)]->currentData().toInt(); c >= 0)
            m.columns[core::ImportField(f)] = c;
    return m;
}

const core::ImportPlan& ResidentImportWizard::check()
{
    m_plan = core::planResidentImport(m_access, m_table, mapping(), QFileInfo(m_path).fileName(),
                                      exchange::fileSha256(m_path));
    m_summary->setText(
        tr("%1 data rows: %2 new, %3 updated, %4 already on file as they are; %5 problem(s), %6 "
           "warning(s).")
            .arg(m_plan.dataRows)
            .arg(m_plan.creates.size())
            .arg(m_plan.updates.size())
            .arg(m_plan.unchanged)
            .arg(m_plan.problems.size())
            .arg(m_plan.warnings.size()));
    const core::TextTable problems = core::problemTable(m_plan);
    fillTable(m_problems, problems.rows.front(), {problems.rows.begin() + 1, problems.rows.end()});
    std::vector<QStringList> preview;
    for (const auto* rows : {&m_plan.creates, &m_plan.updates})
        for (const core::ImportRow& r : *rows) {
            if (preview.size() >= 20)
                break;
            preview.push_back({QString::number(r.row), r.resident.id ? tr("update") : tr("new"),
                               r.resident.name,
                               r.resident.idNumber ? core::maskIdNumber(*r.resident.idNumber) : QString(),
                               r.resident.phone ? core::maskPhone(*r.resident.phone) : QString(),
                               r.resident.movedIn.toString(Qt::ISODate)});
        }
    fillTable(m_preview, {tr("Row"), tr("As"), tr("Name"), tr("ID number"), tr("Phone"), tr("Moved in")},
              preview);
    m_skip->setEnabled(!m_plan.problems.empty());
    return m_plan;
}

core::Result<core::ImportSummary> ResidentImportWizard::commit()
{
    QProgressDialog progress(tr("Importing residents…"), tr("Cancel"), 0,
                             int(m_plan.creates.size() + m_plan.updates.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto done = core::commitResidentImport(m_access, m_plan, m_skip->isChecked(), [&](int n, int total) {
        if (n % 200 == 0) {
            progress.setMaximum(total);
            progress.setValue(n);
        }
        return !progress.wasCanceled();
    });
    if (done)
        (void)core::rememberMapping(m_access, m_table, mapping());
    return done;
}

bool ResidentImportWizard::validateCurrentPage()
{
    if (currentId() == 0 && m_table.rows.empty()) {
        QMessageBox::information(this, tr("Import residents"), tr("Choose a file first"));
        return false;
    }
    if (currentId() == 1)
        check();
    if (currentId() == 2) {
        const auto done = commit();
        if (!done) {
            QMessageBox::warning(this, tr("Import residents"), done.error().message);
            return false;
        }
        QMessageBox::information(this, tr("Import residents"),
                                 tr("Imported: %1 new, %2 updated, %3 unchanged, %4 row(s) left out.")
                                     .arg(done->created)
                                     .arg(done->updated)
                                     .arg(done->unchanged)
                                     .arg(done->skipped));
    }
    return true;
}

void ResidentImportWizard::saveProblems()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the problems"), QFileInfo(m_path).completeBaseName() + tr("-problems.xlsx"),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (const auto written = exchange::writeXlsx(path, {exchange::problemSheet(m_plan)}); !written)
        QMessageBox::warning(this, tr("Save the problems"), written.error().message);
}

} // namespace shegong::ui
