#pragma once

#include "shegong/core/geography/geography.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace shegong::core {
class Access;
class Database;
} // namespace shegong::core

namespace shegong::ui {

/*! The district as a lazy tree: community > area > building > dwelling > household > resident.
    Children load when a node is first expanded; a building loads its whole subtree in one query.
    Personal data (ID numbers, phones) is masked; sensitive population tags are not shown. */
class DistrictTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Kind { Root, Community, Area, Building, Dwelling, Household, Resident };
    enum Roles { KindRole = Qt::UserRole + 1, IdRole };
    enum Columns { NameColumn, DetailColumn, ColumnCount };

    explicit DistrictTreeModel(const core::Database& db, QObject* parent = nullptr);
    //! One building's dwellings, households and residents (the household panel).
    DistrictTreeModel(const core::Database& db, core::Id buildingId, QObject* parent = nullptr);
    /*! Scoped by a session: social workers and directors see their community only; sensitive tags
        show only for roles that may see them. `buildingId` 0 is the whole district. */
    DistrictTreeModel(const core::Database& db, const core::Access* access, core::Id buildingId,
                      QObject* parent = nullptr);
    ~DistrictTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    //! The index of a building (loading its community and area on the way), for selection from outside.
    QModelIndex buildingIndex(core::Id buildingId);

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(Node* node) const;
    void load(Node* node);
    QDate today() const;

    const core::Database& m_db;
    std::unique_ptr<Node> m_root;
    const core::Access* m_access = nullptr;
    QHash<QString, QString> m_publicTagNames; // code -> name of the tags this viewer may see
};

} // namespace shegong::ui
