// Scoring a rental house: fixed, ranged and per-occurrence deductions, caps per group, items that
// withhold the grade, and the thresholds at their boundaries.
#include "shegong/core/rental/grading.h"

#include <gtest/gtest.h>

using namespace shegong::core;

namespace {

//! A small rule set: ids 1..6, facilities capped at 10 points.
RuleSet smallRules()
{
    RuleSet rules;
    rules.name = QStringLiteral("test");
    rules.year = 2026;
    rules.caps = {10.0, std::nullopt, std::nullopt};
    rules.items = {
        {1, RuleGroup::Facilities, QStringLiteral("F01"), QStringLiteral("采光差"), DeductionKind::Range, 1,
         2, false},
        {2, RuleGroup::Facilities, QStringLiteral("F02"), QStringLiteral("楼道堵塞"),
         DeductionKind::PerOccurrence, 2, 2, false},
        {3, RuleGroup::Management, QStringLiteral("M01"), QStringLiteral("未签责任书"), DeductionKind::Fixed,
         5, 5, false},
        {4, RuleGroup::Facilities, QStringLiteral("F09"), QStringLiteral("电动车室内充电"),
         DeductionKind::Fixed, 10, 10, true},
        {5, RuleGroup::Service, QStringLiteral("S01"), QStringLiteral("卫生差"), DeductionKind::Range, 0.5, 3,
         false},
        {6, RuleGroup::Management, QStringLiteral("M02"), QStringLiteral("未登记"),
         DeductionKind::PerOccurrence, 0.5, 0.5, false},
    };
    return rules;
}

} // namespace

TEST(Grading, NoDeductionIsAFullScoreAndAAA)
{
    const auto a = assess(smallRules(), {});
    ASSERT_TRUE(a);
    EXPECT_EQ(a->score, 100);
    EXPECT_EQ(a->grade, Grade::AAA);
}

TEST(Grading, FixedRangedAndPerOccurrenceDeductionsAddUp)
{
    // 1.5 (dark room) + 2 × 2 (two blocked corridors) + 5 (no pledge) = 10.5
    const auto a = assess(smallRules(), {{1, 1, 1.5}, {2, 2, 0}, {3, 1, 0}});
    ASSERT_TRUE(a) << a.error().message.toStdString();
    EXPECT_DOUBLE_EQ(a->score, 89.5);
    EXPECT_EQ(a->grade, Grade::AA) << "89.5 is not rounded up to AAA";
    EXPECT_DOUBLE_EQ(a->lostByGroup[0], 5.5);
    EXPECT_DOUBLE_EQ(a->lostByGroup[1], 5);
    ASSERT_EQ(a->pointsOfTicks.size(), 3u);
    EXPECT_DOUBLE_EQ(a->pointsOfTicks[1], 4);
}

TEST(Grading, AGroupNeverLosesMoreThanItsCap)
{
    // Facilities: 2 + 2 × 7 = 16, capped at 10; service is uncapped.
    const auto a = assess(smallRules(), {{1, 1, 2}, {2, 7, 0}, {5, 1, 3}});
    ASSERT_TRUE(a);
    EXPECT_DOUBLE_EQ(a->lostByGroup[0], 10);
    EXPECT_DOUBLE_EQ(a->score, 87);
    EXPECT_DOUBLE_EQ(a->pointsOfTicks[1], 14) << "the item's own points are kept before the cap";
}

TEST(Grading, AWithholdingFindingLeavesNoGradeWhateverTheScore)
{
    const auto a = assess(smallRules(), {{4, 1, 0}});
    ASSERT_TRUE(a);
    EXPECT_DOUBLE_EQ(a->score, 90) << "capped at 10: the score alone would be AAA";
    EXPECT_EQ(a->grade, Grade::None);
    EXPECT_EQ(a->withholding, QStringList{QStringLiteral("电动车室内充电")});
}

TEST(Grading, ThresholdsAtTheirBoundaries)
{
    const GradeThresholds t; // 90, 80, 70
    EXPECT_EQ(gradeFor(90, t), Grade::AAA);
    EXPECT_EQ(gradeFor(89.5, t), Grade::AA);
    EXPECT_EQ(gradeFor(89.99, t), Grade::AA);
    EXPECT_EQ(gradeFor(80, t), Grade::AA);
    EXPECT_EQ(gradeFor(79.5, t), Grade::A);
    EXPECT_EQ(gradeFor(70, t), Grade::A);
    EXPECT_EQ(gradeFor(69.5, t), Grade::None);
    EXPECT_EQ(gradeFor(0, t), Grade::None);
    const GradeThresholds strict{95, 85, 75};
    EXPECT_EQ(gradeFor(90, strict), Grade::AA);
}

TEST(Grading, TheScoreNeverGoesBelowZero)
{
    RuleSet rules = smallRules();
    rules.caps = {};
    const auto a = assess(rules, {{2, 50, 0}, {3, 1, 0}});
    ASSERT_TRUE(a);
    EXPECT_EQ(a->score, 0);
    EXPECT_EQ(a->grade, Grade::None);
}

TEST(Grading, BadTicksAreRefusedNamingTheField)
{
    const RuleSet rules = smallRules();
    EXPECT_EQ(assess(rules, {{2, 0, 0}}).error().field, QStringLiteral("occurrences")) << "below 1";
    EXPECT_EQ(assess(rules, {{2, -3, 0}}).error().field, QStringLiteral("occurrences"));
    EXPECT_EQ(assess(rules, {{2, kMaxOccurrences + 1, 0}}).error().field, QStringLiteral("occurrences"))
        << "absurdly high";
    EXPECT_EQ(assess(rules, {{1, 1, 2.5}}).error().field, QStringLiteral("points")) << "outside 1–2";
    EXPECT_EQ(assess(rules, {{1, 1, 0.5}}).error().field, QStringLiteral("points"));
    EXPECT_EQ(assess(rules, {{99, 1, 0}}).error().field, QStringLiteral("item")) << "not in the rule set";
    EXPECT_EQ(assess(rules, {{3, 1, 0}, {3, 1, 0}}).error().field, QStringLiteral("item")) << "twice";
    EXPECT_TRUE(assess(rules, {{1, 1, 1}})) << "the range's ends are allowed";
    EXPECT_TRUE(assess(rules, {{2, kMaxOccurrences, 0}}));
}

TEST(Grading, FractionalPointsStayExact)
{
    // 0.5 × 3 + 0.7: decimal points are printed as the assessor added them, not 97.80000000000001.
    const auto a = assess(smallRules(), {{6, 3, 0}, {5, 1, 0.7}});
    ASSERT_TRUE(a);
    EXPECT_EQ(QString::number(a->score), QStringLiteral("97.8"));
}

TEST(Grading, TheDefaultCatalogueCoversThePublishedExamplesAndAddsUpTo100)
{
    const RuleSet rules = defaultRuleSet(2026);
    EXPECT_EQ(rules.thresholds.aaa, 90);
    double caps = 0;
    for (const auto& cap : rules.caps)
        caps += cap.value_or(0);
    EXPECT_EQ(caps, 100);
    const auto find = [&](const QString& code) {
        for (const RuleItem& i : rules.items)
            if (i.code == code)
                return i;
        return RuleItem{};
    };
    EXPECT_EQ(find(QStringLiteral("F01")).kind, DeductionKind::Range) << "a dark or unventilated room";
    EXPECT_EQ(find(QStringLiteral("F01")).pointsMax, 2);
    EXPECT_EQ(find(QStringLiteral("F02")).kind, DeductionKind::PerOccurrence) << "a blocked corridor";
    EXPECT_EQ(find(QStringLiteral("F02")).pointsMin, 2);
    int withholding = 0;
    for (const RuleItem& i : rules.items)
        withholding += i.withholdsGrade;
    EXPECT_GE(withholding, 2) << "fire safety and illegal group rental";
}
