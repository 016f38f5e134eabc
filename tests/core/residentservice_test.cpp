#include "shegong/core/demogenerator.h"
#include "shegong/core/residentrepository.h"
#include "shegong/core/residentservice.h"
#include "testdatabase.h"

#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

namespace {

class ResidentWrites : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(generateDemoDistrict(t.db(), DemoOptions{23, 0.05, QDate(2026, 11, 1)}));
        setDemoPasswords(t.db());
        AuthSettings fast;
        fast.hashLimits = PasswordHasher::minimumLimits();
        auth = std::make_unique<AuthService>(t.db(), fast, clock);
        access = std::make_unique<Access>(t.db(), auth->login("sg001", kDemoPassword, "PC").value());
        Statement h = t.db().prepare(
            "SELECT h.id FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
            " JOIN buildings b ON b.id = d.building_id WHERE b.area_id = ? ORDER BY h.id LIMIT 2");
        h.bind(*access->ownAreas().begin());
        while (h.next())
            households.push_back(h.integer(0));
        ASSERT_EQ(households.size(), 2u);
    }
    Resident person()
    {
        Resident r;
        r.householdId = households[0];
        r.name = "沈小云";
        r.idNumber = "33010419900101002" + QString(idCheckCharacter(u"33010419900101002"));
        r.phone = "13700001111";
        r.relation = "other";
        r.movedIn = QDate(2026, 11, 2);
        return r;
    }
    test::TestDatabase t;
    Clock clock = [] { return QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC); };
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<Access> access;
    std::vector<Id> households;
};

} // namespace

TEST_F(ResidentWrites, AddEditMoveOutAndInAreAuditedWithoutPersonalData)
{
    const ResidentService service(*access, clock);
    const Id id = service.add(person()).value();
    Resident edited = *ResidentRepository(t.db()).resident(id);
    edited.name = "沈晓云";
    edited.phone = "13700002222";
    ASSERT_TRUE(service.update(edited));
    EXPECT_EQ(ResidentRepository(t.db()).resident(id)->phone, QStringLiteral("13700002222"));
    // A corrected ID number brings its own birth date and gender.
    edited = *ResidentRepository(t.db()).resident(id);
    edited.idNumber = "33010419850607001" + QString(idCheckCharacter(u"33010419850607001"));
    ASSERT_TRUE(service.update(edited));
    const auto corrected = ResidentRepository(t.db()).resident(id);
    EXPECT_EQ(corrected->birthDate, QDate(1985, 6, 7));
    EXPECT_EQ(corrected->gender, Gender::Male);
    ASSERT_TRUE(service.moveOut(id, QDate(2026, 11, 20)));
    EXPECT_FALSE(service.moveOut(id, QDate(2026, 11, 21))) << "moved out already";
    ASSERT_TRUE(service.moveIn(id, households[1], QDate(2026, 11, 25)));
    const auto after = ResidentRepository(t.db()).resident(id);
    EXPECT_EQ(after->householdId, households[1]);
    EXPECT_FALSE(after->movedOut);

    Statement log = t.db().prepare("SELECT count(*), count(*) FILTER (WHERE details LIKE '%13700002222%'"
                                   " OR details LIKE '%33010419900101002%' OR details LIKE "
                                   "'%33010419850607001%') FROM audit_log WHERE object = ?");
    log.bind(QStringLiteral("resident:%1").arg(id));
    log.next();
    EXPECT_EQ(log.integer(0), 5) << "create, two updates, move out, move in";
    EXPECT_EQ(log.integer(1), 0) << "no phone or ID number in the log";
}

TEST_F(ResidentWrites, RefusesDuplicatesBadFieldsAndOtherAreas)
{
    const ResidentService service(*access, clock);
    ASSERT_TRUE(service.add(person()));
    Resident twin = person();
    twin.name = "沈小雨";
    const auto duplicate = service.add(twin);
    ASSERT_FALSE(duplicate);
    EXPECT_TRUE(duplicate.error().message.contains(QStringLiteral("沈小云"))) << "the holder is named";
    Resident badPhone = person();
    badPhone.idNumber.reset();
    badPhone.phone = "123";
    EXPECT_EQ(service.add(badPhone).error().field, QStringLiteral("phone"));

    Statement other =
        t.db().prepare("SELECT h.id FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
                       " JOIN buildings b ON b.id = d.building_id WHERE b.area_id <> ? LIMIT 1");
    other.bind(*access->ownAreas().begin());
    other.next();
    Resident elsewhere = person();
    elsewhere.idNumber.reset();
    elsewhere.householdId = other.integer(0);
    other.reset();
    EXPECT_EQ(service.add(elsewhere).error().field, QStringLiteral("household"));
}
