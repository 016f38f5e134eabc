#pragma once

#include "shegong/core/rental/rentalhouses.h"
#include "shegong/ui/common/recordtablemodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace shegong::ui {

/*! A community's rental houses (以房管人): the houses, the rooms of the chosen house, the tenants of the
    chosen room; registering and changing houses and rooms, deregistering a house, registering a tenant
    and moving one out, for the roles that may edit rentals there (core decides). */
class HousesPanel : public QWidget {
    Q_OBJECT
public:
    explicit HousesPanel(const core::Access& access, QWidget* parent = nullptr);
    void setCommunity(core::Id communityId);

    QTableView* houses() const { return m_housesView; }
    QTableView* rooms() const { return m_roomsView; }
    QTableView* tenants() const { return m_tenantsView; }
    const core::HouseView* currentHouse() const;
    const core::RoomView* currentRoom() const;
    void selectHouse(core::Id houseId);
    //! Moves the chosen tenant out on `day`; the message says why not.
    bool moveOutCurrentTenant(QDate day);
    QString message() const;

Q_SIGNALS:
    void changed();

private:
    void showHouses();
    void showRooms();
    void showTenants();
    //! Reads everything again after a change, keeping the chosen house and room.
    void reload();

    const core::Access& m_access;
    core::Id m_community = 0;
    RecordTableModel<core::HouseView>* m_housesModel;
    RecordTableModel<core::RoomView>* m_roomsModel;
    RecordTableModel<core::Tenancy>* m_tenantsModel;
    QTableView *m_housesView, *m_roomsView, *m_tenantsView;
    QLabel* m_message;
};

} // namespace shegong::ui
