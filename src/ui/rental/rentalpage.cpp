#include "shegong/ui/rental/rentalpage.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/ui/rental/housespanel.h"
#include "shegong/ui/rental/inspectionform.h"
#include "shegong/ui/rental/roundspanel.h"
#include "shegong/ui/rental/vacancypanel.h"
#include "shegong/ui/rental/walltablepanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace shegong::ui {

RentalPage::RentalPage(const core::Access& access, QWidget* parent)
    : QWidget(parent), m_access(access), m_community(new QComboBox), m_tabs(new QTabWidget),
      m_vacancies(new VacancyPanel(access)), m_houses(new HousesPanel(access)),
      m_wallTable(new WallTablePanel(access)), m_rounds(new RoundsPanel(access))
{
    // The communities with rental houses come first: the urban village is where the module lives.
    for (const core::Community& c : core::DistrictRepository(access.database()).communities())
        if (access.mayInCommunity(core::Permission::ViewRentals, c.id)) {
            if (c.kind == core::CommunityKind::UrbanVillage)
                m_community->insertItem(0, c.name, QVariant::fromValue(c.id));
            else
                m_community->addItem(c.name, QVariant::fromValue(c.id));
        }
    m_community->setCurrentIndex(0);

    m_tabs->addTab(m_vacancies, tr("Vacancies"));
    m_tabs->addTab(m_houses, tr("Houses and tenants"));
    connect(m_houses, &HousesPanel::changed, this, &RentalPage::showCommunity);
    m_tabs->addTab(m_wallTable, tr("Wall table"));
    m_tabs->addTab(m_rounds, tr("Rounds"));
    if (access.may(core::Permission::GradeRentals)) {
        m_inspection = new InspectionForm(access);
        m_tabs->addTab(m_inspection, tr("Inspection"));
        connect(m_inspection, &InspectionForm::saved, m_rounds, [this] { showCommunity(); });
    }
    connect(m_rounds, &RoundsPanel::roundsChanged, this, &RentalPage::showCommunity);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Community")));
    top->addWidget(m_community);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    connect(m_community, &QComboBox::currentIndexChanged, this, &RentalPage::showCommunity);
    showCommunity();
}

void RentalPage::showCommunity()
{
    const core::Id id = m_community->currentData().toLongLong();
    const QString name = m_community->currentText();
    m_vacancies->setCommunity(id);
    if (sender() != m_houses) // the houses tab keeps its selection after its own change
        m_houses->setCommunity(id);
    m_wallTable->setCommunity(id, name);
    m_rounds->setCommunity(id, name);
}

} // namespace shegong::ui
