#pragma once

#include "shegong/core/security/access.h"
#include "shegong/core/security/authservice.h"
#include "shegong/core/security/idlelock.h"
#include "shegong/core/work/visitservice.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace shegong::core {
class Database;
}

namespace shegong::ui {

class DistrictTreeModel;
class HouseholdPanel;
class MapWidget;
class ModuleBar;

//! The shell: the 3D map (and the district tree) beside the household panel.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    //! Without a session (tests, tools) nothing is scoped; with one, the map opens on the worker's
    //! areas, the user and role show in the status bar, and the session locks after idle minutes.
    explicit MainWindow(const core::Database& db, core::AuthService* auth = nullptr,
                        std::optional<core::Session> session = std::nullopt, QWidget* parent = nullptr);
    ~MainWindow() override;

    DistrictTreeModel* districtModel() const { return m_model; }
    QTreeView* districtTree() const { return m_tree; }
    MapWidget* mapWidget() const { return m_map; }
    HouseholdPanel* householdPanel() const { return m_panel; }
    ModuleBar* modules() const { return m_modules; }
    //! "本月走访 12/20 户" for a social worker; null for other roles.
    QLabel* quotaLabel() const { return m_quota; }

    //! Selects a building everywhere: highlighted and framed on the map, its households in the panel.
    void showBuilding(core::Id buildingId, bool fly = true);
    //! The household panel on one dwelling's household (from the registry or the events list).
    void showHousehold(core::Id buildingId, core::Id dwellingId);
    //! Finds a building by address or code (the map's search box); false when nothing matches.
    bool searchBuilding(const QString& text);
    //! Opens the floor view of a building (its dwellings as cells coloured by state).
    void openFloors(core::Id buildingId);
    //! Hides the work and asks for the password again ("lock now", and after idle minutes).
    void lockNow();
    bool isLocked() const { return m_locked; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createMapPage();
    QWidget* createAuditPage();
    void showTreeDetails(const QModelIndex& index);
    void showDistrictLegend();
    void showFloorLegend();
    void applySession();

    const core::Database& m_db;
    DistrictTreeModel* m_model;
    QTreeView* m_tree;
    MapWidget* m_map;
    HouseholdPanel* m_panel;
    ModuleBar* m_modules;
    QLineEdit* m_search = nullptr;
    QLabel* m_legend = nullptr;
    QString m_districtLegend;
    core::AuthService* m_auth;
    std::optional<core::Session> m_session;
    std::unique_ptr<core::IdleLock> m_idle;
    QTimer* m_idleCheck = nullptr;
    bool m_locked = false;
    std::unique_ptr<core::Access> m_access;
    std::unique_ptr<core::VisitService> m_visits;
    QLabel* m_quota = nullptr;
    void showQuota();
};

} // namespace shegong::ui
