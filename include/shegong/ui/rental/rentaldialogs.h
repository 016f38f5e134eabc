#pragma once

#include "shegong/core/rental/rentalhouses.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace shegong::ui {

/*! A rental house, new or changed: the building (of the community, when new), the local address, and
    the landlord — a head of household living in the building, or a person outside the registry with
    name, ID number and phone (validated in core, never shown again in full). */
class HouseDialog : public QDialog {
    Q_OBJECT
public:
    HouseDialog(const core::Access& access, core::Id communityId, std::optional<core::HouseView> house,
                QWidget* parent = nullptr);
    void accept() override;

    QComboBox* building() const { return m_building; }
    QLineEdit* address() const { return m_address; }
    QComboBox* resident() const { return m_resident; }
    QRadioButton* outside() const { return m_outside; }
    QLineEdit* outsideName() const { return m_name; }
    QLineEdit* outsideIdNumber() const { return m_idNumber; }
    QLineEdit* outsidePhone() const { return m_phone; }
    QString problem() const;
    core::Id houseId() const { return m_houseId; }

private:
    void showResidents();

    const core::Access& m_access;
    core::Id m_houseId = 0;
    QComboBox* m_building;
    QLineEdit* m_address;
    QRadioButton* m_registered;
    QRadioButton* m_outside;
    QComboBox* m_resident;
    QLineEdit *m_name, *m_idNumber, *m_phone;
    QDateEdit* m_registeredOn;
    QLabel* m_error;
};

//! A room of a house, new or changed: number, floor, area, rent, who may sleep there, facilities.
class RoomDialog : public QDialog {
    Q_OBJECT
public:
    RoomDialog(const core::Access& access, core::RentalRoom room, QWidget* parent = nullptr);
    void accept() override;

    QLineEdit* number() const { return m_number; }
    QSpinBox* floor() const { return m_floor; }
    QDoubleSpinBox* area() const { return m_area; }
    QSpinBox* rent() const { return m_rent; }
    QSpinBox* maxOccupants() const { return m_max; }
    QString problem() const;
    core::Id roomId() const { return m_room.id; }

private:
    const core::Access& m_access;
    core::RentalRoom m_room;
    QLineEdit* m_number;
    QSpinBox* m_floor;
    QDoubleSpinBox* m_area;
    QSpinBox* m_rent;
    QSpinBox* m_max;
    QLineEdit* m_facilities;
    QCheckBox* m_forRent;
    QLabel* m_error;
};

/*! A new tenant registered on the spot as floating population (以证管人): name, ID number, phone,
    residence permit and its expiry, employer; a reason when the room is already full. */
class TenantDialog : public QDialog {
    Q_OBJECT
public:
    TenantDialog(const core::Access& access, core::Id roomId, QWidget* parent = nullptr);
    void accept() override;

    QLineEdit* name() const { return m_name; }
    QLineEdit* idNumber() const { return m_idNumber; }
    QLineEdit* phone() const { return m_phone; }
    QLineEdit* permit() const { return m_permit; }
    QLineEdit* employer() const { return m_employer; }
    QLineEdit* overCapacityReason() const { return m_reason; }
    QString problem() const;

private:
    const core::Access& m_access;
    core::Id m_room;
    QLineEdit *m_name, *m_idNumber, *m_phone, *m_permit, *m_employer, *m_reason;
    QDateEdit *m_permitExpiry, *m_movedIn;
    QLabel* m_error;
};

} // namespace shegong::ui
