#include "shegong/ui/rental/housespanel.h"

#include "shegong/ui/rental/rentaldialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace shegong::ui {
namespace {

QTableView* listView(QAbstractItemModel* model)
{
    auto* view = new QTableView;
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

template <typename Record>
const Record* current(const QTableView* view, const RecordTableModel<Record>* model)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : model->record(rows.front().row());
}

QString stateName(core::RoomState state)
{
    switch (state) {
    case core::RoomState::Let:
        return HousesPanel::tr("let");
    case core::RoomState::Vacant:
        return HousesPanel::tr("vacant");
    case core::RoomState::NotForRent:
        return HousesPanel::tr("not for rent");
    }
    return {};
}

} // namespace

HousesPanel::HousesPanel(const core::Access& access, QWidget* parent)
    : QWidget(parent), m_access(access), m_message(new QLabel)
{
    const Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    m_housesModel = new RecordTableModel<core::HouseView>(
        {{tr("Address"), [](const core::HouseView& h) { return h.house.address; }},
         {tr("Landlord"), [](const core::HouseView& h) { return h.landlordName; }},
         {tr("ID number"), [](const core::HouseView& h) { return h.landlordIdMasked; }},
         {tr("Phone"), [](const core::HouseView& h) { return h.landlordPhoneMasked; }},
         {tr("Rooms"), [](const core::HouseView& h) { return h.rooms; }, number},
         {tr("Let"), [](const core::HouseView& h) { return h.let; }, number},
         {tr("Vacant"), [](const core::HouseView& h) { return h.vacant; }, number},
         {tr("Registered"),
          [](const core::HouseView& h) { return h.house.registeredOn.toString(Qt::ISODate); }}},
        this);
    m_roomsModel = new RecordTableModel<core::RoomView>(
        {{tr("Room"), [](const core::RoomView& r) { return r.room.number; }},
         {tr("Floor"), [](const core::RoomView& r) { return r.room.floor; }, number},
         {tr("Area"), [](const core::RoomView& r) { return tr("%1 m²").arg(r.room.areaM2); }, number},
         {tr("Rent"), [](const core::RoomView& r) { return tr("%1 yuan").arg(r.room.rentYuan); }, number},
         {tr("Occupants"),
          [](const core::RoomView& r) { return tr("%1 of %2").arg(r.occupants).arg(r.room.maxOccupants); },
          number},
         {tr("State"), [](const core::RoomView& r) { return stateName(r.state); }},
         {tr("Facilities"), [](const core::RoomView& r) { return r.room.facilities; }}},
        this);
    m_tenantsModel = new RecordTableModel<core::Tenancy>(
        {{tr("Tenant"), [](const core::Tenancy& t) { return t.name; }},
         {tr("Moved in"), [](const core::Tenancy& t) { return t.movedIn.toString(Qt::ISODate); }},
         {tr("Over capacity because"), [](const core::Tenancy& t) { return t.overCapacityReason; }}},
        this);
    m_housesView = listView(m_housesModel);
    m_roomsView = listView(m_roomsModel);
    m_tenantsView = listView(m_tenantsModel);
    connect(m_housesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HousesPanel::showRooms);
    connect(m_roomsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HousesPanel::showTenants);

    const bool edits = access.may(core::Permission::EditRentals);
    auto* addHouse = new QPushButton(tr("Register house…"));
    auto* editHouse = new QPushButton(tr("Edit house…"));
    auto* deregister = new QPushButton(tr("Deregister house…"));
    auto* addRoom = new QPushButton(tr("Add room…"));
    auto* editRoom = new QPushButton(tr("Edit room…"));
    auto* removeRoom = new QPushButton(tr("Deregister room"));
    auto* addTenant = new QPushButton(tr("Register tenant…"));
    auto* moveOut = new QPushButton(tr("Move out…"));
    const auto afterward = [this](bool done) {
        if (done) {
            reload();
            Q_EMIT changed();
        }
    };
    connect(addHouse, &QPushButton::clicked, this, [this] {
        HouseDialog dialog(m_access, m_community, std::nullopt, this);
        if (dialog.exec() == QDialog::Accepted) {
            showHouses();
            selectHouse(dialog.houseId());
            Q_EMIT changed();
        }
    });
    connect(editHouse, &QPushButton::clicked, this, [this, afterward] {
        if (const core::HouseView* h = currentHouse()) {
            HouseDialog dialog(m_access, m_community, *h, this);
            afterward(dialog.exec() == QDialog::Accepted);
        }
    });
    connect(deregister, &QPushButton::clicked, this, [this, afterward] {
        const core::HouseView* h = currentHouse();
        if (!h)
            return;
        const QString reason = QInputDialog::getText(this, tr("Deregister house"),
                                                     tr("Why is %1 no longer let?").arg(h->house.address));
        if (reason.isEmpty())
            return;
        const auto done =
            core::RentalService(m_access).deregisterHouse(h->house.id, m_access.today(), reason);
        m_message->setText(done ? tr("%1 deregistered; its history stays.").arg(h->house.address)
                                : done.error().message);
        afterward(bool(done));
    });
    connect(addRoom, &QPushButton::clicked, this, [this, afterward] {
        if (const core::HouseView* h = currentHouse()) {
            core::RentalRoom room;
            room.houseId = h->house.id;
            RoomDialog dialog(m_access, room, this);
            afterward(dialog.exec() == QDialog::Accepted);
        }
    });
    connect(editRoom, &QPushButton::clicked, this, [this, afterward] {
        if (const core::RoomView* r = currentRoom()) {
            RoomDialog dialog(m_access, r->room, this);
            afterward(dialog.exec() == QDialog::Accepted);
        }
    });
    connect(removeRoom, &QPushButton::clicked, this, [this, afterward] {
        const core::RoomView* r = currentRoom();
        if (!r || QMessageBox::question(
                      this, tr("Deregister room"),
                      tr("Room %1 is no longer let? It stays in the history.").arg(r->room.number)) !=
                      QMessageBox::Yes)
            return;
        const auto done = core::RentalService(m_access).deregisterRoom(r->room.id, m_access.today());
        m_message->setText(done ? tr("Room %1 deregistered.").arg(r->room.number) : done.error().message);
        afterward(bool(done));
    });
    connect(addTenant, &QPushButton::clicked, this, [this, afterward] {
        if (const core::RoomView* r = currentRoom()) {
            TenantDialog dialog(m_access, r->room.id, this);
            afterward(dialog.exec() == QDialog::Accepted);
        }
    });
    connect(moveOut, &QPushButton::clicked, this, [this] {
        const core::Tenancy* t = current(m_tenantsView, m_tenantsModel);
        if (t && QMessageBox::question(this, tr("Move out"),
                                       tr("%1 moves out today? The registry record stays.").arg(t->name)) ==
                     QMessageBox::Yes)
            moveOutCurrentTenant(m_access.today());
    });
    auto* houseButtons = new QHBoxLayout;
    for (QPushButton* b : {addHouse, editHouse, deregister})
        houseButtons->addWidget(b);
    houseButtons->addStretch();
    auto* roomButtons = new QHBoxLayout;
    for (QPushButton* b : {addRoom, editRoom, removeRoom, addTenant, moveOut})
        roomButtons->addWidget(b);
    roomButtons->addStretch();
    for (QPushButton* b :
         {addHouse, editHouse, deregister, addRoom, editRoom, removeRoom, addTenant, moveOut})
        b->setVisible(edits);

    auto* upper = new QWidget;
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_housesView, 1);
    upperLayout->addLayout(houseButtons);
    auto* lower = new QWidget;
    auto* lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto* roomsBox = new QVBoxLayout;
    roomsBox->addWidget(m_roomsView, 1);
    roomsBox->addLayout(roomButtons);
    lowerLayout->addLayout(roomsBox, 3);
    lowerLayout->addWidget(m_tenantsView, 2);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(upper);
    split->addWidget(lower);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
}

void HousesPanel::setCommunity(core::Id communityId)
{
    m_community = communityId;
    showHouses();
}

void HousesPanel::showHouses()
{
    auto houses = core::RentalService(m_access).housesOfCommunity(m_community);
    m_housesModel->setRecords(houses ? std::move(houses).value() : std::vector<core::HouseView>{});
    m_housesView->resizeColumnsToContents();
    showRooms();
}

void HousesPanel::showRooms()
{
    const core::HouseView* house = currentHouse();
    auto rooms = house ? core::RentalService(m_access).roomsOfHouse(house->house.id)
                       : core::Result<std::vector<core::RoomView>>(std::vector<core::RoomView>{});
    m_roomsModel->setRecords(rooms ? std::move(rooms).value() : std::vector<core::RoomView>{});
    m_roomsView->resizeColumnsToContents();
    showTenants();
}

void HousesPanel::showTenants()
{
    const core::RoomView* room = currentRoom();
    auto tenants = room ? core::RentalService(m_access).tenantsOfRoom(room->room.id)
                        : core::Result<std::vector<core::Tenancy>>(std::vector<core::Tenancy>{});
    m_tenantsModel->setRecords(tenants ? std::move(tenants).value() : std::vector<core::Tenancy>{});
}

void HousesPanel::reload()
{
    const core::Id house = currentHouse() ? currentHouse()->house.id : 0;
    const QModelIndexList rooms = m_roomsView->selectionModel()->selectedRows();
    const int room = rooms.isEmpty() ? -1 : rooms.front().row();
    showHouses();
    selectHouse(house);
    if (room >= 0)
        m_roomsView->selectRow(room);
}

const core::HouseView* HousesPanel::currentHouse() const
{
    return current(m_housesView, m_housesModel);
}

const core::RoomView* HousesPanel::currentRoom() const
{
    return current(m_roomsView, m_roomsModel);
}

void HousesPanel::selectHouse(core::Id houseId)
{
    const auto& records = m_housesModel->records();
    for (size_t i = 0; i < records.size(); ++i)
        if (records[i].house.id == houseId) {
            m_housesView->selectRow(int(i));
            return;
        }
}

bool HousesPanel::moveOutCurrentTenant(QDate day)
{
    const core::Tenancy* t = current(m_tenantsView, m_tenantsModel);
    if (!t)
        return false;
    const QString name = t->name;
    const auto done = core::RentalService(m_access).moveOut(t->id, day);
    m_message->setText(done ? tr("%1 moved out; the registry keeps the record.").arg(name)
                            : done.error().message);
    if (done) {
        reload();
        Q_EMIT changed();
    }
    return bool(done);
}

QString HousesPanel::message() const
{
    return m_message->text();
}

} // namespace shegong::ui
