#include "shegong/ui/map/householdpanel.h"

#include "shegong/core/base/displaynames.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/mediation/mediation.h"
#include "shegong/core/people/peoplereads.h"
#include "shegong/core/rental/rentalviews.h"
#include "shegong/core/security/access.h"
#include "shegong/core/work/workerrepository.h"
#include "shegong/ui/common/changes.h"
#include "shegong/ui/common/labels.h"
#include "shegong/ui/mediation/mediationdialogs.h"
#include "shegong/ui/registry/districttreemodel.h"
#include "shegong/ui/visits/eventdialog.h"
#include "shegong/ui/visits/visitdialog.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace shegong::ui {

HouseholdPanel::HouseholdPanel(const core::VisitService& visits, QWidget* parent)
    : QWidget(parent), m_visits(visits), m_access(visits.access()), m_title(new QLabel),
      m_summary(new QLabel), m_view(new QTreeView), m_floors(new QPushButton(tr("Open floors"))),
      m_record(new QPushButton(tr("Record visit"))), m_newEvent(new QPushButton(tr("New event…"))),
      m_history(new QListWidget), m_reveal(new QPushButton(tr("Show ID number and phone in full…"))),
      m_mediation(new QPushButton(tr("Mediation case…")))
{
    m_reveal->setEnabled(false);
    connect(m_reveal, &QPushButton::clicked, this, &HouseholdPanel::revealCurrentResident);
    m_record->setEnabled(false);
    connect(m_record, &QPushButton::clicked, this, [this] { recordVisit(); });
    m_newEvent->setEnabled(false);
    connect(m_newEvent, &QPushButton::clicked, this, [this] { openEvent(); });
    // Mediation is one of the six duties: a dispute met on a visit becomes a case from here.
    m_mediation->setEnabled(false);
    m_mediation->setVisible(m_access.may(core::Permission::ManageMediation));
    connect(m_mediation, &QPushButton::clicked, this, [this] { startMediation(); });
    m_history->setAlternatingRowColors(true);
    // History lines wrap: a visit's notes read in full without scrolling sideways.
    m_history->setWordWrap(true);
    m_history->setResizeMode(QListView::Adjust);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    // The details (relation, gender, age, masked ID and phone, tags) wrap under each other instead of
    // hiding behind a tooltip.
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_floors);
    layout->addWidget(m_view, 3);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_record);
    actions->addWidget(m_newEvent);
    actions->addWidget(m_mediation);
    layout->addLayout(actions);
    layout->addWidget(m_reveal); // a row of its own: its label is long in both languages
    layout->addWidget(new QLabel(tr("History of the household (every worker, newest first)")));
    layout->addWidget(m_history, 1);
    setMinimumWidth(360);

    // Committed writes from anywhere: the household's history, or the building's people.
    using core::ChangeKind;
    const core::Database& db = m_access.database();
    onChanges(this, db, {ChangeKind::Visit, ChangeKind::Event}, [this](const core::Change& change) {
        if (change.householdId && change.householdId == currentHousehold())
            showHistory();
    });
    onChanges(this, db, {ChangeKind::Resident, ChangeKind::Household}, [this](const core::Change&) {
        if (m_building)
            refresh();
    });
}

void HouseholdPanel::refresh()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    QModelIndex dwelling = current;
    while (dwelling.isValid() &&
           dwelling.data(DistrictTreeModel::KindRole).toInt() != int(DistrictTreeModel::Kind::Dwelling))
        dwelling = dwelling.parent();
    const core::Id dwellingId =
        dwelling.isValid() ? dwelling.data(DistrictTreeModel::IdRole).toLongLong() : 0;
    showBuilding(m_building);
    if (dwellingId)
        selectDwelling(dwellingId);
}

void HouseholdPanel::showBuilding(core::Id buildingId)
{
    const core::Database& db = m_access.database();
    const auto building = core::DistrictRepository(db).building(buildingId);
    if (!building)
        return;
    m_building = buildingId;
    m_floors->setEnabled(true);
    const core::BuildingPeople people = core::peopleOfBuilding(m_access, buildingId);
    const core::Occupancy occupancy = core::occupancyOf(m_access, buildingId, people);
    const auto worker = core::WorkerRepository(db).workerOfArea(building->areaId, m_access.today());
    m_title->setText(building->address);
    QString summary = tr("%1, %n floor(s)", nullptr, building->floors).arg(buildingKindLabel(building->kind));
    summary += QStringLiteral(" · ") + tr("%1 dwellings · %2 households · %3 residents (%4 floating)")
                                           .arg(occupancy.dwellings)
                                           .arg(occupancy.households)
                                           .arg(occupancy.residents)
                                           .arg(occupancy.floating);
    if (worker)
        summary += QStringLiteral("\n") + tr("Social worker: %1").arg(worker->name);
    if (!people.shown)
        summary += QStringLiteral("\n") + tr("Outside your areas: its households are not shown.");
    // A village house is also a rental house: its grade and rooms, as the vacancy board has them.
    for (const core::GradedHouse& h : core::rentalHousesOf(m_access, buildingId))
        summary += QStringLiteral("\n") +
                   tr("Rental house %1: %2 · %3 rooms, %4 let, %5 vacant")
                       .arg(h.house.house.address, h.graded ? core::gradeName(h.grade) : tr("not graded yet"))
                       .arg(h.house.rooms)
                       .arg(h.house.let)
                       .arg(h.house.vacant);
    m_summary->setText(summary);

    auto* previous = m_model;
    m_model = new DistrictTreeModel(m_access, buildingId, people, this);
    m_view->setModel(m_model);
    m_view->setColumnWidth(DistrictTreeModel::NameColumn, 150);
    m_view->expandToDepth(0); // dwellings open onto their households
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { showHistory(); });
    delete previous;
    showHistory();
}

QString HouseholdPanel::summary() const
{
    return m_summary->text();
}

core::Id HouseholdPanel::currentHousehold() const
{
    for (QModelIndex i = m_view->currentIndex().siblingAtColumn(0); i.isValid(); i = i.parent()) {
        const auto kind = DistrictTreeModel::Kind(i.data(DistrictTreeModel::KindRole).toInt());
        if (kind == DistrictTreeModel::Kind::Household)
            return i.data(DistrictTreeModel::IdRole).toLongLong();
        if (kind == DistrictTreeModel::Kind::Dwelling) {
            const QModelIndex household = m_model->index(0, 0, i);
            return household.isValid() ? household.data(DistrictTreeModel::IdRole).toLongLong() : 0;
        }
    }
    return 0;
}

void HouseholdPanel::showHistory()
{
    m_history->clear();
    const core::Id household = currentHousehold();
    m_record->setEnabled(household != 0);
    m_newEvent->setEnabled(household != 0);
    m_mediation->setEnabled(household != 0);
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    m_reveal->setEnabled(m_access.may(core::Permission::RevealPersonalData) &&
                         current.data(DistrictTreeModel::KindRole).toInt() ==
                             int(DistrictTreeModel::Kind::Resident));
    if (!household)
        return;
    const auto history = m_visits.history(household);
    if (!history) {
        m_history->addItem(history.error().message);
        return;
    }
    for (const core::HistoryItem& item : history.value()) {
        QStringList duties;
        for (core::Duty d : item.duties)
            duties << core::dutyName(d);
        const QString what =
            item.kind == QLatin1String("mediation")
                ? tr("Mediation case [%1]").arg(core::caseStateName(core::caseStateFrom(item.status)))
            : item.mode
                ? tr("Visit (%1): %2").arg(core::visitModeName(*item.mode), duties.join(QStringLiteral("、")))
                : tr("Event: %1 [%2]")
                      .arg(duties.join(QStringLiteral("、")),
                           core::eventStatusName(core::eventStatusFrom(item.status)));
        auto* line = new QListWidgetItem(
            QStringLiteral("%1  %2  %3%4")
                .arg(item.day.toString(Qt::ISODate), item.worker, what,
                     item.text.isEmpty() ? QString() : QStringLiteral(" — ") + item.text));
        line->setToolTip(item.text);
        m_history->addItem(line);
    }
    if (m_history->count() == 0)
        m_history->addItem(tr("No visits or events yet"));
}

core::Id HouseholdPanel::startMediation()
{
    // The chosen resident applies, or else the household's first member (its head).
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    core::Id applicant = 0;
    if (current.data(DistrictTreeModel::KindRole).toInt() == int(DistrictTreeModel::Kind::Resident))
        applicant = current.data(DistrictTreeModel::IdRole).toLongLong();
    else if (const auto people = core::residentsOfHousehold(m_access, currentHousehold());
             people && !people->empty())
        applicant = people->front().id;
    core::NewCase draft;
    if (applicant)
        draft.parties = {{0, core::PartyRole::Applicant, {applicant, {}, {}, {}}, std::nullopt}};
    CaseDialog dialog(m_access, draft, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    showHistory();
    return dialog.caseId();
}

void HouseholdPanel::revealCurrentResident()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    if (current.data(DistrictTreeModel::KindRole).toInt() != int(DistrictTreeModel::Kind::Resident))
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Show in full"),
                              tr("Why do you need %1's full ID number and phone? (recorded in the "
                                 "audit log)")
                                  .arg(current.data().toString()),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const core::Id resident = current.data(DistrictTreeModel::IdRole).toLongLong();
    auto id = core::revealPersonalData(m_access, resident, core::PersonalField::IdNumber, reason);
    if (!id) {
        QMessageBox::warning(this, tr("Show in full"), id.error().message);
        return;
    }
    auto phone = core::revealPersonalData(m_access, resident, core::PersonalField::Phone, reason);
    QMessageBox::information(
        this, tr("Show in full"),
        tr("%1\nID number: %2\nPhone: %3")
            .arg(current.data().toString(), id.value(), phone ? phone.value() : QString()));
}

core::Id HouseholdPanel::openEvent()
{
    const core::Id household = currentHousehold();
    if (!household)
        return 0;
    const core::EventService events(m_access);
    EventDialog dialog(events, m_access, household,
                       m_view->currentIndex().siblingAtColumn(0).data().toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return dialog.openedEvent(); // the history follows the change
}

core::Id HouseholdPanel::recordVisit()
{
    const core::Id household = currentHousehold();
    if (!household)
        return 0;
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    VisitDialog dialog(m_visits, household, current.data().toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return dialog.recordedVisit();
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
