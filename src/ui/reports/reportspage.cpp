#include "shegong/ui/reports/reportspage.h"

#include "shegong/core/base/displaynames.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/security/auditedexport.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"
#include "shegong/exchange/workbooks.h"
#include "shegong/report/workloaddocument.h"
#include "shegong/ui/reports/scorerulesdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>
#include <numeric>

namespace shegong::ui {

ReportsPage::ReportsPage(const core::Access& access, QWidget* parent)
    : ListPage(parent), m_access(access), m_month(new QDateEdit), m_scope(new QComboBox),
      m_flags(new QListWidget), m_status(new QLabel)
{
    const QDate today = m_access.today();
    const QDate last = today.addMonths(-1);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setDate(QDate(last.year(), last.month(), 1));
    m_month->setMaximumDate(today);

    // Scope: a worker sees their own row, a director the community, the administrator chooses
    // (core refuses any other).
    const core::Scope scope = m_access.scope(core::Permission::ViewWorkloadReport);
    const core::Id ownCommunity = access.session().worker.communityId.value_or(0);
    if (scope.whole())
        m_scope->addItem(tr("Whole subdistrict"), QString());
    for (const core::Community& c : core::DistrictRepository(access.database()).communities()) {
        if (scope.reach == core::Reach::Own && c.id == ownCommunity)
            m_scope->addItem(tr("My own figures (%1)").arg(c.name), c.code);
        else if (scope.whole() || scope.communityId == c.id)
            m_scope->addItem(c.name, c.code);
    }

    auto* preview = new QPushButton(tr("Print preview…"));
    auto* pdf = new QPushButton(tr("Export PDF…"));
    auto* csv = new QPushButton(tr("Export CSV…"));
    auto* xlsx = new QPushButton(tr("Export Excel…"));
    connect(xlsx, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export Excel"), suggestedFileName(QStringLiteral("xlsx")),
                                         tr("Excel workbook (*.xlsx)"));
        if (path.isEmpty() || !m_report)
            return;
        if (const auto written = exchange::writeWorkloadXlsx(m_access, *m_report, path); !written)
            QMessageBox::warning(this, tr("Export Excel"), written.error().message);
    });
    connect(preview, &QPushButton::clicked, this, &ReportsPage::printPreview);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export PDF"), suggestedFileName(QStringLiteral("pdf")), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const auto written = exportPdf(path); !written)
            QMessageBox::warning(this, tr("Export PDF"), written.error().message);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export CSV"), suggestedFileName(QStringLiteral("csv")), tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (const auto written = exportCsv(path); !written)
            QMessageBox::warning(this, tr("Export CSV"), written.error().message);
    });
    connect(m_month, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);

    const auto sum = [](const std::array<int, core::kDutyCount>& byDuty) {
        return std::accumulate(byDuty.begin(), byDuty.end(), 0);
    };
    const Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new RecordTableModel<Row>(
        {{tr("Worker"), [](const Row& r) { return r.total ? tr("Total") : r.figures.name; }},
         {tr("Community"), [](const Row& r) { return r.figures.community; }},
         {tr("Areas"), [](const Row& r) { return r.figures.areas.join(QStringLiteral("、")); }},
         {tr("In charge"), [](const Row& r) { return r.figures.householdsInCharge; }, number},
         {tr("Visited"), [](const Row& r) { return r.figures.householdsVisited; }, number},
         {tr("Of which floating"), [](const Row& r) { return r.figures.floatingHouseholdsVisited; }, number},
         {tr("Visits"), [](const Row& r) { return r.figures.visits; }, number},
         {tr("Quota met"),
          [](const Row& r) { return r.total              ? QString()
                                    : r.figures.quotaMet ? tr("yes")
                                                         : tr("no"); },
          number},
         {tr("Events opened"), [sum](const Row& r) { return sum(r.figures.eventsOpened); }, number},
         {tr("Resolved"), [sum](const Row& r) { return sum(r.figures.eventsResolved); }, number},
         {tr("Overdue"), [](const Row& r) { return r.figures.overdueEvents; }, number},
         {tr("Score"),
          [](const Row& r) { return r.total ? QString() : QString::number(r.figures.score, 'f', 1); },
          number},
         {tr("Consultations"), [](const Row& r) { return r.figures.mediation.consultations; }, number},
         {tr("Cases opened"), [](const Row& r) { return r.figures.mediation.casesOpened; }, number},
         {tr("Cases mediated"), [](const Row& r) { return r.figures.mediation.casesAttended; }, number},
         {tr("Cases concluded"), [](const Row& r) { return r.figures.mediation.casesConcluded; }, number}},
        this);
    // Totals in bold; "quota met: no" in amber.
    m_model->setBold([](const Row& r) { return r.total; });
    m_model->setForeground([](const Row& r, int column) {
        return column == 7 && !r.total && !r.figures.quotaMet ? QVariant(QColor(180, 90, 0)) : QVariant();
    });
    setModel(m_model);
    connect(table(), &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const Row* row = m_model->record(index.row());
        if (!row || row->total)
            return;
        QMessageBox box(this);
        box.setWindowTitle(tr("Records behind the figures"));
        box.setText(row->figures.name);
        box.setDetailedText(visitsBehind(row->figures.workerId).join(u'\n'));
        box.exec();
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month")));
    bar->addWidget(m_month);
    bar->addWidget(new QLabel(tr("Scope")));
    bar->addWidget(m_scope);
    bar->addStretch();
    bar->addWidget(preview);
    bar->addWidget(pdf);
    bar->addWidget(csv);
    bar->addWidget(xlsx);
    if (m_access.may(core::Permission::SetScoreRules)) {
        auto* rules = new QPushButton(tr("Score rules…"));
        connect(rules, &QPushButton::clicked, this, [this] {
            ScoreRulesDialog dialog(m_access, this);
            if (dialog.exec() == QDialog::Accepted)
                refresh();
        });
        bar->addWidget(rules);
    }
    pageLayout()->insertLayout(0, bar);
    pageLayout()->addWidget(new QLabel(tr("For review: entered late, repeated visits, bursts of entries")));
    pageLayout()->addWidget(m_flags, 1);
    pageLayout()->addWidget(m_status);
    refresh();
}

QString ReportsPage::suggestedFileName(const QString& extension) const
{
    // What the director files it under: the document, the scope and the month, in the UI's language.
    const QString scope = m_scope->currentText().isEmpty() ? tr("Whole subdistrict") : m_scope->currentText();
    QString name = QStringLiteral("%1-%2-%3.%4")
                       .arg(tr("Social workers' monthly workload"), scope,
                            m_month->date().toString(QStringLiteral("yyyy-MM")), extension);
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\s]+)")), QStringLiteral("_"));
    return name;
}

void ReportsPage::showMonth(int year, int month)
{
    m_month->setDate(QDate(year, month, 1));
    refresh();
}

void ReportsPage::refresh()
{
    const QDate month = m_month->date();
    const QString code = m_scope->currentData().toString();
    auto built = core::buildWorkloadReport(m_access, month.year(), month.month(),
                                           code.isEmpty() ? std::nullopt : std::optional<QString>(code));
    m_model->setRecords({});
    m_flags->clear();
    if (!built) {
        m_report.reset();
        m_status->setText(built.error().message);
        return;
    }
    m_report = std::move(built).value();
    std::vector<Row> rows;
    for (const auto& w : m_report->workers)
        rows.push_back({w, false});
    for (const auto& t : m_report->totals)
        rows.push_back({t, true});
    m_model->setRecords(std::move(rows));
    fitColumns();
    for (const auto& f : m_report->flags)
        m_flags->addItem(tr("%1 · %2: %3").arg(f.worker, core::fairnessFlagName(f.kind), f.detail));
    m_status->setText(tr("%1 workers · double-click a worker to see the visits behind the figures")
                          .arg(m_report->workers.size()));
}

QStringList ReportsPage::visitsBehind(core::Id workerId) const
{
    QStringList lines;
    if (!m_report)
        return lines;
    const auto records = core::recordsBehind(m_access, workerId, m_report->year, m_report->month);
    if (!records)
        return {records.error().message};
    using Kind = core::RecordBehind::Kind;
    for (const core::RecordBehind& r : records.value()) {
        const QString day = r.day.toString(Qt::ISODate);
        switch (r.what) {
        case Kind::Visit:
            lines << tr("%1  visit  %2  %3  %4").arg(day, r.place, r.kind, r.detail);
            break;
        case Kind::Event:
            lines << tr("%1  event %2 [%3] due %4: %5")
                         .arg(day, r.kind, r.detail, r.due.toString(Qt::ISODate), r.description);
            break;
        case Kind::Consultation:
            lines << tr("%1  consultation at %2: %3, %4").arg(day, r.place, r.kind, r.detail);
            break;
        case Kind::MediationCase:
            lines << tr("%1  %2 %3 %4 [%5]").arg(day, r.kind, r.place, r.description, r.detail);
            break;
        }
    }
    return lines;
}

void ReportsPage::audit(const QString& action, const QString& what) const
{
    const core::Session& s = m_access.session();
    core::AuditLog(m_access.database())
        .append({s.worker.account, s.workstation, action, QStringLiteral("workload_report"),
                 QStringLiteral("ok"), QStringLiteral("{\"what\":\"%1\"}").arg(what)});
}

void ReportsPage::printPreview()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* p) { report::paintWorkloadReport(*m_report, *p); });
    preview.exec();
    audit(QStringLiteral("print"), QStringLiteral("preview"));
}

core::Result<void> ReportsPage::exportAs(const QString& path, const QString& format,
                                         const std::function<core::Result<void>(const QString&)>& write)
{
    if (!m_report)
        return core::Error{QStringLiteral("report"), tr("No report is shown")};
    const core::Session& s = m_access.session();
    return core::exportAudited(m_access.database(),
                               {s.worker.account, s.workstation, QStringLiteral("export"),
                                QStringLiteral("workload_report"), QStringLiteral("ok"),
                                QStringLiteral("{\"what\":\"%1\"}").arg(format)},
                               path, write);
}

core::Result<void> ReportsPage::exportPdf(const QString& path)
{
    return exportAs(path, QStringLiteral("pdf"), [this](const QString& file) -> core::Result<void> {
        if (auto pages = report::writeWorkloadPdf(*m_report, file); !pages)
            return pages.error();
        return {};
    });
}

core::Result<void> ReportsPage::exportCsv(const QString& path)
{
    return exportAs(path, QStringLiteral("csv"), [this](const QString& file) -> core::Result<void> {
        QFile out(file);
        const QByteArray csv = core::workloadCsv(*m_report);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(csv) != csv.size())
            return core::Error{QStringLiteral("file"),
                               tr("Cannot write %1: %2").arg(file, out.errorString())};
        return {};
    });
}

} // namespace shegong::ui
