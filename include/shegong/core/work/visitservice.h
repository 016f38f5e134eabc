#pragma once

#include "shegong/core/people/people.h"
#include "shegong/core/security/access.h"

#include <unordered_map>
#include <vector>

namespace shegong::core {

enum class VisitMode { InPerson, Phone, WeChat, Other }; //!< 入户 / 电话 / 微信 / 其他

struct Visit {
    Id id = 0;
    Id householdId = 0;
    Id workerId = 0;
    QDate visitedOn;
    VisitMode mode = VisitMode::InPerson;
    std::vector<Duty> duties; //!< any of 一岗六责
    QString notes;
    bool followUp = false; //!< opens an event for the first duty
    bool floating = false; //!< the household was a floating-population household (set by the service)
};

//! One line of a household's history: a visit or an event, as codes for the screen to name.
struct HistoryItem {
    QDate day;
    QString kind;                  //!< "visit", "event" or "mediation" (a case with a party here)
    QString worker;                //!< the worker's name
    std::optional<VisitMode> mode; //!< visits
    std::vector<Duty> duties;      //!< a visit's duties, or an event's category
    QString status;                //!< events: open…closed; mediation: the case's state code
    QString text;                  //!< a visit's notes, an event's description, a case's title
};

//! This month's promise: distinct households visited against the target.
struct MonthlyQuota {
    int households = 0;         //!< distinct households visited in the month
    int floatingHouseholds = 0; //!< of which floating-population households
    int visits = 0;             //!< all visits, repeats included
    int target = 20;
    bool met() const { return households >= target; }
};

/*! Records visits (and the events a follow-up opens) within the worker's scope, audited, one
    transaction each; answers the household history and the monthly quota. */
class VisitService {
public:
    explicit VisitService(const Access& access, Clock clock = systemTime)
        : m_access(access), m_clock(std::move(clock))
    {}

    Result<Id> recordVisit(Visit visit) const;
    //! Every visit and event of the household by any worker, newest first; refused outside the
    //! session's read scope (visit notes and event descriptions are about the people).
    Result<std::vector<HistoryItem>> history(Id householdId) const;
    MonthlyQuota monthlyQuota(Id workerId, int year, int month, int target = 20) const;

    const Access& access() const { return m_access; }

private:
    const Access& m_access;
    Clock m_clock;
};

//! The day of the latest visit to any household of each building (for the map's recency colours).
std::unordered_map<Id, QDate> lastVisitByBuilding(const Database& db);

QString toString(VisitMode mode);
VisitMode visitModeFrom(const QString& text);

} // namespace shegong::core
