#include "core/storage/sql.h"
#include "shegong/core/base/enumcodec.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/people/people.h"
#include "shegong/core/work/workerrepository.h"
#include "testdatabase.h"

#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

TEST(EnumCodec, EveryCodeRoundTripsAndAnUnknownOneIsReportedNotGuessed)
{
    for (Duty duty : {Duty::Mediation, Duty::FamilyPlanning, Duty::Health, Duty::CultureEducation,
                      Duty::CivilAffairs, Duty::SpecialGroups})
        EXPECT_EQ(dutyFrom(toString(duty)), duty);
    for (Role role : {Role::SocialWorker, Role::CommunityDirector, Role::SubdistrictAdmin,
                      Role::RentalAssessor, Role::Mediator, Role::Auditor})
        EXPECT_EQ(roleFrom(toString(role)), role);
    EXPECT_EQ(roleFrom(QStringLiteral("janitor")), std::nullopt) << "outside input: nothing, no guess";
    try {
        dutyFrom(QStringLiteral("astrology"));
        FAIL() << "an unknown stored duty must not fall back to a default";
    } catch (const DatabaseError& e) {
        EXPECT_NE(std::string(e.what()).find("astrology"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("duty"), std::string::npos) << e.what();
    }
}

TEST(EnumCodec, AStoredRowWithAnUnknownRoleIsReportedWhenRead)
{
    test::TestDatabase t;
    ASSERT_TRUE(generateDemoDistrict(t.db(), DemoOptions{2, 0.05, QDate(2026, 11, 1)}));
    // Written around the CHECK constraint, as a damaged or newer database would hold it.
    execute(t.db(), "PRAGMA ignore_check_constraints=ON");
    execute(t.db(), "UPDATE workers SET role = 'janitor' WHERE account = 'kp01'");
    EXPECT_THROW(WorkerRepository(t.db()).workerByAccount(QStringLiteral("kp01")), DatabaseError);
    EXPECT_TRUE(WorkerRepository(t.db()).workerByAccount(QStringLiteral("sg001"))) << "other rows still read";
}
