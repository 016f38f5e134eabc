#include "shegong/core/base/validation.h"

#include <gtest/gtest.h>

using namespace shegong::core;

TEST(Phone, AcceptsMobileNumbersWithCommonDecorations)
{
    EXPECT_EQ(parseMobilePhone(QStringLiteral("13800005678")).value(), QStringLiteral("13800005678"));
    EXPECT_EQ(parseMobilePhone(QStringLiteral("+86 138-0000-5678")).value(), QStringLiteral("13800005678"));
    EXPECT_EQ(parseMobilePhone(QStringLiteral("0086 13800005678")).value(), QStringLiteral("13800005678"));
}

TEST(Phone, RejectsWhatIsNotAMobileNumber)
{
    for (const char* bad : {"12800005678", "1380000567", "138000056789", "0571-8888888", "abc", ""}) {
        auto phone = parseMobilePhone(QString::fromLatin1(bad), QStringLiteral("phone"));
        ASSERT_FALSE(phone) << bad;
        EXPECT_EQ(phone.error().field, QStringLiteral("phone"));
        EXPECT_TRUE(phone.error().message.startsWith(QStringLiteral("Phone")));
    }
}

TEST(Date, ParsesIsoDatesAndRejectsImpossibleOnes)
{
    EXPECT_EQ(parseDate(QStringLiteral("2024-02-29"), QStringLiteral("d")).value(), QDate(2024, 2, 29));
    EXPECT_FALSE(parseDate(QStringLiteral("2023-02-29"), QStringLiteral("d")));
    EXPECT_FALSE(parseDate(QStringLiteral("2023/01/01"), QStringLiteral("d")));
    auto late = parseDate(QStringLiteral("2026-12-01"), QStringLiteral("visit_date"), QDate(2026, 11, 26));
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().field, QStringLiteral("visit_date"));
}

TEST(Name, TrimsAndBoundsNames)
{
    EXPECT_EQ(parsePersonName(QStringLiteral("  朱学军 ")).value(), QStringLiteral("朱学军"));
    EXPECT_FALSE(parsePersonName(QStringLiteral("   ")));
    EXPECT_FALSE(parsePersonName(QString(41, u'王')));
    EXPECT_FALSE(parsePersonName(QStringLiteral("王\x01")));
}

TEST(Validation, NamesAndFreeTextRefuseInvisibleDirectionOverrides)
{
    // "张三" followed by a right-to-left override would display reversed text after it.
    EXPECT_FALSE(parsePersonName(QStringLiteral("张三") + QChar(0x202E) + QStringLiteral("abc")));
    EXPECT_FALSE(parsePersonName(QStringLiteral("李") + QChar(0x2067) + QStringLiteral("四")));
    EXPECT_TRUE(parsePersonName(QStringLiteral("阿依古丽·买买提")));
    EXPECT_FALSE(parseFreeText(QStringLiteral("ok") + QChar(0x202D), QStringLiteral("notes"),
                               QStringLiteral("Notes"), 100));
    EXPECT_TRUE(parseFreeText(QStringLiteral("第一行\n第二行\t"), QStringLiteral("notes"),
                              QStringLiteral("Notes"), 100));
    const auto tooLong =
        parseFreeText(QString(101, u'字'), QStringLiteral("notes"), QStringLiteral("Notes"), 100);
    ASSERT_FALSE(tooLong);
    EXPECT_EQ(tooLong.error().field, QStringLiteral("notes"));
    EXPECT_TRUE(tooLong.error().message.contains(QStringLiteral("100")));
}
