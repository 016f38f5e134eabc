#pragma once

#include "shegong/core/security/access.h"
#include "shegong/core/security/authservice.h"
#include "shegong/core/security/idlelock.h"
#include "shegong/core/work/visitservice.h"
#include "shegong/ui/shell/module.h"

#include <QMainWindow>
#include <memory>

class QTimer;

namespace shegong::ui {

class BackupScheduler;
class HouseholdPanel;
class ModuleBar;
class Navigator;

/*! The shell: the module bar with the pages of the modules the session may use, the household panel
    beside the modules that want it, who is working in the status bar, and the idle lock. It names no
    module: they come from the registry. */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const core::Database& db, core::AuthService* auth, core::Session session,
               const ModuleRegistry& modules = builtInModules(), QWidget* parent = nullptr);
    ~MainWindow() override;

    ModuleBar* modules() const { return m_modules; }
    HouseholdPanel* householdPanel() const { return m_panel; }
    Navigator& navigator() const { return *m_navigator; }
    const core::Access& access() const { return *m_access; }
    //! A module's page, if the session has that module.
    template <typename Page> Page* page(const QString& id) const { return qobject_cast<Page*>(pageOf(id)); }

    //! Hides the work and asks for the password again ("lock now", and after idle minutes).
    void lockNow();
    bool isLocked() const { return m_locked; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    //! The backup at close, if the schedule asks for one.
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* pageOf(const QString& id) const;
    void addModules(const ModuleRegistry& registry);
    void showStatus();

    const core::Database& m_db;
    core::AuthService* m_auth;
    std::unique_ptr<core::Access> m_access;
    Navigator* m_navigator;
    ModuleBar* m_modules;
    std::unique_ptr<core::VisitService> m_visits; //!< the household panel records visits through it
    HouseholdPanel* m_panel;
    std::vector<map::ColourModeFactory> m_colourModes; //!< of the modules the session may use
    std::unique_ptr<ModuleContext> m_context;
    std::unique_ptr<core::IdleLock> m_idle;
    QTimer* m_idleCheck = nullptr;
    BackupScheduler* m_backups = nullptr;
    bool m_locked = false;
};

} // namespace shegong::ui
