#include "shegong/ui/rental/vacancypanel.h"

#include "shegong/ui/rental/roomboard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace shegong::ui {
namespace {

//! A spin box whose lowest value means "no limit".
QSpinBox* limit(int most, int step, const QString& suffix)
{
    auto* box = new QSpinBox;
    box->setRange(0, most);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setSpecialValueText(VacancyPanel::tr("any"));
    return box;
}

std::optional<int> limitOf(const QSpinBox* box)
{
    return box->value() == 0 ? std::nullopt : std::optional<int>(box->value());
}

} // namespace

VacancyPanel::VacancyPanel(const core::Access& access, QWidget* parent)
    : QWidget(parent), m_access(access), m_rentMin(limit(50000, 100, tr(" yuan"))),
      m_rentMax(limit(50000, 100, tr(" yuan"))), m_areaMin(limit(300, 2, tr(" m²"))),
      m_floorMax(limit(40, 1, QString())), m_grade(new QComboBox), m_table(new QTableView),
      m_board(new RoomBoard), m_status(new QLabel)
{
    m_grade->addItem(tr("any grade"), int(core::Grade::None));
    m_grade->addItem(tr("A or better"), int(core::Grade::A));
    m_grade->addItem(tr("AA or better"), int(core::Grade::AA));
    m_grade->addItem(tr("AAA"), int(core::Grade::AAA));
    const Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new RecordTableModel<core::VacantRoom>(
        {{tr("Room"), [](const core::VacantRoom& v) { return v.address; }},
         {tr("Grade"), [](const core::VacantRoom& v) { return core::gradeName(v.grade); }},
         {tr("Score"),
          [](const core::VacantRoom& v) {
              return v.score > 0 ? QString::number(v.score, 'f', 1) : QString();
          },
          number},
         {tr("Rent"), [](const core::VacantRoom& v) { return tr("%1 yuan").arg(v.rentYuan); }, number},
         {tr("Area"), [](const core::VacantRoom& v) { return tr("%1 m²").arg(v.areaM2); }, number},
         {tr("Floor"), [](const core::VacantRoom& v) { return v.floor; }, number},
         {tr("Sleeps"), [](const core::VacantRoom& v) { return v.maxOccupants; }, number},
         {tr("Facilities"), [](const core::VacantRoom& v) { return v.facilities; }}},
        this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Rent from")));
    filters->addWidget(m_rentMin);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_rentMax);
    filters->addWidget(new QLabel(tr("Area at least")));
    filters->addWidget(m_areaMin);
    filters->addWidget(new QLabel(tr("Floor at most")));
    filters->addWidget(m_floorMax);
    filters->addWidget(m_grade);
    filters->addStretch();
    for (QSpinBox* box : {m_rentMin, m_rentMax, m_areaMin, m_floorMax})
        connect(box, &QSpinBox::valueChanged, this, &VacancyPanel::refresh);
    connect(m_grade, &QComboBox::currentIndexChanged, this, &VacancyPanel::refresh);

    auto* board = new QScrollArea;
    board->setWidget(m_board);
    auto* legend =
        new QLabel(tr("Room board: <span style='color:%1'>■</span> vacant · "
                      "<span style='color:%2'>■</span> let · <span style='color:%3'>■</span> not for rent")
                       .arg(RoomBoard::colourOf(core::RoomState::Vacant).name(),
                            RoomBoard::colourOf(core::RoomState::Let).name(),
                            RoomBoard::colourOf(core::RoomState::NotForRent).name()));
    auto* lower = new QWidget;
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(legend);
    lowerLayout->addWidget(board, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(lower);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
}

void VacancyPanel::setCommunity(core::Id communityId)
{
    m_community = communityId;
    refresh();
    const auto board = core::roomBoard(m_access, communityId, m_access.today().year());
    m_board->setHouses(board ? board.value() : std::vector<core::BoardHouse>{});
}

void VacancyPanel::refresh()
{
    core::VacancyQuery query;
    query.communityId = m_community;
    query.year = m_access.today().year();
    query.rentMin = limitOf(m_rentMin);
    query.rentMax = limitOf(m_rentMax);
    if (m_areaMin->value() > 0)
        query.areaMin = m_areaMin->value();
    query.floorMax = limitOf(m_floorMax);
    query.gradeAtLeast = core::Grade(m_grade->currentData().toInt());
    auto rooms = core::vacancies(m_access, query);
    if (!rooms) {
        m_model->setRecords({});
        m_status->setText(rooms.error().message);
        return;
    }
    m_status->setText(tr("%n vacant room(s), the best house first (grades of the last closed round)", nullptr,
                         int(rooms->size())));
    m_model->setRecords(std::move(rooms).value());
    m_table->resizeColumnsToContents();
}

} // namespace shegong::ui
