#include "shegong/ui/rental/roundspanel.h"

#include "shegong/report/rentaldocuments.h"
#include "shegong/ui/rental/openrounddialog.h"
#include "shegong/ui/rental/rulesetdialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace shegong::ui {

RoundsPanel::RoundsPanel(const core::Access& access, QWidget* parent)
    : QWidget(parent), m_access(access), m_table(new QTableView), m_stats(new QLabel),
      m_close(new QPushButton(tr("Close round…"))), m_plaques(new QPushButton(tr("Plaques PDF…")))
{
    m_model = new RecordTableModel<core::AssessmentRound>(
        {{tr("Year"), [](const core::AssessmentRound& r) { return r.year; }},
         {tr("Round"), [](const core::AssessmentRound& r) { return r.number; }},
         {tr("From"), [](const core::AssessmentRound& r) { return r.starts.toString(Qt::ISODate); }},
         {tr("To"), [](const core::AssessmentRound& r) { return r.ends.toString(Qt::ISODate); }},
         {tr("Team"),
          [](const core::AssessmentRound& r) {
              QStringList names;
              for (const core::TeamMember& m : r.team)
                  names << QStringLiteral("%1（%2）").arg(m.name, m.organisation);
              return names.join(QStringLiteral("、"));
          }},
         {tr("State"),
          [](const core::AssessmentRound& r) {
              return r.closed() ? tr("closed %1").arg(r.closedAt->toLocalTime().date().toString(Qt::ISODate))
                                : tr("open");
          }}},
        this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stats->setWordWrap(true);
    m_stats->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stats->setTextFormat(Qt::RichText);

    auto* chart = new QChart;
    chart->setTitle(tr("Houses per grade"));
    chart->legend()->hide();
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    m_chart = view;

    m_close->setVisible(m_access.may(core::Permission::ManageRentalRounds));
    // The grading rules are the subdistrict's: the administrator makes next year's version here.
    auto* rules = new QPushButton(tr("Grading rules…"));
    rules->setVisible(m_access.reach(core::Permission::ManageRentalRounds) == core::Reach::Subdistrict);
    connect(rules, &QPushButton::clicked, this, [this] {
        const core::AssessmentService assessments(m_access);
        const int year = m_access.today().year();
        const auto newest = assessments.ruleSetFor(year + 1);
        core::RuleSet base = newest ? assessments.ruleSet(*newest).value() : core::defaultRuleSet(year + 1);
        RuleSetDialog dialog(m_access, base, this);
        dialog.exec();
    });
    auto* open = new QPushButton(tr("Open round…"));
    open->setVisible(m_access.may(core::Permission::ManageRentalRounds));
    connect(open, &QPushButton::clicked, this, [this] {
        OpenRoundDialog dialog(m_access, m_community, this);
        if (dialog.exec() == QDialog::Accepted) {
            refresh();
            Q_EMIT roundsChanged();
        }
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        const auto round = selected();
        if (!round)
            return;
        if (QMessageBox::question(this, tr("Close round"),
                                  tr("Close round %1 of %2? Its scores become final and read-only.")
                                      .arg(round->number)
                                      .arg(round->year)) == QMessageBox::Yes &&
            !closeSelected())
            QMessageBox::warning(this, tr("Close round"), m_stats->text());
    });
    connect(m_plaques, &QPushButton::clicked, this, [this] {
        const auto round = selected();
        if (!round)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Plaques PDF"),
            tr("Plaques-%1-%2-round %3.pdf").arg(m_communityName).arg(round->year).arg(round->number),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty() && !exportPlaques(path))
            QMessageBox::warning(this, tr("Plaques PDF"), tr("Cannot write %1").arg(path));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoundsPanel::showSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_plaques);
    buttons->addWidget(m_close);
    buttons->addWidget(open);
    buttons->addWidget(rules);
    auto* lower = new QHBoxLayout;
    lower->addWidget(m_stats, 1);
    lower->addWidget(view, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(lower, 1);
}

void RoundsPanel::setCommunity(core::Id communityId, const QString& name)
{
    m_community = communityId;
    m_communityName = name;
    refresh();
}

void RoundsPanel::refresh()
{
    m_model->setRecords(core::AssessmentService(m_access).rounds(m_community));
    m_table->resizeColumnsToContents();
    selectRound(m_model->rowCount() - 1);
}

void RoundsPanel::selectRound(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
    showSelected();
}

std::optional<core::AssessmentRound> RoundsPanel::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const core::AssessmentRound* r = rows.isEmpty() ? nullptr : m_model->record(rows.front().row());
    return r ? std::optional<core::AssessmentRound>(*r) : std::nullopt;
}

QString RoundsPanel::statisticsText() const
{
    return m_stats->text();
}

void RoundsPanel::showSelected()
{
    const auto round = selected();
    m_close->setEnabled(round && !round->closed());
    m_plaques->setEnabled(round && round->closed());
    auto* chart = static_cast<QChartView*>(m_chart)->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    if (!round) {
        m_stats->clear();
        return;
    }
    const auto stats = core::roundStatistics(m_access, round->id);
    if (!stats) {
        m_stats->setText(stats.error().message);
        return;
    }
    QStringList deducted;
    for (const auto& [item, houses] : stats->mostDeducted)
        deducted << tr("%1 (%2)").arg(item.toHtmlEscaped()).arg(houses);
    m_stats->setText(
        tr("<b>Round %1 of %2</b>: %3 houses inspected, average score %4<br>AAA %5 · AA %6 · A %7 · "
           "no grade %8<br>Since the round before: %9 up, %10 down<br><b>Deducted most:</b> %11")
            .arg(round->number)
            .arg(round->year)
            .arg(stats->inspected)
            .arg(stats->averageScore, 0, 'f', 1)
            .arg(stats->perGrade[3])
            .arg(stats->perGrade[2])
            .arg(stats->perGrade[1])
            .arg(stats->perGrade[0])
            .arg(stats->movedUp)
            .arg(stats->movedDown)
            .arg(deducted.join(QStringLiteral("；"))));
    auto* set = new QBarSet(tr("Houses"));
    *set << stats->perGrade[3] << stats->perGrade[2] << stats->perGrade[1] << stats->perGrade[0];
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* grades = new QBarCategoryAxis;
    grades->append({QStringLiteral("AAA"), QStringLiteral("AA"), QStringLiteral("A"),
                    core::gradeName(core::Grade::None)});
    chart->addAxis(grades, Qt::AlignBottom);
    series->attachAxis(grades);
    // Whole houses on the axis: a step of 1, 2, 5, 10… and the top on a step.
    const int most =
        std::max({1, stats->perGrade[0], stats->perGrade[1], stats->perGrade[2], stats->perGrade[3]});
    int step = 1;
    for (int candidate : {1, 2, 5, 10, 20, 50, 100, 200, 500})
        if (most / candidate <= 8) {
            step = candidate;
            break;
        }
    auto* count = new QValueAxis;
    count->setLabelFormat(QStringLiteral("%d"));
    count->setRange(0, (most + step - 1) / step * step);
    count->setTickType(QValueAxis::TicksDynamic);
    count->setTickAnchor(0);
    count->setTickInterval(step);
    chart->addAxis(count, Qt::AlignLeft);
    series->attachAxis(count);
}

bool RoundsPanel::closeSelected()
{
    const auto round = selected();
    if (!round)
        return false;
    const auto closed = core::AssessmentService(m_access).closeRound(round->id);
    if (!closed) {
        m_stats->setText(closed.error().message);
        return false;
    }
    const int row = m_table->selectionModel()->selectedRows().front().row();
    refresh();
    selectRound(row);
    Q_EMIT roundsChanged();
    return true;
}

bool RoundsPanel::exportPlaques(const QString& path) const
{
    const auto round = selected();
    if (!round || !round->closed())
        return false;
    const auto graded = core::gradedInRound(m_access, round->id);
    if (!graded)
        return false;
    std::vector<report::Plaque> plaques;
    for (const core::WallTableRow& r : graded.value())
        plaques.push_back({r.address, r.grade, round->year, m_communityName});
    return bool(report::writePlaquesPdf(plaques, path));
}

} // namespace shegong::ui
