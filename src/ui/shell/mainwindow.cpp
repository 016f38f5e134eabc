#include "shegong/ui/mainwindow.h"

#include "shegong/core/database.h"
#include "shegong/core/districtrepository.h"
#include "shegong/core/districtstats.h"
#include "shegong/ui/districttreemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

namespace shegong::ui {

MainWindow::MainWindow(const core::Database& db, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_model(new DistrictTreeModel(db, this)), m_tree(new QTreeView),
      m_details(new QLabel)
{
    QString title = tr("%1 — Community Social Work").arg(core::DistrictRepository(db).subdistrictName());
    if (db.meta(QStringLiteral("demo")) == QLatin1String("1"))
        title += QStringLiteral(" [%1]").arg(tr("Demo data"));
    setWindowTitle(title);

    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setColumnWidth(DistrictTreeModel::NameColumn, 300);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAlternatingRowColors(true);

    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(12);
    m_details->setText(tr("Choose a community, area, building or household on the left."));

    auto* splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showDetails(current); });

    const core::DistrictStats stats = core::districtStats(db);
    statusBar()->showMessage(
        tr("%1 communities · %2 areas · %3 buildings · %4 households · %5 residents (%6 floating)")
            .arg(stats.communities)
            .arg(stats.areas)
            .arg(stats.buildings)
            .arg(stats.households)
            .arg(stats.residents)
            .arg(stats.floatingResidents));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::showDetails(const QModelIndex& index)
{
    // A breadcrumb of the path from the community down, then the selected item's details.
    QStringList path;
    for (QModelIndex i = index.siblingAtColumn(0); i.isValid(); i = i.parent())
        path.prepend(i.data().toString().toHtmlEscaped());
    const QString name =
        index.siblingAtColumn(DistrictTreeModel::NameColumn).data().toString().toHtmlEscaped();
    const QString detail =
        index.siblingAtColumn(DistrictTreeModel::DetailColumn).data().toString().toHtmlEscaped();
    m_details->setText(QStringLiteral("<p style='color:#666'>%1</p><h2>%2</h2><p>%3</p>")
                           .arg(path.join(QStringLiteral(" › ")), name, detail));
}

} // namespace shegong::ui
