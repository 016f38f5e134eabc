#include "shegong/ui/residenttablemodel.h"

#include "shegong/ui/labels.h"

#include <QScopedValueRollback>

namespace shegong::ui {

ResidentTableModel::ResidentTableModel(const core::ResidentSearch& search, QObject* parent)
    : QAbstractTableModel(parent), m_search(search)
{
    setQuery({});
}

void ResidentTableModel::setQuery(const core::ResidentQuery& query)
{
    beginResetModel();
    m_query = query;
    m_total = m_search.count(query);
    m_rows = m_search.find(query, 0, kPage);
    endResetModel();
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
    return !parent.isValid() && int(m_rows.size()) < m_total;
}

void ResidentTableModel::fetchMore(const QModelIndex& parent)
{
    // Views and testers may ask again from inside our own rowsInserted: one page at a time.
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    auto more = m_search.find(m_query, int(m_rows.size()), kPage);
    if (more.empty()) {
        m_total = int(m_rows.size()); // the data changed underneath: stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.insert(m_rows.end(), more.begin(), more.end());
    endInsertRows();
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
