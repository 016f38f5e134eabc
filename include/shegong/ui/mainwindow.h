#pragma once

#include <QMainWindow>

class QLabel;
class QTreeView;

namespace shegong::core {
class Database;
}

namespace shegong::ui {

class DistrictTreeModel;

//! The shell: the district tree beside a detail pane, the subdistrict in the title.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const core::Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    DistrictTreeModel* districtModel() const { return m_model; }
    QTreeView* districtTree() const { return m_tree; }

private:
    void showDetails(const QModelIndex& index);

    const core::Database& m_db;
    DistrictTreeModel* m_model;
    QTreeView* m_tree;
    QLabel* m_details;
};

} // namespace shegong::ui
