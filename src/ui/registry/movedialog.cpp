#include "shegong/ui/registry/movedialog.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/people/peoplereads.h"
#include "shegong/ui/common/dialogbuttons.h"
#include "shegong/ui/common/labels.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shegong::ui {

MoveDialog::MoveDialog(const core::ResidentService& service, const core::Access& access, Subject subject,
                       core::Id id, const QString& name, QWidget* parent)
    : QDialog(parent), m_service(service), m_access(access), m_subject(subject), m_id(id),
      m_building(new QComboBox), m_dwelling(new QComboBox), m_household(new QComboBox),
      m_tenure(new QComboBox), m_date(new QDateEdit(access.today())), m_message(new QLabel)
{
    setWindowTitle(subject == Subject::Resident ? tr("Move %1 to another household").arg(name)
                                                : tr("Move the household of %1").arg(name));
    // Buildings of the areas this session may edit; typing filters them.
    const core::DistrictRepository district(access.database());
    for (const core::Area& area : district.areas())
        if (access.mayEditArea(area.id))
            for (const core::Building& b : district.buildingsOf(area.id))
                m_building->addItem(b.address, qint64(b.id));
    m_building->setEditable(true);
    m_building->setInsertPolicy(QComboBox::NoInsert);
    m_building->completer()->setFilterMode(Qt::MatchContains);
    m_building->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (core::Tenure t : {core::Tenure::Owner, core::Tenure::Tenant, core::Tenure::Other})
        m_tenure->addItem(tenureLabel(t), int(t));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(m_access.today());
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_message->setWordWrap(true);
    connect(m_building, &QComboBox::currentIndexChanged, this, &MoveDialog::showDwellings);
    connect(m_dwelling, &QComboBox::currentIndexChanged, this, &MoveDialog::showHouseholds);
    connect(m_household, &QComboBox::currentIndexChanged, this,
            [this] { m_tenure->setEnabled(m_household->currentData().toLongLong() == 0); });

    auto* form = new QFormLayout;
    form->addRow(tr("Building"), m_building);
    form->addRow(tr("Dwelling"), m_dwelling);
    if (subject == Subject::Resident) {
        form->addRow(tr("Household"), m_household);
        form->addRow(tr("Tenure of a new household"), m_tenure);
    } else {
        m_household->hide();
        m_tenure->hide();
    }
    form->addRow(subject == Subject::Resident ? tr("Moves in on") : tr("Moves on"), m_date);
    auto* note = new QLabel(subject == Subject::Resident
                                ? tr("The earlier residence is kept in the resident's history.")
                                : tr("The household keeps its members, visits and events; its open events go "
                                     "to the worker of the new area."));
    note->setWordWrap(true);
    auto* buttons = dialogButtons(this, tr("Move"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    showDwellings();
}

void MoveDialog::showDwellings()
{
    m_dwelling->clear();
    const core::Id building = m_building->currentData().toLongLong();
    if (!building)
        return;
    for (const core::DwellingStatus& s : core::floorView(m_access, building))
        m_dwelling->addItem(QStringLiteral("%1 · %2%3")
                                .arg(dwellingLabel(s.dwelling), dwellingStateLabel(s.state),
                                     s.head.isEmpty() ? QString() : tr(" · head %1").arg(s.head)),
                            qint64(s.dwelling.id));
}

void MoveDialog::showHouseholds()
{
    m_household->clear();
    const core::Id dwelling = m_dwelling->currentData().toLongLong();
    if (!dwelling)
        return;
    for (const core::Household& h : core::ResidentRepository(m_access.database()).householdsOf(dwelling)) {
        if (h.movedOut)
            continue;
        QString head;
        const auto members = core::residentsOfHousehold(m_access, h.id);
        for (const core::Resident& r : members ? members.value() : std::vector<core::Resident>{})
            if (r.relation == QLatin1String("head") && !r.movedOut)
                head = r.name;
        m_household->addItem(
            tr("Household of %1 (%2)").arg(head.isEmpty() ? tr("no head") : head, tenureLabel(h.tenure)),
            qint64(h.id));
    }
    m_household->addItem(tr("A new household"), qint64(0));
}

void MoveDialog::accept()
{
    const core::Id dwelling = m_dwelling->currentData().toLongLong();
    if (!dwelling) {
        m_message->setText(tr("Choose a building and a dwelling"));
        return;
    }
    core::Result<void> done;
    if (m_subject == Subject::Household) {
        done = m_service.moveHousehold(m_id, dwelling, m_date->date());
    } else if (const core::Id household = m_household->currentData().toLongLong()) {
        done = m_service.moveIn(m_id, household, m_date->date());
    } else {
        auto created = m_service.moveIntoNewHousehold(
            m_id, dwelling, core::Tenure(m_tenure->currentData().toInt()), m_date->date());
        if (!created)
            done = created.error();
    }
    if (!done) {
        m_message->setText(done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace shegong::ui
