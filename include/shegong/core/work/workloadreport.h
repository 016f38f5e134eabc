#pragma once

#include "shegong/core/base/result.h"
#include "shegong/core/people/people.h"

#include <QDate>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace shegong::core {

class Access;
class Database;

//! How the assessment score is made (configurable; defaults as the subdistrict weighs it).
struct WorkloadRules {
    int householdQuota = 20;    //!< distinct households a month
    double visitWeight = 60;    //!< share of the score for the quota
    double resolvedWeight = 20; //!< share for events resolved of those opened
    double overdueWeight = 20;  //!< share lost as overdue events pile up (5 or more loses it all)
    int lateEntryDays = 7;      //!< a visit entered later than this is flagged
    int burstMinutes = 10;      //!< three or more visits entered within this span are flagged
};

inline constexpr int kDutyCount = 6;

//! The mediation duty's month (一岗六责): at the counter and in the cases the worker mediates.
struct MediationWork {
    int consultations = 0;  //!< received at a counter
    int casesOpened = 0;    //!< taken in (intake in the month)
    int casesAttended = 0;  //!< mediated, with a session held in the month
    int casesConcluded = 0; //!< mediated, and an agreement, litigation or withdrawal recorded in the month
};

struct WorkerWorkload {
    Id workerId = 0;
    QString account;
    QString name;
    QString community;
    QStringList areas;
    int householdsInCharge = 0;
    int householdsVisited = 0; //!< distinct, in the month
    int floatingHouseholdsVisited = 0;
    int visits = 0;
    bool quotaMet = false;
    std::array<int, kDutyCount> eventsOpened{};   //!< by duty, in the order of Duty
    std::array<int, kDutyCount> eventsResolved{}; //!< resolved in the month, whenever opened
    int overdueEvents = 0;                        //!< open at the month's end and past their due day
    MediationWork mediation;                      //!< shown beside the events; not (yet) in the score
    double score = 0;
};

//! Something a director should look at instead of it being silently counted.
struct FairnessFlag {
    QString account;
    QString worker; //!< the worker's name
    QString kind;   //!< late_entry, repeat_visits, burst (the document names it in words)
    QString detail; //!< in words: households by address and head, times in local time
};

struct WorkloadReport {
    QString subdistrict;
    QString scope; //!< the community's name, or the subdistrict's
    int year = 0, month = 0;
    WorkloadRules rules;
    std::vector<WorkerWorkload> workers; //!< by community, then account
    std::vector<WorkerWorkload> totals;  //!< one per community (name in `community`), then the scope's total
    std::vector<FairnessFlag> flags;
};

/*! The monthly workload of the social workers in a scope (one community by code or name, or the
    whole subdistrict): every figure from the raw visits and events of that calendar month. Unscoped:
    screens and the CLI use the overload with a session. */
Result<WorkloadReport> buildWorkloadReport(const Database& db, int year, int month,
                                           const std::optional<QString>& community = std::nullopt,
                                           const WorkloadRules& rules = {});
/*! The report as the session may read it (ViewWorkloadReport), with the rules in force that month:
    the subdistrict's administrator any scope; a director their community (the default; another
    community is refused); a social worker their own row only, without the community's totals. */
Result<WorkloadReport> buildWorkloadReport(const Access& access, int year, int month,
                                           std::optional<QString> community = std::nullopt);

//! The quota and weights in force in a month: the latest set from that month or before, else the defaults.
WorkloadRules scoreRulesFor(const Database& db, int year, int month);
/*! Sets the quota and weights from a month on (SetScoreRules: the administrator). The weights add up to
    100; the month is this one or later, so that a report of a month gone by never changes. Audited. */
Result<void> setScoreRules(const Access& access, int year, int month, const WorkloadRules& rules);

//! One record behind a worker's figures, as the director checks them.
struct RecordBehind {
    enum class Kind { Visit, Event, Consultation, MediationCase };
    QDate day;
    Kind what = Kind::Visit;
    QString place; //!< visits: the door's address; consultations: the counter; cases: the case number
    QString
        kind; //!< visits: mode; events: category; consultations: category; cases: opened/attended/concluded
    QString detail;      //!< visits: duties; events: status; consultations: outcome; cases: state
    QDate due;           //!< events only
    QString description; //!< events: the description; cases: the title (never the content)
};
//! The visits of a worker's month, then the events behind "opened", "resolved" and "overdue", then the
//! consultations and mediation cases behind the mediation figures; refused unless the worker's row is
//! within the session's report scope.
Result<std::vector<RecordBehind>> recordsBehind(const Access& access, Id workerId, int year, int month);

//! The report as CSV (UTF-8 with BOM, CRLF): one row per worker, then the totals.
QByteArray workloadCsv(const WorkloadReport& report);

} // namespace shegong::core
