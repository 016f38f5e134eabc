#include "shegong/core/base/idnumber.h"

#include <gtest/gtest.h>

using namespace shegong::core;

namespace {

const QDate kToday(2026, 11, 26);

QString withCheckDigit(const QString& first17)
{
    return first17 + idCheckCharacter(first17);
}

} // namespace

TEST(IdNumber, AcceptsTheStandardExample)
{
    auto id = parseIdNumber(QStringLiteral("11010519491231002X"), kToday);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    EXPECT_EQ(id->number, QStringLiteral("11010519491231002X"));
    EXPECT_EQ(id->region, QStringLiteral("110105"));
    EXPECT_EQ(id->birthDate, QDate(1949, 12, 31));
    EXPECT_EQ(id->gender, Gender::Female); // digit 17 is 2: even
    EXPECT_FALSE(id->upgradedFromLegacy);
}

TEST(IdNumber, NormalisesLowercaseX)
{
    auto id = parseIdNumber(QStringLiteral(" 11010519491231002x "), kToday);
    ASSERT_TRUE(id);
    EXPECT_EQ(id->number, QStringLiteral("11010519491231002X"));
}

TEST(IdNumber, RejectsAWrongCheckDigit)
{
    auto id = parseIdNumber(QStringLiteral("110105194912310021"), kToday);
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().field, QStringLiteral("id_number"));
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("check digit")))
        << id.error().message.toStdString();
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("X")));
}

TEST(IdNumber, RejectsThirtiethOfFebruary)
{
    auto id = parseIdNumber(withCheckDigit(QStringLiteral("33010419900230001")), kToday);
    ASSERT_FALSE(id);
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("19900230")));
}

TEST(IdNumber, RejectsABirthDateInTheFuture)
{
    auto id = parseIdNumber(withCheckDigit(QStringLiteral("33010420270101001")), kToday);
    ASSERT_FALSE(id);
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("future")));
    EXPECT_TRUE(parseIdNumber(withCheckDigit(QStringLiteral("33010420261126001")), kToday)); // today is fine
}

TEST(IdNumber, RejectsUnknownProvinceAndBadCharacters)
{
    EXPECT_FALSE(parseIdNumber(withCheckDigit(QStringLiteral("99010419900101001")), kToday));
    EXPECT_FALSE(parseIdNumber(QStringLiteral("3301041990010100AX"), kToday));
    EXPECT_FALSE(parseIdNumber(QStringLiteral("33010419900101001Y"), kToday));
    EXPECT_FALSE(parseIdNumber(QStringLiteral("3301041990"), kToday));
    EXPECT_FALSE(parseIdNumber(QString(), kToday));
}

TEST(IdNumber, UpgradesA15DigitLegacyNumber)
{
    auto id = parseIdNumber(QStringLiteral("110105491231002"), kToday);
    ASSERT_TRUE(id);
    EXPECT_EQ(id->number, QStringLiteral("11010519491231002X"));
    EXPECT_TRUE(id->upgradedFromLegacy);
    EXPECT_FALSE(parseIdNumber(QStringLiteral("11010549123100A"), kToday));
    EXPECT_FALSE(parseIdNumber(QStringLiteral("110105490231002"), kToday)); // 1949-02-31
}

TEST(IdNumber, DerivesGenderFromDigit17)
{
    auto male = parseIdNumber(withCheckDigit(QStringLiteral("33010419900101001")), kToday);
    auto female = parseIdNumber(withCheckDigit(QStringLiteral("33010419900101002")), kToday);
    ASSERT_TRUE(male);
    ASSERT_TRUE(female);
    EXPECT_EQ(male->gender, Gender::Male);
    EXPECT_EQ(female->gender, Gender::Female);
}
