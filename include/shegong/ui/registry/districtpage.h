#pragma once

#include <QWidget>

class QTreeView;

namespace shegong::core {
class Access;
}

namespace shegong::ui {

class DistrictTreeModel;
class Navigator;

//! The district module: communities → areas → buildings → dwellings → households → residents.
class DistrictPage : public QWidget {
    Q_OBJECT
public:
    DistrictPage(const core::Access& access, Navigator& navigator, QWidget* parent = nullptr);

    DistrictTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }

private:
    DistrictTreeModel* m_model;
    QTreeView* m_tree;
};

} // namespace shegong::ui
