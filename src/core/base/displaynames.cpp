#include "shegong/core/base/displaynames.h"

#include <QCoreApplication>

namespace shegong::core {
namespace {

struct Names {
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
};

} // namespace

QString dutyName(Duty duty)
{
    switch (duty) {
    case Duty::Mediation:
        return Names::tr("Mediation");
    case Duty::FamilyPlanning:
        return Names::tr("Family planning");
    case Duty::Health:
        return Names::tr("Health");
    case Duty::CultureEducation:
        return Names::tr("Culture and education");
    case Duty::CivilAffairs:
        return Names::tr("Civil affairs");
    case Duty::SpecialGroups:
        return Names::tr("Special groups");
    }
    return {};
}

QString eventStatusName(EventStatus status)
{
    switch (status) {
    case EventStatus::Open:
        return Names::tr("Open");
    case EventStatus::InProgress:
        return Names::tr("In progress");
    case EventStatus::Resolved:
        return Names::tr("Resolved");
    case EventStatus::Closed:
        return Names::tr("Closed");
    }
    return {};
}

QString visitModeName(VisitMode mode)
{
    switch (mode) {
    case VisitMode::InPerson:
        return Names::tr("In person");
    case VisitMode::Phone:
        return Names::tr("Phone");
    case VisitMode::WeChat:
        return Names::tr("WeChat");
    case VisitMode::Other:
        return Names::tr("Other");
    }
    return {};
}

QString leaderRoleName(LeaderRole role)
{
    switch (role) {
    case LeaderRole::PartyGroup:
        return Names::tr("Party group leader");
    case LeaderRole::Building:
        return Names::tr("Building leader");
    case LeaderRole::Retiree:
        return Names::tr("Retired volunteer leader");
    }
    return {};
}

QString escalationName(const QString& level)
{
    if (level == QLatin1String("community"))
        return Names::tr("Community");
    if (level == QLatin1String("subdistrict"))
        return Names::tr("Subdistrict");
    return level;
}

QString fairnessFlagName(const QString& kind)
{
    if (kind == QLatin1String("late_entry"))
        return Names::tr("Entered late");
    if (kind == QLatin1String("repeat_visits"))
        return Names::tr("Same household again");
    if (kind == QLatin1String("burst"))
        return Names::tr("Many entries at once");
    return kind;
}

QString eventActionName(const QString& action)
{
    if (action == QLatin1String("handover"))
        return Names::tr("Handed over");
    if (action.startsWith(QLatin1String("escalate_")))
        return Names::tr("Escalated to %1").arg(escalationName(action.mid(9)));
    if (action == QLatin1String("open"))
        return Names::tr("Opened");
    if (action == QLatin1String("mediation_case"))
        return Names::tr("Mediation case opened");
    if (action == QLatin1String("in_progress") || action == QLatin1String("resolved") ||
        action == QLatin1String("closed"))
        return eventStatusName(eventStatusFrom(action));
    return action;
}

} // namespace shegong::core
