#include "shegong/ui/rental/rentaldialogs.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/people/peoplereads.h"
#include "shegong/ui/common/dialogbuttons.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shegong::ui {

HouseDialog::HouseDialog(const core::Access& access, core::Id communityId,
                         std::optional<core::HouseView> house, QWidget* parent)
    : QDialog(parent), m_access(access), m_building(new QComboBox), m_address(new QLineEdit),
      m_registered(new QRadioButton(tr("A resident of the building"))),
      m_outside(new QRadioButton(tr("A person outside the registry"))), m_resident(new QComboBox),
      m_name(new QLineEdit), m_idNumber(new QLineEdit), m_phone(new QLineEdit),
      m_registeredOn(dayEdit(access.today())), m_error(errorLabel())
{
    setWindowTitle(house ? tr("Rental house %1").arg(house->house.address) : tr("New rental house"));
    // The buildings where the session may register a house (its own areas, or the community).
    const core::DistrictRepository district(access.database());
    for (const core::Area& area : district.areasOf(communityId))
        if (access.may(core::Permission::EditRentals, area.id))
            for (const core::Building& b : district.buildingsOf(area.id))
                m_building->addItem(b.address, QVariant::fromValue(b.id));
    m_building->setEditable(true);
    m_building->setInsertPolicy(QComboBox::NoInsert);
    m_address->setPlaceholderText(tr("as on the door, e.g. 9排20号"));
    m_idNumber->setPlaceholderText(tr("18 characters"));
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_registered);
    choice->addButton(m_outside);
    m_registered->setChecked(true);
    if (house) {
        m_houseId = house->house.id;
        m_building->setCurrentIndex(m_building->findData(QVariant::fromValue(house->house.buildingId)));
        m_building->setEnabled(false); // a house does not move
        m_address->setText(house->house.address);
        m_registeredOn->setDate(house->house.registeredOn);
        m_outside->setChecked(house->house.outsideLandlord.has_value());
        if (house->house.outsideLandlord)
            m_name->setText(house->house.outsideLandlord->name); // ID and phone are entered again
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Building"), m_building);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Landlord"), m_registered);
    form->addRow(QString(), m_resident);
    form->addRow(QString(), m_outside);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("ID number"), m_idNumber);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Registered on"), m_registeredOn);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(dialogButtons(this, house ? tr("Save house") : tr("Register house")));
    connect(m_building, &QComboBox::currentIndexChanged, this, &HouseDialog::showResidents);
    const auto follow = [this] {
        const bool outside = m_outside->isChecked();
        m_resident->setEnabled(!outside);
        for (QLineEdit* field : {m_name, m_idNumber, m_phone})
            field->setEnabled(outside);
    };
    connect(m_outside, &QRadioButton::toggled, this, follow);
    showResidents();
    if (house && house->house.landlordResidentId)
        m_resident->setCurrentIndex(
            m_resident->findData(QVariant::fromValue(*house->house.landlordResidentId)));
    follow();
}

void HouseDialog::showResidents()
{
    m_resident->clear();
    const auto households = core::householdsOfBuilding(m_access, m_building->currentData().toLongLong());
    if (!households)
        return;
    for (const core::HouseholdView& h : households.value())
        for (const core::Resident& r : h.residents)
            if (r.relation == QLatin1String("head"))
                m_resident->addItem(tr("%1 (%2)").arg(r.name, h.dwelling.number), QVariant::fromValue(r.id));
}

QString HouseDialog::problem() const
{
    return m_error->text();
}

void HouseDialog::accept()
{
    core::RentalHouse house;
    house.id = m_houseId;
    house.buildingId = m_building->currentData().toLongLong();
    house.address = m_address->text();
    house.registeredOn = m_registeredOn->date();
    if (m_outside->isChecked())
        house.outsideLandlord = core::OutsideLandlord{m_name->text(), m_idNumber->text(), m_phone->text()};
    else if (m_resident->currentIndex() >= 0)
        house.landlordResidentId = m_resident->currentData().toLongLong();
    const core::RentalService rentals(m_access);
    if (m_houseId) {
        if (auto saved = rentals.updateHouse(house); !saved) {
            m_error->setText(saved.error().message);
            return;
        }
    } else if (auto added = rentals.addHouse(house); !added) {
        m_error->setText(added.error().message);
        return;
    } else {
        m_houseId = added.value();
    }
    QDialog::accept();
}

RoomDialog::RoomDialog(const core::Access& access, core::RentalRoom room, QWidget* parent)
    : QDialog(parent), m_access(access), m_room(std::move(room)), m_number(new QLineEdit(m_room.number)),
      m_floor(new QSpinBox), m_area(new QDoubleSpinBox), m_rent(new QSpinBox), m_max(new QSpinBox),
      m_facilities(new QLineEdit(m_room.facilities)), m_forRent(new QCheckBox(tr("For rent"))),
      m_error(errorLabel())
{
    setWindowTitle(m_room.id ? tr("Room %1").arg(m_room.number) : tr("New room"));
    m_floor->setRange(-2, 40);
    m_floor->setValue(m_room.id ? m_room.floor : 2);
    m_area->setRange(0, 300);
    m_area->setDecimals(1);
    m_area->setSuffix(tr(" m²"));
    m_area->setValue(m_room.id ? m_room.areaM2 : 12);
    m_rent->setRange(0, 50000);
    m_rent->setSingleStep(50);
    m_rent->setSuffix(tr(" yuan a month"));
    m_rent->setValue(m_room.id ? m_room.rentYuan : 800);
    m_max->setRange(0, 20);
    m_max->setValue(m_room.id ? m_room.maxOccupants : 2);
    m_forRent->setChecked(m_room.id ? m_room.forRent : true);
    m_facilities->setPlaceholderText(tr("e.g. 独立卫生间、空调、热水器"));
    auto* form = new QFormLayout;
    form->addRow(tr("Room number"), m_number);
    form->addRow(tr("Floor"), m_floor);
    form->addRow(tr("Area"), m_area);
    form->addRow(tr("Rent"), m_rent);
    form->addRow(tr("Sleeps at most"), m_max);
    form->addRow(tr("Facilities"), m_facilities);
    form->addRow(QString(), m_forRent);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(dialogButtons(this, m_room.id ? tr("Save room") : tr("Add room")));
}

QString RoomDialog::problem() const
{
    return m_error->text();
}

void RoomDialog::accept()
{
    m_room.number = m_number->text();
    m_room.floor = m_floor->value();
    m_room.areaM2 = m_area->value();
    m_room.rentYuan = m_rent->value();
    m_room.maxOccupants = m_max->value();
    m_room.facilities = m_facilities->text();
    m_room.forRent = m_forRent->isChecked();
    const core::RentalService rentals(m_access);
    if (m_room.id) {
        if (auto saved = rentals.updateRoom(m_room); !saved) {
            m_error->setText(saved.error().message);
            return;
        }
    } else if (auto added = rentals.addRoom(m_room); !added) {
        m_error->setText(added.error().message);
        return;
    } else {
        m_room.id = added.value();
    }
    QDialog::accept();
}

TenantDialog::TenantDialog(const core::Access& access, core::Id roomId, QWidget* parent)
    : QDialog(parent), m_access(access), m_room(roomId), m_name(new QLineEdit), m_idNumber(new QLineEdit),
      m_phone(new QLineEdit), m_permit(new QLineEdit), m_employer(new QLineEdit), m_reason(new QLineEdit),
      m_permitExpiry(dayEdit(access.today().addYears(1))), m_movedIn(dayEdit(access.today())),
      m_error(errorLabel())
{
    setWindowTitle(tr("Register a tenant"));
    m_reason->setPlaceholderText(tr("only when the room is already full"));
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("ID number"), m_idNumber);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Residence permit"), m_permit);
    form->addRow(tr("Permit valid until"), m_permitExpiry);
    form->addRow(tr("Employer"), m_employer);
    form->addRow(tr("Moves in on"), m_movedIn);
    form->addRow(tr("Over capacity because"), m_reason);
    auto* note = new QLabel(tr("The tenant is registered as floating population of the room's household."));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(dialogButtons(this, tr("Register tenant")));
}

QString TenantDialog::problem() const
{
    return m_error->text();
}

void TenantDialog::accept()
{
    core::Resident tenant;
    tenant.name = m_name->text().trimmed();
    tenant.idNumber = m_idNumber->text().trimmed();
    if (!m_phone->text().trimmed().isEmpty())
        tenant.phone = m_phone->text().trimmed();
    if (!m_permit->text().trimmed().isEmpty()) {
        tenant.permitNumber = m_permit->text().trimmed();
        tenant.permitExpiry = m_permitExpiry->date();
    }
    if (!m_employer->text().trimmed().isEmpty())
        tenant.employer = m_employer->text().trimmed();
    const auto registered =
        core::RentalService(m_access).registerTenant(m_room, tenant, m_movedIn->date(), m_reason->text());
    if (!registered) {
        m_error->setText(registered.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace shegong::ui
