#include "shegong/ui/householdpanel.h"

#include "shegong/core/districtrepository.h"
#include "shegong/core/residentrepository.h"
#include "shegong/core/workerrepository.h"
#include "shegong/ui/districttreemodel.h"
#include "shegong/ui/labels.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace shegong::ui {

HouseholdPanel::HouseholdPanel(const core::Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_title(new QLabel), m_summary(new QLabel), m_view(new QTreeView),
      m_floors(new QPushButton(tr("Open floors")))
{
    m_floors->setEnabled(false);
    m_floors->setToolTip(tr("Show the building floor by floor (or double-click it on the map)"));
    connect(m_floors, &QPushButton::clicked, this, [this] { Q_EMIT openFloorsRequested(m_building); });
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Households"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Click a building on the map to see its households."));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_floors);
    layout->addWidget(m_view, 1);
    setMinimumWidth(360);
}

void HouseholdPanel::showBuilding(core::Id buildingId)
{
    const auto building = core::DistrictRepository(m_db).building(buildingId);
    if (!building)
        return;
    m_building = buildingId;
    m_floors->setEnabled(true);
    const core::Occupancy occupancy = core::ResidentRepository(m_db).occupancyOf(buildingId);
    const auto worker = core::WorkerRepository(m_db).workerOfArea(building->areaId, QDate::currentDate());
    m_title->setText(building->address);
    QString summary = tr("%1, %n floor(s)", nullptr, building->floors).arg(buildingKindLabel(building->kind));
    summary += QStringLiteral(" · ") + tr("%1 dwellings · %2 households · %3 residents (%4 floating)")
                                           .arg(occupancy.dwellings)
                                           .arg(occupancy.households)
                                           .arg(occupancy.residents)
                                           .arg(occupancy.floating);
    if (worker)
        summary += QStringLiteral("\n") + tr("Social worker: %1").arg(worker->name);
    m_summary->setText(summary);

    auto* previous = m_model;
    m_model = new DistrictTreeModel(m_db, buildingId, this);
    m_view->setModel(m_model);
    m_view->setColumnWidth(DistrictTreeModel::NameColumn, 170);
    m_view->expandToDepth(0); // dwellings open onto their households
    delete previous;
}

void HouseholdPanel::selectDwelling(core::Id dwellingId)
{
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex dwelling = m_model->index(row, 0);
        if (dwelling.data(DistrictTreeModel::IdRole).toLongLong() != dwellingId)
            continue;
        m_view->expand(dwelling);
        const QModelIndex household = m_model->index(0, 0, dwelling);
        if (household.isValid())
            m_view->expand(household);
        m_view->setCurrentIndex(household.isValid() ? household : dwelling);
        m_view->scrollTo(dwelling, QAbstractItemView::PositionAtTop);
        return;
    }
}

} // namespace shegong::ui
