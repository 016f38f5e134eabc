#pragma once

#include "shegong/core/mediation/mediation.h"
#include "shegong/core/security/access.h"

#include <map>

namespace shegong::core {

//! What a view of the mediation work covers: a period and, optionally, one place and what is below it.
struct MediationScope {
    QDate from, to;
    std::optional<Id> placeId;     //!< the studio, a station (with its committees) or a committee
    std::optional<Id> communityId; //!< the committees of a community
};

struct CategoryFigures {
    int received = 0;
    int successes = 0;
};

struct MediationStatistics {
    int consultations = 0;
    int received = 0;           //!< cases taken in the period
    int successes = 0;          //!< of those, agreed (closed after follow-up included)
    double successRate = 0;     //!< successes ÷ cases that ended (agreed, litigation, withdrawn)
    double averageSessions = 0; //!< per successful case
    double averageDaysToAgreement = 0;
    int escalations = 0;
    int litigations = 0;
    int withdrawals = 0;
    std::map<DisputeCategory, CategoryFigures> byCategory;
    std::map<MediationLevel, CategoryFigures> byLevel; //!< by the level where each case is now
};

/*! The figures of a period for the studio, a station, a committee or a community: read by the roles
    that manage mediation (the counts carry no personal data). A case counts where it was taken in (its
    first place) and, by level, where it is now. */
Result<MediationStatistics> mediationStatistics(const Access& access, const MediationScope& scope);

} // namespace shegong::core
