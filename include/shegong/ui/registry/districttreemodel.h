#pragma once

#include "shegong/core/geography/geography.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace shegong::core {
class Access;
class Database;
struct BuildingPeople;
} // namespace shegong::core

namespace shegong::ui {

/*! The district as a lazy tree: community > area > building > dwelling > household > resident, as one
    session may read it. Children load when a node is first expanded; a building loads its whole subtree
    in one read (core::peopleOfBuilding). The communities are those the session reads people in; a
    building outside the read scope shows its dwellings but not its people (core refuses them). ID
    numbers and phones are masked; sensitive tags only reach roles that may see them. */
class DistrictTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Kind { Root, Community, Area, Building, Dwelling, Household, Resident };
    enum Roles { KindRole = Qt::UserRole + 1, IdRole };
    enum Columns { NameColumn, DetailColumn, ColumnCount };

    //! The whole district.
    explicit DistrictTreeModel(const core::Access& access, QObject* parent = nullptr);
    //! One building's dwellings, as the household panel has already read them.
    DistrictTreeModel(const core::Access& access, core::Id buildingId, const core::BuildingPeople& people,
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
    void fillBuilding(Node* building, const core::BuildingPeople& people);

    const core::Access& m_access;
    std::unique_ptr<Node> m_root;
    QHash<QString, QString> m_tagNames; // code -> name
};

} // namespace shegong::ui
