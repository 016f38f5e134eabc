#include "shegong/ui/registry/residenttablemodel.h"

#include "shegong/ui/common/labels.h"
#include "shegong/ui/registry/backgroundsearch.h"

#include <map>

namespace shegong::ui {

ResidentTableModel::ResidentTableModel(const core::Access& access, QObject* parent)
    : QAbstractTableModel(parent), m_search(new BackgroundSearch(access, this))
{}

ResidentTableModel::~ResidentTableModel() = default;

void ResidentTableModel::setQuery(const core::ResidentQuery& query)
{
    m_query = query;
    const quint64 generation = ++m_generation;
    m_search->supersede(generation);
    m_searching = true;
    m_fetching = false;
    m_search->find(generation, query, 0, kPage, true,
                   [this, generation](int total, std::vector<core::ResidentRow> rows) {
                       if (generation != m_generation)
                           return;
                       beginResetModel();
                       m_rows = std::move(rows);
                       m_total = total;
                       m_searching = false;
                       endResetModel();
                       Q_EMIT resultsReady();
                   });
}

void ResidentTableModel::sort(int column, Qt::SortOrder order)
{
    using O = core::ResidentQuery::Order;
    static const std::map<int, O> orders{{Name, O::Name},       {Gender, O::Gender},
                                         {Age, O::Age},         {Registration, O::Registration},
                                         {Address, O::Address}, {Area, O::Area}};
    const auto it = orders.find(column);
    if (it == orders.end())
        return; // masked columns do not sort
    if (m_query.order == it->second && m_query.descending == (order == Qt::DescendingOrder))
        return; // views re-apply the sort they show; that is no new query
    core::ResidentQuery query = m_query;
    query.order = it->second;
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

int ResidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ResidentTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_searching && int(m_rows.size()) < m_total;
}

void ResidentTableModel::fetchMore(const QModelIndex& parent)
{
    // One page in flight at a time; views ask again as they scroll.
    if (m_fetching || !canFetchMore(parent))
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    m_search->find(generation, m_query, int(m_rows.size()), kPage, false,
                   [this, generation](int, std::vector<core::ResidentRow> more) {
                       if (generation != m_generation)
                           return;
                       m_fetching = false;
                       if (more.empty()) {
                           m_total = int(m_rows.size()); // the data changed underneath: stop asking
                           return;
                       }
                       beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
                       m_rows.insert(m_rows.end(), more.begin(), more.end());
                       endInsertRows();
                   });
}

QVariant ResidentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const core::ResidentRow& r = m_rows[size_t(index.row())];
    switch (role) {
    case ResidentIdRole:
        return qint64(r.id);
    case BuildingIdRole:
        return qint64(r.buildingId);
    case DwellingIdRole:
        return qint64(r.dwellingId);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Gender:
            return r.gender.isEmpty() ? QString()
                                      : genderLabel(r.gender == QLatin1String("M") ? core::Gender::Male
                                                                                   : core::Gender::Female);
        case Age:
            return r.age;
        case Registration:
            return registrationLabel(r.registration);
        case IdNumber:
            return r.idNumber;
        case Phone:
            return r.phone;
        case Address:
            return r.address;
        case Area:
            return r.area;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ResidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Gender:
        return tr("Gender");
    case Age:
        return tr("Age");
    case Registration:
        return tr("Registration");
    case IdNumber:
        return tr("ID number");
    case Phone:
        return tr("Phone");
    case Address:
        return tr("Address");
    case Area:
        return tr("Area");
    default:
        return {};
    }
}

} // namespace shegong::ui
