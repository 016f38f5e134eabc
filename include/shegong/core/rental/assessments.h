#pragma once

#include "shegong/core/rental/grading.h"
#include "shegong/core/security/access.h"

#include <QByteArray>
#include <map>
#include <vector>

namespace shegong::core {

//! A member of the assessment team (police station officers, the community's security office).
struct TeamMember {
    QString name;
    QString organisation;
};

struct AssessmentRound {
    Id id = 0;
    Id communityId = 0;
    int year = 0;
    int number = 1; //!< the round within the year
    QDate starts, ends;
    Id ruleSetId = 0;
    std::vector<TeamMember> team;
    std::optional<QDateTime> closedAt;
    QString closedBy;
    bool closed() const { return closedAt.has_value(); }
};

struct Photo {
    QString fileName;
    QByteArray bytes;
};
//! A photo's size limit: a phone's picture, not a film.
inline constexpr qsizetype kMaxPhotoBytes = 5 * 1024 * 1024;

struct NewInspection {
    Id roundId = 0;
    Id houseId = 0;
    QDate day;
    std::vector<Tick> ticks;
    QString note;
    std::vector<Photo> photos;
    QString supersedeReason; //!< needed when the house was already inspected in this round
};

struct Inspection {
    Id id = 0;
    Id roundId = 0;
    Id houseId = 0;
    QDate day;
    QString assessor; //!< account
    double score = 100;
    Grade grade = Grade::AAA;
    bool withheld = false;
    QString note;
    bool superseded = false;
    std::optional<Id> supersedes;
    QString supersedeReason;
    std::vector<Tick> ticks; //!< with the points deducted for each
    int photos = 0;
};

//! The grade a house holds for a year: its last closed round's (current) inspection in that year.
struct YearGrade {
    Grade grade = Grade::None;
    double score = 0;
    int round = 0;
};

/*! Rule sets (versions), assessment rounds and inspections. Rule sets are the subdistrict's
    (ManageRentalRounds with subdistrict reach); a rule set used by an inspection is never edited, a
    new version is made from it. A director opens and closes the community's rounds; a closed round is
    read-only. The assessor (GradeRentals) inspects: the score is computed here from the round's rule
    set, never taken from the caller; a second inspection of a house in a round supersedes the first
    with a reason, both kept; every score is audited with before and after. */
class AssessmentService {
public:
    explicit AssessmentService(const Access& access, Clock clock = systemTime)
        : m_access(access), m_clock(std::move(clock))
    {}

    Result<Id> saveRuleSet(const RuleSet& rules) const; //!< a new version
    //! Changes a version that no inspection has used yet (thresholds, caps, items).
    Result<void> updateRuleSet(const RuleSet& rules) const;
    Result<RuleSet> ruleSet(Id ruleSetId) const;
    //! The newest version for a year, or the newest of any earlier year.
    std::optional<Id> ruleSetFor(int year) const;

    Result<Id> openRound(const AssessmentRound& round) const;
    Result<void> closeRound(Id roundId) const;
    Result<AssessmentRound> round(Id roundId) const;
    std::vector<AssessmentRound> rounds(Id communityId, std::optional<int> year = {}) const;

    Result<Id> inspect(const NewInspection& inspection) const;
    //! The current inspection of a house in a round, if any.
    std::optional<Inspection> currentInspection(Id roundId, Id houseId) const;
    //! Every inspection of a house, newest first (superseded ones included).
    Result<std::vector<Inspection>> inspectionsOf(Id houseId) const;

    //! The year's grade of each house of a community that has one (last closed round of the year).
    std::map<Id, YearGrade> yearGrades(Id communityId, int year) const;

private:
    Result<void> checkRuleSet(const RuleSet& rules) const;

    const Access& m_access;
    Clock m_clock;
};

/*! Writes a rule set as a new version (based on `rules.id` when set) without asking anyone: the
    service's write after its checks, and the demo's. Returns its id. */
Id storeRuleSet(const Database& db, const RuleSet& rules, const QDateTime& createdAt);
std::optional<RuleSet> loadRuleSet(const Database& db, Id ruleSetId);

} // namespace shegong::core
