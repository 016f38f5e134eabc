#pragma once

#include "shegong/core/residentsearch.h"

#include <QAbstractTableModel>

namespace shegong::ui {

/*! The residents registry as a lazy table: rows arrive 200 at a time as the view scrolls
    (canFetchMore / fetchMore), so 80,000 residents never load at once. Everything shown is masked. */
class ResidentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { Name, Gender, Age, Registration, IdNumber, Phone, Address, Area, ColumnCount };
    enum Roles { ResidentIdRole = Qt::UserRole + 1, BuildingIdRole, DwellingIdRole };
    static constexpr int kPage = 200;

    explicit ResidentTableModel(const core::ResidentSearch& search, QObject* parent = nullptr);

    void setQuery(const core::ResidentQuery& query);
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    const core::ResidentSearch& m_search;
    core::ResidentQuery m_query;
    std::vector<core::ResidentRow> m_rows;
    int m_total = 0;
    bool m_fetching = false;
};

} // namespace shegong::ui
