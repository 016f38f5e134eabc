#include "shegong/ui/map/mappage.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/people/peoplereads.h"
#include "shegong/core/security/access.h"
#include "shegong/map/districtscene.h"
#include "shegong/map/floorscene.h"
#include "shegong/ui/common/labels.h"
#include "shegong/ui/map/mapwidget.h"
#include "shegong/ui/shell/navigator.h"

#include <QColor>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace shegong::ui {
namespace {

QString legendHtml(const QString& title, const std::vector<map::LegendEntry>& entries)
{
    QStringList parts;
    for (const map::LegendEntry& e : entries) {
        const QString colour = QColor::fromRgbF(e.colour.r(), e.colour.g(), e.colour.b()).name();
        // A non-breaking entry: a community's name never breaks across lines.
        parts << QStringLiteral("<span style='white-space:nowrap'><span style='background:%1'>"
                                "&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2</span>")
                     .arg(colour, e.label.toHtmlEscaped());
    }
    return title.toHtmlEscaped() + parts.join(QStringLiteral(" &nbsp; "));
}

} // namespace

MapPage::MapPage(const core::Access& access, Navigator& navigator, std::vector<map::ColourModeFactory> modes,
                 QWidget* parent)
    : QWidget(parent), m_access(access), m_navigator(navigator), m_map(new MapWidget),
      m_search(new QLineEdit), m_modeChooser(new QComboBox), m_legend(new QLabel)
{
    const core::DistrictRepository district(access.database());
    map::SceneInput input{district.communities(), district.areas(), district.lanes(), district.buildings()};
    auto scene = std::make_shared<map::DistrictScene>(input);
    m_map->setScene(scene);

    // Tooltips: address, households, residents; occupancy is read once for the whole district.
    auto occupancy = std::make_shared<std::unordered_map<core::Id, core::Occupancy>>(
        core::ResidentRepository(access.database()).occupancyByBuilding());
    auto addresses = std::make_shared<QHash<core::Id, QString>>();
    QStringList completions;
    for (const core::Building& b : input.buildings) {
        (*addresses)[b.id] = b.address;
        completions << b.address << b.code;
    }
    m_map->setDescriber([occupancy, addresses](core::Id id) {
        const core::Occupancy o = occupancy->count(id) ? occupancy->at(id) : core::Occupancy{};
        return tr("%1\n%2 households · %3 residents")
            .arg(addresses->value(id))
            .arg(o.households)
            .arg(o.residents);
    });
    connect(m_map, &MapWidget::buildingClicked, this,
            [this](core::Id id) { m_navigator.showBuilding(id, false); });
    connect(m_map, &MapWidget::areaClicked, m_map, &MapWidget::flyToArea);
    connect(m_map, &MapWidget::buildingActivated, &m_navigator, &Navigator::openFloors);
    connect(m_map, &MapWidget::dwellingClicked, this,
            [this](core::Id dwelling) { m_navigator.showDwelling(m_floorsOf, dwelling); });
    connect(m_map, &MapWidget::floorsClosed, this, &MapPage::showModeLegend);
    connect(&navigator, &Navigator::buildingRequested, this, &MapPage::showBuilding);
    connect(&navigator, &Navigator::floorsRequested, this, &MapPage::openFloors);

    m_search->setPlaceholderText(tr("Find an address or building code"));
    m_search->setClearButtonEnabled(true);
    auto* completer = new QCompleter(completions, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!searchBuilding(m_search->text()))
            m_legend->setText(tr("No building matches “%1”").arg(m_search->text().toHtmlEscaped()));
    });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) { searchBuilding(text); });

    // Only modes whose data exists are offered; each is chosen by its id, never by its position.
    for (const map::ColourModeFactory& make : modes)
        if (auto mode = make(access, *scene)) {
            m_modeChooser->addItem(mode->title(), mode->id());
            m_modes.push_back(std::move(mode));
        }
    connect(m_modeChooser, &QComboBox::currentIndexChanged, this,
            [this] { setColourMode(m_modeChooser->currentData().toString()); });

    auto* homeButton = new QToolButton;
    homeButton->setText(tr("Whole district"));
    connect(homeButton, &QToolButton::clicked, m_map, [this] {
        m_map->closeFloors();
        m_map->home();
    });
    m_legend->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_modeChooser);
    bar->addWidget(homeButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_legend);

    if (!m_modes.empty())
        setColourMode(m_modes.front()->id());
    frameOwnAreas();
}

MapPage::~MapPage() = default;

QStringList MapPage::colourModes() const
{
    QStringList ids;
    for (const auto& mode : m_modes)
        ids << mode->id();
    return ids;
}

bool MapPage::setColourMode(const QString& id)
{
    for (const auto& mode : m_modes) {
        if (mode->id() != id)
            continue;
        m_mode = mode.get();
        m_mode->apply(*m_map->scene());
        const int index = m_modeChooser->findData(id);
        if (m_modeChooser->currentIndex() != index)
            m_modeChooser->setCurrentIndex(index); // comes back here once, already applied
        if (!m_map->floors())
            showModeLegend();
        m_map->update();
        return true;
    }
    return false;
}

QString MapPage::legendText() const
{
    return m_legend->text();
}

void MapPage::showModeLegend()
{
    m_legend->setText(m_mode ? legendHtml(m_mode->legendTitle(), m_mode->legend()) : QString());
}

void MapPage::showFloorLegend(const std::vector<core::DwellingStatus>& dwellings)
{
    // Only the states this building shows: the legend tells nothing the session may not see.
    std::vector<map::LegendEntry> entries;
    for (auto state : {core::DwellingState::OwnerOccupied, core::DwellingState::Rented,
                       core::DwellingState::FloatingHousehold, core::DwellingState::SpecialGroupHousehold,
                       core::DwellingState::Vacant, core::DwellingState::Undisclosed}) {
        if (std::any_of(dwellings.begin(), dwellings.end(),
                        [state](const core::DwellingStatus& d) { return d.state == state; }))
            entries.push_back({map::FloorScene::stateColour(state), dwellingStateLabel(state)});
    }
    m_legend->setText(legendHtml(tr("Floor view (Esc returns to the district): "), entries));
}

void MapPage::frameOwnAreas()
{
    // A social worker's map opens on their own areas; the rest stays visible but dimmed.
    const std::set<core::Id> own = m_access.ownAreas();
    if (own.empty())
        return;
    osg::BoundingBox box;
    for (const auto& entry : m_map->scene()->buildings())
        if (own.count(entry.areaId))
            box.expandBy(entry.box);
    if (!box.valid())
        return;
    auto pose = map::CameraRig::framing(box, 1.6);
    pose.distance = std::max(pose.distance, 400.0);
    m_map->camera().setPose(pose);
}

void MapPage::showBuilding(core::Id buildingId, bool fly)
{
    m_map->selectBuilding(buildingId);
    if (fly)
        m_map->flyToBuilding(buildingId);
}

void MapPage::openFloors(core::Id buildingId)
{
    m_navigator.showBuilding(buildingId, false);
    m_floorsOf = buildingId;
    const auto dwellings = core::floorView(m_access, buildingId);
    m_map->openFloors(std::make_shared<map::FloorScene>(dwellings));
    m_map->setFocus();
    showFloorLegend(dwellings);
}

bool MapPage::searchBuilding(const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    std::optional<core::Id> partial;
    for (const core::Building& b : core::DistrictRepository(m_access.database()).buildings()) {
        if (b.address == wanted || b.code.compare(wanted, Qt::CaseInsensitive) == 0) {
            m_navigator.showBuilding(b.id);
            return true;
        }
        if (!partial && (b.address.contains(wanted) || b.code.contains(wanted, Qt::CaseInsensitive)))
            partial = b.id;
    }
    if (partial)
        m_navigator.showBuilding(*partial);
    return partial.has_value();
}

} // namespace shegong::ui
