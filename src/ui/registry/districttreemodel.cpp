#include "shegong/ui/registry/districttreemodel.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/people/masking.h"
#include "shegong/core/people/peoplereads.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/rental/rentalviews.h"
#include "shegong/core/security/access.h"
#include "shegong/core/work/workerrepository.h"
#include "shegong/ui/common/labels.h"

#include <QDate>
#include <QHash>

namespace shegong::ui {

using Kind = DistrictTreeModel::Kind;

struct DistrictTreeModel::Node {
    Kind kind = Kind::Root;
    core::Id id = 0;
    QString name;
    QString detail;
    Node* parent = nullptr;
    int row = 0;
    bool loaded = false;
    std::vector<std::unique_ptr<Node>> children;

    Node* add(Kind childKind, core::Id childId, QString childName, QString childDetail)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->id = childId;
        child->name = std::move(childName);
        child->detail = std::move(childDetail);
        child->parent = this;
        child->row = int(children.size());
        child->loaded = childKind == Kind::Resident;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

DistrictTreeModel::DistrictTreeModel(const core::Access& access, QObject* parent)
    : QAbstractItemModel(parent), m_access(access), m_root(std::make_unique<Node>())
{
    load(m_root.get());
}

DistrictTreeModel::DistrictTreeModel(const core::Access& access, core::Id buildingId,
                                     const core::BuildingPeople& people, QObject* parent)
    : QAbstractItemModel(parent), m_access(access), m_root(std::make_unique<Node>())
{
    m_root->kind = Kind::Building;
    m_root->id = buildingId;
    m_root->loaded = true;
    fillBuilding(m_root.get(), people);
}

DistrictTreeModel::~DistrictTreeModel() = default;

DistrictTreeModel::Node* DistrictTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex DistrictTreeModel::indexOf(Node* node) const
{
    return node == m_root.get() ? QModelIndex() : createIndex(node->row, 0, node);
}

QModelIndex DistrictTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    Node* p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex DistrictTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int DistrictTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int DistrictTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool DistrictTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* node = nodeOf(parent);
    return node->loaded ? !node->children.empty() : node->kind != Kind::Resident;
}

bool DistrictTreeModel::canFetchMore(const QModelIndex& parent) const
{
    return parent.column() <= 0 && !nodeOf(parent)->loaded;
}

void DistrictTreeModel::fetchMore(const QModelIndex& parent)
{
    Node* node = nodeOf(parent);
    if (node->loaded)
        return;
    // Load into a scratch node first so the view is told the exact number of rows it gets.
    Node scratch;
    scratch.kind = node->kind;
    scratch.id = node->id;
    load(&scratch);
    node->loaded = true;
    if (scratch.children.empty())
        return;
    beginInsertRows(parent, 0, int(scratch.children.size()) - 1);
    node->children = std::move(scratch.children);
    for (auto& child : node->children)
        child->parent = node;
    endInsertRows();
}

QVariant DistrictTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? node->name : node->detail;
    case Qt::ToolTipRole:
        return node->detail;
    case KindRole:
        return int(node->kind);
    case IdRole:
        return qint64(node->id);
    default:
        return {};
    }
}

QVariant DistrictTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Details");
}

void DistrictTreeModel::load(Node* node)
{
    node->loaded = true;
    const core::Database& db = m_access.database();
    const core::DistrictRepository district(db);
    switch (node->kind) {
    case Kind::Root: {
        // The communities the session reads people in (a worker's own areas lie in their community).
        const core::Scope scope = m_access.scope(core::Permission::ViewResidents);
        const core::Id ownCommunity = m_access.session().worker.communityId.value_or(0);
        for (const core::Community& c : district.communities()) {
            if (scope.whole() || scope.communityId == c.id ||
                (scope.reach == core::Reach::Own && c.id == ownCommunity))
                node->add(Kind::Community, c.id, c.name, communityKindLabel(c.kind));
        }
        break;
    }
    case Kind::Community: {
        const core::WorkerRepository workers(db);
        for (const core::Area& a : district.areasOf(node->id)) {
            const auto worker = workers.workerOfArea(a.id, m_access.today());
            node->add(Kind::Area, a.id, a.name,
                      worker ? tr("Social worker: %1").arg(worker->name) : tr("No worker assigned"));
        }
        break;
    }
    case Kind::Area:
        for (const core::Building& b : district.buildingsOf(node->id))
            node->add(Kind::Building, b.id, b.address,
                      tr("%1, %n floor(s)", nullptr, b.floors).arg(buildingKindLabel(b.kind)));
        break;
    case Kind::Building:
        fillBuilding(node, core::peopleOfBuilding(m_access, node->id));
        break;
    case Kind::Dwelling:
    case Kind::Household:
    case Kind::Resident:
        break; // filled with their building
    }
}

void DistrictTreeModel::fillBuilding(Node* node, const core::BuildingPeople& people)
{
    // Outside the read scope core gave the dwellings without their households.
    QHash<core::Id, Node*> dwellings;
    for (const core::Dwelling& d : people.dwellings) {
        Node* dn = node->add(Kind::Dwelling, d.id, dwellingLabel(d), people.shown ? tr("Vacant") : QString());
        dn->loaded = true;
        dwellings.insert(d.id, dn);
    }
    if (!people.shown)
        return;
    // Names for the tags core hands out (sensitive ones only to roles that may see them), read once.
    if (m_tagNames.isEmpty())
        for (const core::TagKind& tag : core::ResidentRepository(m_access.database()).tagKinds())
            m_tagNames.insert(tag.code, tag.name);
    const QDate asOf = m_access.today();
    const auto tenants = core::tenantsOfBuilding(m_access, node->id);
    for (const core::HouseholdView& view : people.households) {
        Node* dn = dwellings.value(view.dwelling.id);
        if (!dn)
            continue;
        const QString head = view.residents.empty() ? tr("(no residents)") : view.residents.front().name;
        const bool floating =
            !view.residents.empty() && view.residents.front().registration == core::Registration::Floating;
        const QString summary = tr("%1 · %n person(s)", nullptr, int(view.residents.size()))
                                    .arg(floating ? registrationLabel(core::Registration::Floating)
                                                  : tenureLabel(view.household.tenure));
        dn->detail = tr("%1 household · %2").arg(head, summary);
        Node* hn = dn->add(Kind::Household, view.household.id, tr("%1 household").arg(head), summary);
        hn->loaded = true;
        for (const core::Resident& r : view.residents) {
            QStringList parts{relationLabel(r.relation)};
            if (r.gender)
                parts << genderLabel(*r.gender);
            if (r.birthDate)
                parts << tr("%n year(s)", nullptr, r.birthDate->daysTo(asOf) / 365);
            parts << registrationLabel(r.registration);
            if (r.idNumber)
                parts << core::maskIdNumber(*r.idNumber);
            if (r.phone)
                parts << core::maskPhone(*r.phone);
            for (const QString& tag : r.tags)
                parts << m_tagNames.value(tag, tag);
            if (const auto tenant = tenants.find(r.id); tenant != tenants.end())
                parts << tr("renting here since %1").arg(tenant->second.toString(Qt::ISODate));
            hn->add(Kind::Resident, r.id, r.name, parts.join(QStringLiteral(" · ")));
        }
    }
}

QModelIndex DistrictTreeModel::buildingIndex(core::Id buildingId)
{
    const auto building = core::DistrictRepository(m_access.database()).building(buildingId);
    if (!building)
        return {};
    for (auto& community : m_root->children) {
        if (!community->loaded)
            fetchMore(indexOf(community.get()));
        for (auto& area : community->children) {
            if (area->id != building->areaId)
                continue;
            if (!area->loaded)
                fetchMore(indexOf(area.get()));
            for (auto& b : area->children) {
                if (b->id == buildingId)
                    return indexOf(b.get());
            }
        }
    }
    return {};
}

} // namespace shegong::ui
