// The application's modules, in the order of the module bar: the one place that names them. A new
// module is a folder under src/ui plus one entry here.
#include "shegong/map/colour/areacolourmode.h"
#include "shegong/map/colour/rentalgrademode.h"
#include "shegong/map/colour/visitrecencymode.h"
#include "shegong/ui/admin/accountspage.h"
#include "shegong/ui/admin/areaspage.h"
#include "shegong/ui/audit/auditpage.h"
#include "shegong/ui/map/mappage.h"
#include "shegong/ui/mediation/mediationpage.h"
#include "shegong/ui/registry/districtpage.h"
#include "shegong/ui/registry/registrypage.h"
#include "shegong/ui/rental/rentalpage.h"
#include "shegong/ui/reports/reportspage.h"
#include "shegong/ui/shell/module.h"
#include "shegong/ui/shell/navigator.h"
#include "shegong/ui/visits/eventspage.h"
#include "shegong/ui/visits/quotalabel.h"

#include <QCoreApplication>

namespace shegong::ui {
namespace {

QString title(const char* text)
{
    return QCoreApplication::translate("Modules", text);
}

} // namespace

ModuleRegistry builtInModules()
{
    using core::Permission;
    ModuleRegistry modules;
    modules.add({.id = QStringLiteral("map"),
                 .title = title(QT_TRANSLATE_NOOP("Modules", "Map")),
                 .permission = Permission::ViewDistrict,
                 .householdPanel = true,
                 .createPage =
                     [](const ModuleContext& c) { return new MapPage(c.access, c.navigator, c.colourModes); },
                 .colourModes = {map::AreaColourMode::create, map::VisitRecencyMode::create}});
    modules.add(
        {.id = QStringLiteral("district"),
         .title = title(QT_TRANSLATE_NOOP("Modules", "District")),
         .permission = Permission::ViewDistrict,
         .householdPanel = true,
         .createPage = [](const ModuleContext& c) { return new DistrictPage(c.access, c.navigator); }});
    modules.add({.id = QStringLiteral("residents"),
                 .title = title(QT_TRANSLATE_NOOP("Modules", "Residents")),
                 .permission = Permission::ViewResidents,
                 .householdPanel = true,
                 .createPage = [](const ModuleContext& c) {
                     auto* page = new RegistryPage(c.access);
                     Navigator& nav = c.navigator;
                     QObject::connect(page, &RegistryPage::householdRequested, &nav,
                                      [&nav](core::Id building, core::Id dwelling) {
                                          nav.showBuilding(building);
                                          nav.showDwelling(building, dwelling);
                                      });
                     QObject::connect(page, &RegistryPage::householdSelected, &nav, &Navigator::showDwelling);
                     return page;
                 }});
    modules.add({.id = QStringLiteral("events"),
                 .title = title(QT_TRANSLATE_NOOP("Modules", "Visits & events")),
                 .permission = Permission::RecordVisits,
                 .householdPanel = true,
                 .createPage =
                     [](const ModuleContext& c) {
                         auto* page = new EventsPage(c.access);
                         QObject::connect(page, &EventsPage::householdSelected, &c.navigator,
                                          &Navigator::showDwelling);
                         return page;
                     },
                 .createStatus = [](const ModuleContext& c) -> QWidget* {
                     return c.access.may(Permission::AnswerForAreas) ? new QuotaLabel(c.access) : nullptr;
                 }});
    modules.add({.id = QStringLiteral("rental"),
                 .title = title(QT_TRANSLATE_NOOP("Modules", "Rental grading")),
                 .permission = Permission::ViewRentals,
                 .createPage = [](const ModuleContext& c) { return new RentalPage(c.access); },
                 .colourModes = {map::RentalGradeMode::create}});
    modules.add({.id = QStringLiteral("mediation"),
                 .title = title(QT_TRANSLATE_NOOP("Modules", "Mediation")),
                 .permission = Permission::ManageMediation,
                 .createPage = [](const ModuleContext& c) {
                     auto* page = new MediationPage(c.access);
                     QObject::connect(page, &MediationPage::householdRequested, &c.navigator,
                                      &Navigator::showOnMap);
                     return page;
                 }});
    modules.add({.id = QStringLiteral("reports"),
                 .title = title(QT_TRANSLATE_NOOP("Modules", "Reports")),
                 .permission = Permission::ViewWorkloadReport,
                 .createPage = [](const ModuleContext& c) { return new ReportsPage(c.access); }});
    // Account and area administration need the accounts service: offered only where there is one.
    modules.add({.id = QStringLiteral("accounts"),
                 .title = title(QT_TRANSLATE_NOOP("Modules", "Accounts")),
                 .permission = Permission::ManageAccounts,
                 .createPage =
                     [](const ModuleContext& c) {
                         return new AccountsPage(*c.auth, c.access.session(), c.access.database());
                     },
                 .needsAccounts = true});
    modules.add({.id = QStringLiteral("admin"),
                 .title = title(QT_TRANSLATE_NOOP("Modules", "Areas")),
                 .permission = Permission::ReassignAreas,
                 .createPage = [](const ModuleContext& c) { return new AreasPage(c.access, *c.auth); },
                 .needsAccounts = true});
    modules.add({.id = QStringLiteral("audit"),
                 .title = title(QT_TRANSLATE_NOOP("Modules", "Audit trail")),
                 .permission = Permission::ViewAuditLog,
                 .createPage = [](const ModuleContext& c) { return new AuditPage(c.access.database()); }});
    return modules;
}

} // namespace shegong::ui
