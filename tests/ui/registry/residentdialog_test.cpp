#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/base/idnumber.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/ui/registry/movedialog.h"
#include "shegong/ui/registry/registrypage.h"
#include "shegong/ui/registry/residentdialog.h"
#include "shegong/ui/registry/residenttablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <gtest/gtest.h>

using namespace shegong;

namespace {

class ResidentForms : public ::testing::Test {
protected:
    void SetUp() override
    {
        access = std::make_unique<core::Access>(t.db(), t.login(QStringLiteral("sg001")));
        service = std::make_unique<core::ResidentService>(*access);
        area = *access->ownAreas().begin();
        core::Statement q = prepare(
            t.db(),
            "SELECT r.id, r.household_id FROM residents r JOIN households h ON h.id = r.household_id"
            " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
            " WHERE b.area_id = ? AND r.id_number IS NOT NULL AND r.moved_out IS NULL ORDER BY r.id LIMIT 1");
        q.bind(area);
        ASSERT_TRUE(q.next());
        existing = *core::ResidentRepository(t.db()).resident(q.integer(0));
    }

    test::DemoDistrict t{core::DemoOptions{17, 0.05, QDate(2026, 11, 1)}};
    std::unique_ptr<core::Access> access;
    std::unique_ptr<core::ResidentService> service;
    core::Id area = 0;
    core::Resident existing;
};

} // namespace

// GIVEN a worker adding a resident, WHEN the form has several mistakes, THEN each shows under its field at
// once (the duplicate ID number names its holder) and nothing is written until all are fixed.
TEST_F(ResidentForms, AddingShowsEveryProblemUnderItsField)
{
    ui::ResidentDialog dialog(*service, *access, std::nullopt, existing.householdId);
    dialog.nameField()->setText(QStringLiteral(" "));
    dialog.idNumberField()->setText(*existing.idNumber);
    dialog.phoneField()->setText(QStringLiteral("12345"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.problemOf(QStringLiteral("name")).isEmpty());
    EXPECT_FALSE(dialog.problemOf(QStringLiteral("id_number")).isEmpty());
    EXPECT_FALSE(dialog.problemOf(QStringLiteral("id_number")).contains(existing.name))
        << "the holder is never named";
    EXPECT_FALSE(dialog.problemOf(QStringLiteral("phone")).isEmpty());
    dialog.adjustSize();
    dialog.grab().save(QStringLiteral(SHEGONG_BINARY_DIR "/resident-form.png"));

    const auto before = core::ResidentRepository(t.db()).residentsOf(existing.householdId).size();
    dialog.nameField()->setText(QStringLiteral("沈小云"));
    dialog.idNumberField()->setText(QStringLiteral("33010420000229002") +
                                    QChar(core::idCheckCharacter(u"33010420000229002")));
    dialog.phoneField()->setText(QStringLiteral("137 0000 1111"));
    dialog.relationField()->setCurrentIndex(dialog.relationField()->findData(QStringLiteral("child")));
    ASSERT_NE(dialog.tagBox(QStringLiteral("disability")), nullptr) << "a worker sees sensitive categories";
    dialog.tagBox(QStringLiteral("disability"))->setChecked(true);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.problemOf(QStringLiteral("name")).isEmpty());
    const auto saved = core::ResidentRepository(t.db()).resident(dialog.savedResident());
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->birthDate, QDate(2000, 2, 29));
    EXPECT_EQ(saved->phone, QStringLiteral("13700001111"));
    EXPECT_TRUE(saved->tags.contains(QStringLiteral("disability")));
    EXPECT_EQ(core::ResidentRepository(t.db()).residentsOf(existing.householdId).size(), before + 1);
}

// Editing never shows the ID number or phone in full, and keeps them unless new ones are typed.
TEST_F(ResidentForms, EditingKeepsMaskedFieldsAndShowsTheResidenceHistory)
{
    ui::ResidentDialog dialog(*service, *access, existing, existing.householdId);
    EXPECT_TRUE(dialog.idNumberField()->text().isEmpty());
    EXPECT_FALSE(dialog.idNumberField()->placeholderText().contains(*existing.idNumber));
    EXPECT_TRUE(dialog.idNumberField()->placeholderText().contains(QStringLiteral("*")));
    EXPECT_FALSE(dialog.movedInField()->isEnabled()) << "moves are recorded as moves";
    dialog.nameField()->setText(existing.name + QStringLiteral("明"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const auto after = core::ResidentRepository(t.db()).resident(existing.id);
    EXPECT_EQ(after->name, existing.name + QStringLiteral("明"));
    EXPECT_EQ(after->idNumber, existing.idNumber);
    EXPECT_EQ(after->phone, existing.phone);
    EXPECT_EQ(after->tags, existing.tags);
}

// GIVEN a resident, WHEN moved through the dialog into a new household at a vacant dwelling, THEN
// they live there and the old residence is in their history.
TEST_F(ResidentForms, MovingIntoANewHouseholdThroughTheDialog)
{
    core::Statement vacant = prepare(
        t.db(),
        "SELECT d.id, d.building_id FROM dwellings d JOIN buildings b ON b.id = d.building_id WHERE "
        "b.area_id = ?"
        " AND NOT EXISTS(SELECT 1 FROM households h WHERE h.dwelling_id = d.id AND h.moved_out IS NULL)"
        " ORDER BY d.id LIMIT 1");
    vacant.bind(area);
    ASSERT_TRUE(vacant.next());
    ui::MoveDialog dialog(*service, *access, ui::MoveDialog::Subject::Resident, existing.id, existing.name);
    const int building = dialog.buildingField()->findData(qint64(vacant.integer(1)));
    ASSERT_GE(building, 0) << "the worker's buildings are offered";
    dialog.buildingField()->setCurrentIndex(building);
    dialog.dwellingField()->setCurrentIndex(dialog.dwellingField()->findData(qint64(vacant.integer(0))));
    ASSERT_EQ(dialog.householdField()->currentData().toLongLong(), 0)
        << "only 'a new household' at a vacant door";
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.messageLabel()->text().toStdString();
    const auto moved = core::ResidentRepository(t.db()).resident(existing.id);
    EXPECT_NE(moved->householdId, existing.householdId);
    const auto history = service->residenceHistory(existing.id).value();
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].householdId, existing.householdId);
}

TEST_F(ResidentForms, TheRegistryFiltersByAreaAndOffersTheActions)
{
    // The director's page: the whole community, narrowed to the worker's area.
    const core::Access director(t.db(), t.login(QStringLiteral("zr01")));
    ui::RegistryPage page(director);
    QSignalSpy ready(page.model(), &ui::ResidentTableModel::resultsReady);
    ASSERT_TRUE(ready.wait(20000));
    const int all = page.model()->totalCount();
    int index = -1;
    for (int i = 0; i < page.placeFilter()->count(); ++i)
        if (page.placeFilter()->itemData(i).toPoint().y() == int(area))
            index = i;
    ASSERT_GE(index, 0);
    page.placeFilter()->setCurrentIndex(index);
    ASSERT_TRUE(ready.wait(20000));
    core::Statement count = prepare(
        t.db(),
        "SELECT count(*) FROM residents r JOIN households h ON h.id = r.household_id JOIN dwellings d ON"
        " d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id WHERE b.area_id = ? AND r.moved_out "
        "IS NULL");
    count.bind(area);
    count.next();
    EXPECT_EQ(page.model()->totalCount(), count.integer(0));
    EXPECT_LT(page.model()->totalCount(), all);
    EXPECT_FALSE(page.editButton()->isEnabled()) << "nothing chosen yet";
    QSignalSpy selected(&page, &ui::RegistryPage::householdSelected);
    page.findChild<QTableView*>()->setCurrentIndex(page.model()->index(0, 0));
    EXPECT_TRUE(page.editButton()->isEnabled());
    ASSERT_EQ(selected.count(), 1) << "the household panel beside follows the row";
    EXPECT_GT(selected.at(0).at(0).value<core::Id>(), 0);
    EXPECT_NE(page.selectedResident(), 0);
}

// GIVEN a resident open in the form, WHEN another workstation saves a change to them first, THEN
// saving the form is refused, names who changed the record, keeps the form open and writes nothing.
TEST_F(ResidentForms, SavingOverAnotherWorkstationsChangeIsRefused)
{
    ui::ResidentDialog dialog(*service, *access, existing, existing.householdId);
    const core::Access office(t.db(), t.login(QStringLiteral("admin")));
    core::Resident theirs = *core::ResidentRepository(t.db()).resident(existing.id);
    theirs.occupation = QStringLiteral("社区网格员");
    ASSERT_TRUE(core::ResidentService(office).update(theirs));
    dialog.nameField()->setText(existing.name + QStringLiteral("改"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    const auto* message = dialog.findChild<QLabel*>(QStringLiteral("formMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->text().contains(office.session().worker.name)) << message->text().toStdString();
    EXPECT_EQ(core::ResidentRepository(t.db()).resident(existing.id)->name, existing.name);
}
