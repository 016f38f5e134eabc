#pragma once

#include "shegong/core/people/residentsearch.h"

#include <QAbstractTableModel>

namespace shegong::ui {

class BackgroundSearch;

/*! The residents registry as a lazy table: rows arrive 200 at a time as the view scrolls
    (canFetchMore / fetchMore), so 80,000 residents never load at once. Every query runs on the search
    thread: the rows shown stay until the new ones arrive (resultsReady), and a query overtaken by a
    newer one is dropped. Sortable by name, gender, age, registration, address and area. Everything
    shown is masked. */
class ResidentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { Name, Gender, Age, Registration, IdNumber, Phone, Address, Area, ColumnCount };
    enum Roles { ResidentIdRole = Qt::UserRole + 1, BuildingIdRole, DwellingIdRole };
    static constexpr int kPage = 200;

    explicit ResidentTableModel(const core::Access& access, QObject* parent = nullptr);
    ~ResidentTableModel() override;

    //! Starts the query (the model starts empty); the rows change when resultsReady() is emitted.
    void setQuery(const core::ResidentQuery& query);
    const core::ResidentQuery& query() const { return m_query; }
    int totalCount() const { return m_total; }
    //! True from setQuery() until its first rows are shown.
    bool isSearching() const { return m_searching; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    //! The first rows of the latest query are shown (and totalCount() is its total).
    void resultsReady();

private:
    BackgroundSearch* m_search;
    core::ResidentQuery m_query;
    std::vector<core::ResidentRow> m_rows;
    quint64 m_generation = 0;
    int m_total = 0;
    bool m_searching = false;
    bool m_fetching = false;
};

} // namespace shegong::ui
