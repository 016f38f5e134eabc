// The rental module on screen: an assessor scores a house through the form (the score follows each
// tick), the director closes the round, and the grade is on the wall table; the vacancy board filters.
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/base/idnumber.h"
#include "shegong/core/rental/assessments.h"
#include "shegong/core/work/visitservice.h"
#include "shegong/ui/map/householdpanel.h"
#include "shegong/ui/registry/districttreemodel.h"
#include "shegong/ui/rental/checklistmodel.h"
#include "shegong/ui/rental/housespanel.h"
#include "shegong/ui/rental/inspectionform.h"
#include "shegong/ui/rental/openrounddialog.h"
#include "shegong/ui/rental/rentaldialogs.h"
#include "shegong/ui/rental/rentalpage.h"
#include "shegong/ui/rental/roomboard.h"
#include "shegong/ui/rental/roundspanel.h"
#include "shegong/ui/rental/rulesetdialog.h"
#include "shegong/ui/rental/vacancypanel.h"
#include "shegong/ui/rental/walltablepanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace shegong;

namespace {

const QDateTime kNow(QDate(2026, 11, 10), QTime(10, 0));

core::Clock fixedClock()
{
    return [] { return kNow; };
}

core::Id villageOf(const core::Database& db)
{
    core::Statement q = core::prepare(db, "SELECT id FROM communities WHERE kind = 'urban_village'");
    q.next();
    return q.integer(0);
}

int rowOf(const ui::ChecklistModel& model, const char* code)
{
    for (size_t i = 0; i < model.ruleSet().items.size(); ++i)
        if (model.ruleSet().items[i].code == QLatin1String(code))
            return int(i);
    return -1;
}

void checkModel(QAbstractItemModel* model)
{
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

} // namespace

TEST(RentalPage, AnAssessorScoresAHouseAndTheDirectorsClosedRoundPutsItsGradeOnTheWallTable)
{
    test::DemoDistrict district(core::DemoOptions{12, 0.1, QDate(2026, 11, 1)}, fixedClock());
    const core::Database& db = district.db();
    const core::Access assessor(db, test::sessionFor(db, QStringLiteral("kp01")), fixedClock());
    ui::RentalPage page(assessor);
    page.resize(1200, 800);
    ASSERT_NE(page.inspection(), nullptr) << "the assessor has the form";
    ui::InspectionForm& form = *page.inspection();
    ASSERT_EQ(form.roundChooser()->count(), 1) << "this year's open round";
    checkModel(form.checklist());
    checkModel(page.vacancies()->table()->model());
    checkModel(page.wallTable()->table()->model());
    checkModel(page.rounds()->table()->model());

    // A house the open round has not seen yet.
    core::Statement waiting = core::prepare(
        db, "SELECT h.id, h.address FROM rental_houses h WHERE NOT EXISTS(SELECT 1 FROM inspections i JOIN"
            " assessment_rounds r ON r.id = i.round_id WHERE i.house_id = h.id AND r.closed_at IS NULL) "
            "ORDER BY h.id");
    ASSERT_TRUE(waiting.next());
    const core::Id house = waiting.integer(0);
    const QString address = waiting.text(1);
    form.houseChooser()->setCurrentIndex(form.houseChooser()->findData(QVariant::fromValue(house)));
    ASSERT_EQ(form.houseChooser()->currentData().toLongLong(), house);
    form.dayEdit()->setDate(QDate(2026, 11, 9));

    ui::ChecklistModel& checklist = *form.checklist();
    EXPECT_TRUE(form.scoreText().startsWith(QStringLiteral("100"))) << form.scoreText().toStdString();
    ASSERT_TRUE(checklist.setData(checklist.index(rowOf(checklist, "F01"), ui::ChecklistModel::Item),
                                  Qt::Checked, Qt::CheckStateRole));
    ASSERT_TRUE(checklist.setData(checklist.index(rowOf(checklist, "F01"), ui::ChecklistModel::Amount), 1.5));
    ASSERT_TRUE(checklist.setData(checklist.index(rowOf(checklist, "F02"), ui::ChecklistModel::Amount), 2));
    EXPECT_TRUE(form.scoreText().startsWith(QStringLiteral("94.5"))) << form.scoreText().toStdString();
    EXPECT_TRUE(form.scoreText().contains(QStringLiteral("AAA"))) << "the score updates live";
    ASSERT_TRUE(checklist.setData(checklist.index(rowOf(checklist, "F01"), ui::ChecklistModel::Amount), 3));
    EXPECT_FALSE(form.scoreText().startsWith(QStringLiteral("9"))) << "3 is outside 1–2: the form says so";
    ASSERT_TRUE(checklist.setData(checklist.index(rowOf(checklist, "F01"), ui::ChecklistModel::Amount), 1.5));
    page.tabs()->setCurrentWidget(&form);
    page.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/rental-inspection.png"));
    ASSERT_TRUE(form.save()) << form.message().toStdString();
    EXPECT_TRUE(form.message().contains(QStringLiteral("94.5"))) << form.message().toStdString();
    EXPECT_TRUE(form.message().contains(QStringLiteral("AAA")));
    EXPECT_FALSE(form.save()) << "a second inspection of the house needs a reason";

    // The village's director closes the round on the rounds tab.
    core::Statement director =
        core::prepare(db, "SELECT w.account FROM workers w JOIN communities c ON c.id = w.community_id"
                          " WHERE w.role = 'community_director' AND c.kind = 'urban_village'");
    ASSERT_TRUE(director.next());
    const core::Access directorAccess(db, test::sessionFor(db, director.text(0)), fixedClock());
    ui::RentalPage directorsPage(directorAccess);
    EXPECT_EQ(directorsPage.inspection(), nullptr) << "the director does not score";
    ui::RoundsPanel& rounds = *directorsPage.rounds();
    rounds.selectRound(rounds.table()->model()->rowCount() - 1);
    EXPECT_TRUE(rounds.statisticsText().contains(QStringLiteral("2026")))
        << rounds.statisticsText().toStdString();
    ASSERT_TRUE(rounds.closeSelected()) << rounds.statisticsText().toStdString();
    directorsPage.tabs()->setCurrentWidget(&rounds);
    directorsPage.resize(1200, 800);
    directorsPage.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/rental-rounds.png"));

    // …and opens the next one: the team is required, the rule set is the year's.
    ui::OpenRoundDialog open(directorAccess, villageOf(db));
    EXPECT_EQ(open.number()->value(), 2) << "the year's second round";
    open.starts()->setDate(QDate(2026, 11, 10));
    open.ends()->setDate(QDate(2026, 12, 20));
    open.accept();
    EXPECT_EQ(open.result(), QDialog::Rejected);
    EXPECT_FALSE(open.problem().isEmpty()) << "no team named";
    open.memberName(0)->setText(QStringLiteral("王建军"));
    open.memberName(1)->setText(QStringLiteral("李秀英"));
    open.accept();
    ASSERT_EQ(open.result(), QDialog::Accepted) << open.problem().toStdString();
    EXPECT_EQ(core::AssessmentService(directorAccess).round(open.roundId())->team.size(), 2u);

    ui::WallTablePanel& wall = *directorsPage.wallTable();
    wall.year()->setValue(2026);
    const auto& rows = wall.rows();
    const auto found = std::find_if(rows.begin(), rows.end(),
                                    [&](const core::WallTableRow& r) { return r.houseId == house; });
    ASSERT_NE(found, rows.end());
    EXPECT_EQ(found->grade, core::Grade::AAA);
    EXPECT_EQ(found->address, address);
    directorsPage.tabs()->setCurrentWidget(&wall);
    directorsPage.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/rental-wall-table.png"));
}

TEST(RentalPage, TheVacancyBoardFiltersAndAWorkerSeesNoForm)
{
    test::DemoDistrict district(core::DemoOptions{12, 0.1, QDate(2026, 11, 1)}, fixedClock());
    const core::Database& db = district.db();
    core::Statement worker = core::prepare(
        db, "SELECT w.account FROM workers w JOIN communities c ON c.id = w.community_id"
            " WHERE w.role = 'social_worker' AND w.active = 1 AND c.kind = 'urban_village' LIMIT 1");
    ASSERT_TRUE(worker.next());
    const core::Access access(db, test::sessionFor(db, worker.text(0)), fixedClock());
    ui::RentalPage page(access);
    EXPECT_EQ(page.inspection(), nullptr);
    EXPECT_EQ(page.communityChooser()->count(), 1) << "a worker sees their own community";
    ui::VacancyPanel& board = *page.vacancies();
    const size_t all = board.rooms().size();
    ASSERT_GT(all, 0u);
    board.rentMax()->setValue(800);
    board.gradeAtLeast()->setCurrentIndex(board.gradeAtLeast()->findData(int(core::Grade::AA)));
    ASSERT_LT(board.rooms().size(), all);
    for (const core::VacantRoom& v : board.rooms()) {
        EXPECT_LE(v.rentYuan, 800);
        EXPECT_GE(v.grade, core::Grade::AA);
    }
    EXPECT_GT(board.board()->sizeHint().height(), 100) << "a row per house on the room board";

    // The household panel of a house in the worker's area: its grade and rooms, and who rents there.
    core::Statement own = core::prepare(
        db, "SELECT h.building_id, h.address FROM rental_houses h JOIN buildings b ON b.id = h.building_id"
            " JOIN area_assignments aa ON aa.area_id = b.area_id AND aa.ends IS NULL JOIN workers w ON"
            " w.id = aa.worker_id WHERE w.account = ? LIMIT 1");
    own.bind(worker.text(0));
    ASSERT_TRUE(own.next());
    const core::VisitService visits(access);
    ui::HouseholdPanel panel(visits);
    panel.showBuilding(own.integer(0));
    EXPECT_TRUE(panel.summary().contains(own.text(1))) << panel.summary().toStdString();
    bool renting = false;
    QAbstractItemModel* tree = panel.model();
    for (int d = 0; d < tree->rowCount() && !renting; ++d)
        for (int h = 0; h < tree->rowCount(tree->index(d, 0)) && !renting; ++h) {
            const QModelIndex household = tree->index(h, 0, tree->index(d, 0));
            for (int r = 0; r < tree->rowCount(household); ++r)
                renting |= tree->index(r, 1, household)
                               .data()
                               .toString()
                               .contains(QRegularExpression(QStringLiteral("20\\d\\d-\\d\\d-\\d\\d")));
        }
    EXPECT_TRUE(renting) << "a tenant's line says since when";
    page.resize(1200, 800);
    page.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/rental-vacancies.png"));
}

// A worker registers a house in their area with a landlord from outside the registry, adds a room,
// registers a tenant on the spot, and moves the tenant out: each through its dialog, each in core.
TEST(RentalPage, AWorkerRegistersAHouseARoomAndATenantAndMovesTheTenantOut)
{
    test::DemoDistrict district(core::DemoOptions{12, 0.1, QDate(2026, 11, 1)}, fixedClock());
    const core::Database& db = district.db();
    core::Statement worker = core::prepare(
        db, "SELECT w.account, b.id FROM rental_houses h JOIN buildings b ON b.id = h.building_id"
            " JOIN area_assignments aa ON aa.area_id = b.area_id AND aa.ends IS NULL"
            " JOIN workers w ON w.id = aa.worker_id ORDER BY h.id LIMIT 1");
    ASSERT_TRUE(worker.next());
    const core::Access access(db, test::sessionFor(db, worker.text(0)), fixedClock());
    ui::RentalPage page(access);
    ui::HousesPanel& houses = *page.houses();
    checkModel(houses.houses()->model());
    checkModel(houses.rooms()->model());
    checkModel(houses.tenants()->model());
    const int before = houses.houses()->model()->rowCount();
    ASSERT_GT(before, 0);

    ui::HouseDialog house(access, villageOf(db), std::nullopt);
    house.building()->setCurrentIndex(house.building()->findData(QVariant::fromValue(worker.integer(1))));
    house.address()->setText(QStringLiteral("9排20号"));
    house.outside()->setChecked(true);
    house.outsideName()->setText(QStringLiteral("钱立新"));
    house.outsideIdNumber()->setText(QStringLiteral("330104196501010011"));
    house.outsidePhone()->setText(QStringLiteral("13800001111"));
    house.accept();
    EXPECT_EQ(house.result(), QDialog::Rejected) << "the ID number's check digit is wrong";
    EXPECT_FALSE(house.problem().isEmpty());
    house.outsideIdNumber()->setText(QStringLiteral("33010419650101001") +
                                     QString(core::idCheckCharacter(u"33010419650101001")));
    house.accept();
    ASSERT_EQ(house.result(), QDialog::Accepted) << house.problem().toStdString();

    core::RentalRoom blank;
    blank.houseId = house.houseId();
    ui::RoomDialog room(access, blank);
    room.number()->setText(QStringLiteral("201"));
    room.maxOccupants()->setValue(1);
    room.accept();
    ASSERT_EQ(room.result(), QDialog::Accepted) << room.problem().toStdString();

    ui::TenantDialog tenant(access, room.roomId());
    tenant.name()->setText(QStringLiteral("付海涛"));
    tenant.idNumber()->setText(QStringLiteral("41152119900307003") +
                               QString(core::idCheckCharacter(u"41152119900307003")));
    tenant.phone()->setText(QStringLiteral("13912345678"));
    tenant.employer()->setText(QStringLiteral("杭州某物流公司"));
    tenant.accept();
    ASSERT_EQ(tenant.result(), QDialog::Accepted) << tenant.problem().toStdString();
    ui::TenantDialog second(access, room.roomId());
    second.name()->setText(QStringLiteral("付小海"));
    second.idNumber()->setText(QStringLiteral("41152119950307002") +
                               QString(core::idCheckCharacter(u"41152119950307002")));
    second.accept();
    EXPECT_EQ(second.result(), QDialog::Rejected) << "the room sleeps one";

    houses.setCommunity(villageOf(db));
    EXPECT_EQ(houses.houses()->model()->rowCount(), before + 1);
    houses.selectHouse(house.houseId());
    ASSERT_NE(houses.currentHouse(), nullptr);
    EXPECT_FALSE(houses.currentHouse()->landlordIdMasked.contains(QStringLiteral("1965")));
    houses.rooms()->selectRow(0);
    ASSERT_EQ(houses.tenants()->model()->rowCount(), 1);
    EXPECT_EQ(houses.tenants()->model()->index(0, 0).data().toString(), QStringLiteral("付海涛"));
    houses.tenants()->selectRow(0);
    ASSERT_TRUE(houses.moveOutCurrentTenant(QDate(2026, 11, 10))) << houses.message().toStdString();
    EXPECT_EQ(houses.tenants()->model()->rowCount(), 0);
    EXPECT_EQ(houses.currentHouse()->vacant, 1) << "the house's counts follow";
    page.tabs()->setCurrentWidget(&houses);
    page.resize(1200, 800);
    page.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/rental-houses.png"));
}

// The administrator makes next year's rules from this year's: a new version, the used one unchanged;
// changing a version already used is refused.
TEST(RentalPage, TheAdministratorMakesNextYearsRulesAsANewVersion)
{
    test::DemoDistrict district(core::DemoOptions{12, 0.05, QDate(2026, 11, 1)}, fixedClock());
    const core::Database& db = district.db();
    const core::Access admin(db, test::sessionFor(db, QStringLiteral("admin")), fixedClock());
    const core::AssessmentService assessments(admin, fixedClock());
    const core::Id used = *assessments.ruleSetFor(2026);
    ui::RuleSetDialog dialog(admin, assessments.ruleSet(used).value());
    checkModel(dialog.items()->model());
    dialog.setNewVersion(false);
    dialog.threshold(1)->setValue(85);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected) << "this year's version has scored inspections";
    EXPECT_FALSE(dialog.problem().isEmpty());

    dialog.setNewVersion(true);
    dialog.year()->setValue(2027);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.problem().toStdString();
    const auto next = assessments.ruleSet(dialog.savedId());
    ASSERT_TRUE(next);
    EXPECT_EQ(next->year, 2027);
    EXPECT_TRUE(next->name.contains(QStringLiteral("2027"))) << next->name.toStdString();
    EXPECT_EQ(next->thresholds.aa, 85);
    EXPECT_EQ(next->items.size(), assessments.ruleSet(used)->items.size());
    EXPECT_EQ(assessments.ruleSet(used)->thresholds.aa, 80) << "the used version is unchanged";
    dialog.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/rental-rules.png"));
}
