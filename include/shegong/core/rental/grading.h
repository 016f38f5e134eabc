#pragma once

// Scoring a rental house out of 100 against a rule set: pure functions, no storage.

#include "shegong/core/base/result.h"
#include "shegong/core/geography/geography.h"

#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace shegong::core {

enum class RuleGroup { Facilities, Management, Service };
inline constexpr size_t kRuleGroupCount = 3;
enum class DeductionKind {
    Fixed,        //!< the item's points, once
    Range,        //!< the assessor chooses the points within the item's range (a dark room: 1 to 2)
    PerOccurrence //!< the item's points for each occurrence counted (a blocked corridor: 2 each)
};
enum class Grade { None, A, AA, AAA };

//! One line of the deduction checklist.
struct RuleItem {
    Id id = 0;
    RuleGroup group = RuleGroup::Facilities;
    QString code; //!< stable within the catalogue ("F03")
    QString title;
    DeductionKind kind = DeductionKind::Fixed;
    double pointsMin = 1, pointsMax = 1; //!< equal for fixed and per-occurrence items
    bool withholdsGrade = false;         //!< a finding that withholds any grade (fire safety…)
};

/*! Lowest scores of each grade. AAA ≥ 90 is the published line; AA ≥ 80 and A ≥ 70 keep ten-point
    bands below it, so that an A still means no more than 30 points lost (three serious faults). */
struct GradeThresholds {
    double aaa = 90, aa = 80, a = 70;
};

//! The maximum occurrences of one item in one house: more is a typing slip, not a finding.
inline constexpr int kMaxOccurrences = 50;

//! A versioned catalogue of deductions with its grade thresholds and optional caps per group.
struct RuleSet {
    Id id = 0;
    QString name;
    int year = 0;
    GradeThresholds thresholds;
    std::array<std::optional<double>, kRuleGroupCount> caps; //!< most a group may lose, if capped
    std::vector<RuleItem> items;

    const RuleItem* item(Id itemId) const;
};

//! An item ticked on the form: how often (per-occurrence items) and how many points (range items).
struct Tick {
    Id itemId = 0;
    int occurrences = 1;
    double points = 0; //!< range items only: the points chosen within the range
};

struct Assessment {
    double score = 100;
    Grade grade = Grade::AAA;
    std::array<double, kRuleGroupCount> lostByGroup{}; //!< after caps
    QStringList withholding;                           //!< titles of the items that withhold the grade
    std::vector<double> pointsOfTicks;                 //!< per tick, before caps (what is stored)
};

//! The grade of a score: the score itself is compared (89.5 is AA, not rounded up to AAA).
Grade gradeFor(double score, const GradeThresholds& thresholds);

/*! Scores the ticks: 100 less each group's deductions (capped where the group has a cap), never
    below 0; no grade when an item that withholds it is ticked. An unknown item, an occurrence count
    outside 1..kMaxOccurrences or range points outside the item's range is an error naming it. */
Result<Assessment> assess(const RuleSet& rules, const std::vector<Tick>& ticks);

//! The default catalogue in Chinese: the published examples and what such inspections check.
RuleSet defaultRuleSet(int year);

QString toString(Grade grade); //!< "AAA", "AA", "A", "none"
Grade gradeFrom(const QString& text);
QString toString(RuleGroup group);
RuleGroup ruleGroupFrom(const QString& text);
QString toString(DeductionKind kind);
DeductionKind deductionKindFrom(const QString& text);

//! The grade as shown ("AAA", or 无等级 for none); the group's name in the UI's language.
QString gradeName(Grade grade);
QString ruleGroupName(RuleGroup group);

} // namespace shegong::core
