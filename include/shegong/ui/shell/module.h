#pragma once

#include "shegong/core/security/access.h"
#include "shegong/map/colour/colourmode.h"

#include <QString>
#include <functional>
#include <vector>

class QWidget;

namespace shegong::ui {

class Navigator;

//! What a module's page is made with: the session's access policy, accounts, and the navigator.
struct ModuleContext {
    const core::Access& access;
    core::AuthService* auth; //!< null where accounts cannot be managed (tools, some tests)
    Navigator& navigator;
    //! The map colour modes of every module the session may use.
    const std::vector<map::ColourModeFactory>& colourModes;
};

/*! A module of the shell: the shell shows it in the module bar when the session holds `permission`,
    puts the household panel beside it when asked, and builds its page (and status-bar widget) on
    demand. Its map colour modes join the map's chooser. Nothing else in the shell names a module. */
struct ModuleDescriptor {
    QString id;    //!< "map", "residents", "events"… for code and tests
    QString title; //!< translated
    QString icon;  //!< a theme icon name, or empty
    core::Permission permission = core::Permission::ViewDistrict;
    bool householdPanel = false;
    std::function<QWidget*(const ModuleContext&)> createPage;   //!< called when the page is first shown
    std::function<QWidget*(const ModuleContext&)> createStatus; //!< optional, in the status bar
    std::vector<map::ColourModeFactory> colourModes;
    bool needsAccounts = false; //!< offered only with an AuthService (account and area administration)
};

//! The modules in the order of the module bar.
class ModuleRegistry {
public:
    void add(ModuleDescriptor module) { m_modules.push_back(std::move(module)); }
    const std::vector<ModuleDescriptor>& modules() const { return m_modules; }

private:
    std::vector<ModuleDescriptor> m_modules;
};

//! The application's modules: the one place that lists them.
ModuleRegistry builtInModules();

} // namespace shegong::ui
