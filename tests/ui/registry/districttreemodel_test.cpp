#include "demodistrict.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/rental/rentalviews.h"
#include "shegong/core/security/access.h"
#include "shegong/core/work/visitservice.h"
#include "shegong/map/colour/rentalgrademode.h"
#include "shegong/map/districtscene.h"
#include "shegong/ui/map/householdpanel.h"
#include "shegong/ui/map/mappage.h"
#include "shegong/ui/map/mapwidget.h"
#include "shegong/ui/registry/districtpage.h"
#include "shegong/ui/registry/districttreemodel.h"
#include "shegong/ui/shell/mainwindow.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QRegularExpression>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace shegong;
using Kind = ui::DistrictTreeModel::Kind;

namespace {

class DistrictTree : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_district = new test::TestDatabase(QStringLiteral("tree.db"));
        ASSERT_TRUE(
            core::generateDemoDistrict(s_district->db(), core::DemoOptions{3, 0.2, QDate(2026, 11, 1)}));
    }
    static void TearDownTestSuite() { delete s_district; }
    const core::Database& db() { return s_district->db(); }
    const core::Access& admin()
    {
        if (!m_admin)
            m_admin = std::make_unique<core::Access>(db(), test::sessionFor(db(), QStringLiteral("admin")));
        return *m_admin;
    }
    std::unique_ptr<core::Access> m_admin;
    static test::TestDatabase* s_district;
};
test::TestDatabase* DistrictTree::s_district = nullptr;

QModelIndex firstChildOfKind(ui::DistrictTreeModel& model, const QModelIndex& parent, Kind kind)
{
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (child.data(ui::DistrictTreeModel::KindRole).toInt() == int(kind) &&
            model.rowCount(child) + 1 > 0) {
            if (kind != Kind::Dwelling || model.hasChildren(child))
                return child;
        }
    }
    return {};
}

} // namespace

TEST_F(DistrictTree, PassesTheModelTesterWhileLoadingEveryLevel)
{
    ui::DistrictTreeModel model(admin());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 15);
    const QModelIndex community = firstChildOfKind(model, {}, Kind::Community);
    const QModelIndex area = firstChildOfKind(model, community, Kind::Area);
    const QModelIndex building = firstChildOfKind(model, area, Kind::Building);
    const QModelIndex dwelling = firstChildOfKind(model, building, Kind::Dwelling);
    const QModelIndex household = firstChildOfKind(model, dwelling, Kind::Household);
    ASSERT_TRUE(household.isValid());
    const QModelIndex resident = firstChildOfKind(model, household, Kind::Resident);
    ASSERT_TRUE(resident.isValid());
    EXPECT_FALSE(model.hasChildren(resident));
    EXPECT_EQ(model.parent(resident), household);
}

TEST_F(DistrictTree, ShowsEveryHouseholdOfABuildingWithMaskedPersonalData)
{
    const core::DistrictRepository district(db());
    const core::Building building = district.buildings().front();
    ui::DistrictTreeModel model(admin());
    const QModelIndex index = model.buildingIndex(building.id);
    ASSERT_TRUE(index.isValid());
    EXPECT_EQ(index.data().toString(), building.address);
    model.fetchMore(index);
    EXPECT_EQ(model.rowCount(index), int(district.dwellingsOf(building.id).size()));

    const QRegularExpression fullId(QStringLiteral("[0-9]{17}[0-9X]"));
    const QRegularExpression fullPhone(QStringLiteral("1[3-9][0-9]{9}"));
    int residents = 0;
    for (int d = 0; d < model.rowCount(index); ++d) {
        const QModelIndex dwelling = model.index(d, 0, index);
        for (int h = 0; h < model.rowCount(dwelling); ++h) {
            const QModelIndex household = model.index(h, 0, dwelling);
            for (int r = 0; r < model.rowCount(household); ++r) {
                const QString detail =
                    model.index(r, ui::DistrictTreeModel::DetailColumn, household).data().toString();
                EXPECT_FALSE(fullId.match(detail).hasMatch()) << detail.toStdString();
                EXPECT_FALSE(fullPhone.match(detail).hasMatch()) << detail.toStdString();
                ++residents;
            }
        }
    }
    EXPECT_GT(residents, 0);
}

TEST_F(DistrictTree, MainWindowNamesTheSubdistrictAndTheDemoInChinese)
{
    ui::MainWindow window(db(), nullptr, test::sessionFor(db(), QStringLiteral("admin")));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("和安街道")))
        << window.windowTitle().toStdString();
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("演示数据")));

    // Open the first building, as a worker would, and keep a picture of it to look at.
    window.show();
    auto* page = window.page<ui::DistrictPage>(QStringLiteral("district"));
    ASSERT_NE(page, nullptr);
    auto* model = page->model();
    const core::Building building = core::DistrictRepository(db()).buildings().front();
    const QModelIndex index = model->buildingIndex(building.id);
    page->tree()->expand(index.parent().parent());
    page->tree()->expand(index.parent());
    page->tree()->expand(index);
    const QModelIndex dwelling = firstChildOfKind(*model, index, Kind::Dwelling);
    page->tree()->expand(dwelling);
    const QModelIndex household = model->index(0, 0, dwelling);
    page->tree()->expand(household);
    page->tree()->setCurrentIndex(household);
    const QImage shot = window.grab().toImage();
    EXPECT_EQ(shot.width(), window.width());
    shot.save(QDir(QStringLiteral(SHEGONG_BINARY_DIR)).filePath(QStringLiteral("district-tree.png")));
}

// Colour modes: only those with data are offered; recency colours follow the visits.
TEST_F(DistrictTree, OffersTheVisitRecencyModeBecauseVisitsExist)
{
    ui::MainWindow window(db(), nullptr, test::sessionFor(db(), QStringLiteral("admin")));
    auto* map = window.page<ui::MapPage>(QStringLiteral("map"));
    ASSERT_NE(map, nullptr);
    ASSERT_EQ(map->colourModes(), (QStringList{QStringLiteral("area"), QStringLiteral("visit_recency"),
                                               QStringLiteral("rental_grade")}))
        << "the demo's village has graded rental houses";
    QComboBox* modes = nullptr;
    for (QComboBox* box : map->findChildren<QComboBox*>())
        if (box->count() >= 1 && box->itemText(0).contains(QStringLiteral("片区")))
            modes = box;
    ASSERT_NE(modes, nullptr);
    map::DistrictScene* scene = map->mapWidget()->scene();
    const auto last = core::lastVisitByBuilding(db());
    ASSERT_FALSE(last.empty());
    const core::Id visited = last.begin()->first;
    const osg::Vec4 byArea = scene->buildingColour(visited);
    modes->setCurrentIndex(1);
    EXPECT_NE(scene->buildingColour(visited), byArea);
    EXPECT_TRUE(map->legendText().contains(QStringLiteral("30"))) << map->legendText().toStdString();
    ASSERT_TRUE(map->setColourMode(QStringLiteral("area")));
    EXPECT_EQ(modes->currentIndex(), 0) << "the chooser follows a mode set by id";
    EXPECT_EQ(scene->buildingColour(visited), byArea);
    EXPECT_FALSE(map->setColourMode(QStringLiteral("no_such_mode")));

    // Rental grade: a building takes the best grade in force of its rental houses; others stay pale.
    const core::Access admin(db(), test::sessionFor(db(), QStringLiteral("admin")));
    const auto grades = core::buildingGrades(admin, admin.today().year());
    ASSERT_FALSE(grades.empty());
    ASSERT_TRUE(map->setColourMode(QStringLiteral("rental_grade")));
    for (const auto& [building, g] : grades)
        EXPECT_EQ(scene->buildingColour(building), map::RentalGradeMode::colourFor(g.best)) << building;
    EXPECT_EQ(grades.count(visited) ? map::RentalGradeMode::colourFor(grades.at(visited).best)
                                    : osg::Vec4(0.88f, 0.88f, 0.86f, 1),
              scene->buildingColour(visited));
    EXPECT_TRUE(map->legendText().contains(QStringLiteral("AAA"))) << map->legendText().toStdString();
}

TEST_F(DistrictTree, HouseholdPanelListsTheBuildingAndSelectsADwelling)
{
    const core::DistrictRepository district(db());
    const core::Building building = district.buildings().back();
    const core::VisitService visits(admin());
    ui::HouseholdPanel panel(visits);
    panel.showBuilding(building.id);
    ASSERT_NE(panel.model(), nullptr);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto dwellings = district.dwellingsOf(building.id);
    EXPECT_EQ(panel.model()->rowCount(), int(dwellings.size()));
    panel.selectDwelling(dwellings.back().id);
    const QModelIndex current = panel.view()->currentIndex();
    ASSERT_TRUE(current.isValid());
    QModelIndex dwelling = current;
    while (dwelling.parent().isValid())
        dwelling = dwelling.parent();
    EXPECT_EQ(dwelling.data(ui::DistrictTreeModel::IdRole).toLongLong(), dwellings.back().id);
}

// Read scope through the panel: a worker clicking a building of another community sees its address and
// dwellings, never its households; their own building shows its people.
TEST_F(DistrictTree, HouseholdPanelOutsideTheWorkersAreasShowsNoPeople)
{
    const core::Access worker(db(), test::sessionFor(db(), QStringLiteral("sg001")));
    const core::VisitService visits(worker);
    ui::HouseholdPanel panel(visits);
    const core::DistrictRepository district(db());
    const core::Id ownArea = *worker.ownAreas().begin();
    core::Id foreign = 0;
    for (const core::Building& b : district.buildings())
        if (!worker.may(core::Permission::ViewResidents, b.areaId) &&
            core::ResidentRepository(db()).occupancyOf(b.id).households > 0)
            foreign = b.id;
    ASSERT_NE(foreign, 0);
    panel.showBuilding(foreign);
    ASSERT_NE(panel.model(), nullptr);
    EXPECT_EQ(panel.model()->rowCount(), int(district.dwellingsOf(foreign).size())) << "the dwellings stay";
    for (int d = 0; d < panel.model()->rowCount(); ++d)
        EXPECT_EQ(panel.model()->rowCount(panel.model()->index(d, 0)), 0) << "no household, no resident";
    EXPECT_EQ(panel.currentHousehold(), 0);

    const core::Building own = district.buildingsOf(ownArea).front();
    panel.showBuilding(own.id);
    int households = 0;
    for (int d = 0; d < panel.model()->rowCount(); ++d)
        households += panel.model()->rowCount(panel.model()->index(d, 0));
    EXPECT_GT(households, 0);
}
