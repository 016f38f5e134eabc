#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/work/workerrepository.h"
#include "testdatabase.h"

#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

namespace {

const QDate kToday(2026, 11, 26);

QString idFor(const QString& first17)
{
    return first17 + idCheckCharacter(first17);
}

class RepositoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        WriteTransaction transaction(t.db());
        const Id community = district.add(Community{0,
                                                    QStringLiteral("C01"),
                                                    QStringLiteral("景和社区"),
                                                    CommunityKind::Residential,
                                                    {{{0, 0}, {100, 0}, {100, 80}, {0, 80}}}});
        area = district.add(Area{0,
                                 community,
                                 QStringLiteral("C01-A1"),
                                 QStringLiteral("景和第一片区"),
                                 {{{0, 0}, {50, 0}, {50, 80}, {0, 80}}}});
        Building b;
        b.areaId = area;
        b.code = QStringLiteral("C01-A1-B01");
        b.address = QStringLiteral("景和苑1幢");
        b.floors = 6;
        b.height = 17.4;
        b.footprint = {{{10, 10}, {46, 10}, {46, 22}, {10, 22}}};
        building = district.add(b);
        dwelling = district.add(Dwelling{0, building, 2, 3, QStringLiteral("301"), DwellingUse::Residence});
        household =
            residents.addHousehold({0, dwelling, Tenure::Owner, QDate(2015, 5, 1), std::nullopt}).value();
        transaction.commit();
    }

    Resident person(const QString& name, const QString& first17)
    {
        Resident r;
        r.householdId = household;
        r.name = name;
        r.idNumber = idFor(first17);
        r.relation = QStringLiteral("head");
        r.movedIn = QDate(2015, 5, 1);
        return r;
    }

    test::TestDatabase t;
    DistrictRepository district{t.db()};
    ResidentRepository residents{t.db()};
    Id area = 0, building = 0, dwelling = 0, household = 0;
};

} // namespace

TEST_F(RepositoryTest, BuildingRoundTripsWithItsFootprint)
{
    const auto b = district.building(building);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->code, QStringLiteral("C01-A1-B01"));
    EXPECT_EQ(b->address, QStringLiteral("景和苑1幢"));
    EXPECT_EQ(b->floors, 6);
    EXPECT_DOUBLE_EQ(b->height, 17.4);
    ASSERT_EQ(b->footprint.size(), 1u);
    EXPECT_EQ(b->footprint[0][1], (PointXY{46, 10}));
    EXPECT_EQ(district.buildingsOf(area).size(), 1u);
    const auto dwellings = district.dwellingsOf(building);
    ASSERT_EQ(dwellings.size(), 1u);
    EXPECT_EQ(dwellings[0].stairwell, 2);
    EXPECT_EQ(dwellings[0].number, QStringLiteral("301"));
}

TEST_F(RepositoryTest, ResidentRoundTripsWithDerivedFieldsAndTags)
{
    Resident r = person(QStringLiteral("朱学军"), QStringLiteral("33010419620315001"));
    r.phone = QStringLiteral("138 0000 5678");
    r.tags = {QStringLiteral("chronic_illness"), QStringLiteral("disability")};
    r.registration = Registration::Floating;
    r.permitNumber = QStringLiteral("3301202400001");
    r.permitExpiry = QDate(2027, 1, 1);
    r.employer = QStringLiteral("和安物流有限公司");
    const Id id = residents.addResident(r, kToday).value();

    const auto back = residents.resident(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->name, QStringLiteral("朱学军"));
    EXPECT_EQ(back->idNumber, r.idNumber);
    EXPECT_EQ(back->birthDate, QDate(1962, 3, 15));
    EXPECT_EQ(back->gender, Gender::Male);
    EXPECT_EQ(back->phone, QStringLiteral("13800005678"));
    EXPECT_EQ(back->registration, Registration::Floating);
    EXPECT_EQ(back->permitExpiry, QDate(2027, 1, 1));
    EXPECT_EQ(back->employer, QStringLiteral("和安物流有限公司"));
    QStringList tags = back->tags;
    tags.sort();
    EXPECT_EQ(tags, (QStringList{QStringLiteral("chronic_illness"), QStringLiteral("disability")}));
}

TEST_F(RepositoryTest, FindsResidentsByIdNumberPhoneAndNamePrefix)
{
    Resident a = person(QStringLiteral("朱学军"), QStringLiteral("33010419620315001"));
    a.phone = QStringLiteral("13800005678");
    Resident b = person(QStringLiteral("朱学文"), QStringLiteral("33010419650101002"));
    b.relation = QStringLiteral("spouse");
    b.phone = QStringLiteral("13800005678");
    Resident c = person(QStringLiteral("张伟"), QStringLiteral("33010419800101003"));
    c.relation = QStringLiteral("child");
    for (const Resident& r : {a, b, c})
        ASSERT_TRUE(residents.addResident(r, kToday));

    EXPECT_EQ(residents.findByIdNumber(a.idNumber->toLower())->name, QStringLiteral("朱学军"));
    EXPECT_FALSE(residents.findByIdNumber(idFor(QStringLiteral("33010419990101001"))));
    EXPECT_EQ(residents.findByPhone(QStringLiteral("13800005678")).size(), 2u);
    const auto zhu = residents.findByNamePrefix(QStringLiteral("朱学"));
    ASSERT_EQ(zhu.size(), 2u);
    EXPECT_EQ(zhu[0].name, QStringLiteral("朱学军"));
    EXPECT_EQ(residents.findByNamePrefix(QStringLiteral("朱学"), 1).size(), 1u);
    EXPECT_TRUE(residents.findByNamePrefix(QStringLiteral("李")).empty());
}

TEST_F(RepositoryTest, HouseholdsOfBuildingListHeadFirst)
{
    Resident child = person(QStringLiteral("朱小军"), QStringLiteral("33010420100101001"));
    child.relation = QStringLiteral("child");
    ASSERT_TRUE(residents.addResident(child, kToday));
    ASSERT_TRUE(
        residents.addResident(person(QStringLiteral("朱学军"), QStringLiteral("33010419620315001")), kToday));
    const auto views = residents.householdsOfBuilding(building);
    ASSERT_EQ(views.size(), 1u);
    EXPECT_EQ(views[0].dwelling.number, QStringLiteral("301"));
    ASSERT_EQ(views[0].residents.size(), 2u);
    EXPECT_EQ(views[0].residents[0].relation, QStringLiteral("head"));
}

TEST_F(RepositoryTest, RefusesInvalidResidentsAndKeepsNothing)
{
    ASSERT_TRUE(
        residents.addResident(person(QStringLiteral("朱学军"), QStringLiteral("33010419620315001")), kToday));

    auto duplicate =
        residents.addResident(person(QStringLiteral("李四"), QStringLiteral("33010419620315001")), kToday);
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().field, QStringLiteral("id_number"));
    EXPECT_FALSE(duplicate.error().message.contains(QStringLiteral("朱学军"))) << "the holder is never named";

    Resident wrongBirth = person(QStringLiteral("王五"), QStringLiteral("33010419700101001"));
    wrongBirth.birthDate = QDate(1970, 1, 2);
    EXPECT_EQ(residents.addResident(wrongBirth, kToday).error().field, QStringLiteral("birth_date"));

    Resident wrongGender = person(QStringLiteral("王五"), QStringLiteral("33010419700101001"));
    wrongGender.gender = Gender::Female;
    EXPECT_EQ(residents.addResident(wrongGender, kToday).error().field, QStringLiteral("gender"));

    Resident badPhone = person(QStringLiteral("王五"), QStringLiteral("33010419700101001"));
    badPhone.phone = QStringLiteral("12345");
    EXPECT_EQ(residents.addResident(badPhone, kToday).error().field, QStringLiteral("phone"));

    Resident badId = person(QStringLiteral("王五"), QStringLiteral("33010419700101001"));
    badId.idNumber = QStringLiteral("330104197001010010");
    EXPECT_EQ(residents.addResident(badId, kToday).error().field, QStringLiteral("id_number"));

    EXPECT_EQ(residents.residentsOf(household).size(), 1u);
}

TEST_F(RepositoryTest, WorkersAssignmentsAndLeadersRoundTrip)
{
    WorkerRepository workers(t.db());
    const Id before = workers.add(Worker{0, QStringLiteral("sg501"), QStringLiteral("陈芳"),
                                         Role::SocialWorker, std::nullopt, std::nullopt, false});
    const Id now = workers.add(Worker{0, QStringLiteral("sg001"), QStringLiteral("王丽"), Role::SocialWorker,
                                      std::nullopt, QStringLiteral("13900001111"), true});
    workers.add(AreaAssignment{0, area, before, QDate(2024, 3, 1), QDate(2026, 3, 31)});
    workers.add(AreaAssignment{0, area, now, QDate(2026, 4, 1), std::nullopt});
    workers.add(AreaLeader{0, area, LeaderRole::Building, QStringLiteral("赵敏"), std::nullopt, building});

    EXPECT_EQ(workers.workerOfArea(area, QDate(2025, 6, 1))->account, QStringLiteral("sg501"));
    EXPECT_EQ(workers.workerOfArea(area, QDate(2026, 3, 31))->account, QStringLiteral("sg501"));
    EXPECT_EQ(workers.workerOfArea(area, QDate(2026, 4, 1))->account, QStringLiteral("sg001"));
    EXPECT_FALSE(workers.workerOfArea(area, QDate(2020, 1, 1)));
    EXPECT_EQ(workers.assignmentsOf(area).size(), 2u);
    EXPECT_EQ(workers.workerByAccount(QStringLiteral("sg001"))->phone, QStringLiteral("13900001111"));
    const auto leaders = workers.leadersOf(area);
    ASSERT_EQ(leaders.size(), 1u);
    EXPECT_EQ(leaders[0].role, LeaderRole::Building);
    EXPECT_EQ(leaders[0].buildingId, building);
}
