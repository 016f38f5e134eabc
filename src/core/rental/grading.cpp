#include "shegong/core/rental/grading.h"

#include "shegong/core/base/enumcodec.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace shegong::core {
namespace {

struct GradingText {
    Q_DECLARE_TR_FUNCTIONS(Grading)
};

constexpr EnumCodec<Grade, 4> kGrades{
    "grade", {{{Grade::None, "none"}, {Grade::A, "A"}, {Grade::AA, "AA"}, {Grade::AAA, "AAA"}}}};
constexpr EnumCodec<RuleGroup, 3> kGroups{"rule group",
                                          {{{RuleGroup::Facilities, "facilities"},
                                            {RuleGroup::Management, "management"},
                                            {RuleGroup::Service, "service"}}}};
constexpr EnumCodec<DeductionKind, 3> kKinds{"deduction kind",
                                             {{{DeductionKind::Fixed, "fixed"},
                                               {DeductionKind::Range, "range"},
                                               {DeductionKind::PerOccurrence, "per_occurrence"}}}};

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

const RuleItem* RuleSet::item(Id itemId) const
{
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const RuleItem& i) { return i.id == itemId; });
    return it == items.end() ? nullptr : &*it;
}

Grade gradeFor(double score, const GradeThresholds& thresholds)
{
    if (score >= thresholds.aaa)
        return Grade::AAA;
    if (score >= thresholds.aa)
        return Grade::AA;
    if (score >= thresholds.a)
        return Grade::A;
    return Grade::None;
}

Result<Assessment> assess(const RuleSet& rules, const std::vector<Tick>& ticks)
{
    Assessment result;
    std::array<double, kRuleGroupCount> lost{};
    std::vector<Id> seen;
    for (const Tick& tick : ticks) {
        const RuleItem* item = rules.item(tick.itemId);
        if (!item)
            return Error{
                QStringLiteral("item"),
                GradingText::tr("Item %1 is not in the rule set %2").arg(tick.itemId).arg(rules.name)};
        if (std::find(seen.begin(), seen.end(), tick.itemId) != seen.end())
            return Error{QStringLiteral("item"), GradingText::tr("%1: ticked twice").arg(item->title)};
        seen.push_back(tick.itemId);
        double points = item->pointsMin;
        switch (item->kind) {
        case DeductionKind::Fixed:
            break;
        case DeductionKind::Range:
            if (!(tick.points >= item->pointsMin - 1e-9 && tick.points <= item->pointsMax + 1e-9))
                return Error{QStringLiteral("points"), GradingText::tr("%1: deduct %2 to %3 points, not %4")
                                                           .arg(item->title)
                                                           .arg(item->pointsMin)
                                                           .arg(item->pointsMax)
                                                           .arg(tick.points)};
            points = tick.points;
            break;
        case DeductionKind::PerOccurrence:
            if (tick.occurrences < 1 || tick.occurrences > kMaxOccurrences)
                return Error{QStringLiteral("occurrences"),
                             GradingText::tr("%1: occurrences from 1 to %2, not %3")
                                 .arg(item->title)
                                 .arg(kMaxOccurrences)
                                 .arg(tick.occurrences)};
            points = item->pointsMin * tick.occurrences;
            break;
        }
        result.pointsOfTicks.push_back(points);
        lost[size_t(item->group)] += points;
        if (item->withholdsGrade)
            result.withholding << item->title;
    }
    double total = 0;
    for (size_t g = 0; g < kRuleGroupCount; ++g) {
        result.lostByGroup[g] = rules.caps[g] ? std::min(lost[g], *rules.caps[g]) : lost[g];
        total += result.lostByGroup[g];
    }
    result.score = std::max(0.0, 100 - total);
    if (near(result.score, std::round(result.score * 10) / 10))
        result.score = std::round(result.score * 10) / 10; // 100 − 0.1 × n stays exact on paper
    result.grade = result.withholding.isEmpty() ? gradeFor(result.score, rules.thresholds) : Grade::None;
    return result;
}

RuleSet defaultRuleSet(int year)
{
    RuleSet rules;
    // Catalogue and name are data in the subdistrict's language (what the assessors' paper forms say),
    // not interface text.
    rules.name = QStringLiteral("%1年度出租房屋等级评定细则").arg(year);
    rules.year = year;
    // Caps: facilities weigh most (safety), then management, then service; together 100.
    rules.caps = {40.0, 35.0, 25.0};
    struct Line {
        RuleGroup group;
        const char* code;
        const char* title;
        DeductionKind kind;
        double min, max;
        bool withholds;
    };
    using G = RuleGroup;
    using K = DeductionKind;
    // The published examples (a dark or unventilated room 1–2, a blocked corridor 2 each) and what a
    // police-station and community inspection of rented housing checks: fire, escape, wiring, gas,
    // light and air, sanitation, tenant registration, the landlord's responsibility pledge.
    static const Line kLines[] = {
        {G::Facilities, "F01", "房间采光差或不通风", K::Range, 1, 2, false},
        {G::Facilities, "F02", "楼道、疏散通道堵塞（每处）", K::PerOccurrence, 2, 2, false},
        {G::Facilities, "F03", "灭火器未按层配备或失效（每层）", K::PerOccurrence, 2, 2, false},
        {G::Facilities, "F04", "未装烟感报警器（每间）", K::PerOccurrence, 1, 1, false},
        {G::Facilities, "F05", "无安全出口标志或应急照明", K::Fixed, 3, 3, false},
        {G::Facilities, "F06", "电线私拉乱接、老化裸露", K::Range, 2, 5, false},
        {G::Facilities, "F07", "燃气管道或钢瓶不符合安全要求", K::Range, 2, 5, false},
        {G::Facilities, "F08", "厨卫设施不全或损坏", K::Range, 1, 3, false},
        {G::Facilities, "F09", "电动自行车在楼内停放或充电", K::Fixed, 10, 10, true},
        {G::Facilities, "F10", "违规群租或以易燃材料隔断", K::Fixed, 10, 10, true},
        {G::Management, "M01", "租客未登记或信息不全（每人）", K::PerOccurrence, 2, 2, false},
        {G::Management, "M02", "房东未签治安消防责任书", K::Fixed, 5, 5, false},
        {G::Management, "M03", "未建出租房屋台账", K::Fixed, 3, 3, false},
        {G::Management, "M04", "居住证未办或过期（每人）", K::PerOccurrence, 1, 1, false},
        {G::Management, "M05", "超员居住（每间）", K::PerOccurrence, 3, 3, false},
        {G::Management, "M06", "房东未定期检查房屋", K::Fixed, 2, 2, false},
        {G::Management, "M07", "发现违法犯罪线索未报告", K::Fixed, 10, 10, true},
        {G::Service, "S01", "环境卫生脏乱", K::Range, 1, 3, false},
        {G::Service, "S02", "垃圾未分类或乱堆放", K::Range, 1, 2, false},
        {G::Service, "S03", "未公示等级和管理制度", K::Fixed, 2, 2, false},
        {G::Service, "S04", "租客投诉未及时处理（每起）", K::PerOccurrence, 2, 2, false},
        {G::Service, "S05", "未配合社区宣传和检查", K::Fixed, 2, 2, false},
    };
    for (const Line& line : kLines)
        rules.items.push_back(RuleItem{0, line.group, QString::fromLatin1(line.code),
                                       QString::fromUtf8(line.title), line.kind, line.min, line.max,
                                       line.withholds});
    return rules;
}

QString toString(Grade grade)
{
    return kGrades.code(grade);
}
Grade gradeFrom(const QString& text)
{
    return kGrades.stored(text);
}
QString toString(RuleGroup group)
{
    return kGroups.code(group);
}
RuleGroup ruleGroupFrom(const QString& text)
{
    return kGroups.stored(text);
}
QString toString(DeductionKind kind)
{
    return kKinds.code(kind);
}
DeductionKind deductionKindFrom(const QString& text)
{
    return kKinds.stored(text);
}

QString gradeName(Grade grade)
{
    return grade == Grade::None ? GradingText::tr("no grade") : toString(grade);
}

QString ruleGroupName(RuleGroup group)
{
    switch (group) {
    case RuleGroup::Facilities:
        return GradingText::tr("Facilities");
    case RuleGroup::Management:
        return GradingText::tr("Management");
    case RuleGroup::Service:
        return GradingText::tr("Service");
    }
    return {};
}

} // namespace shegong::core
