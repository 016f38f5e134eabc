#pragma once

#include "shegong/core/people/people.h"
#include "shegong/core/work/eventservice.h"
#include "shegong/core/work/visitservice.h"
#include "shegong/core/work/worker.h"

namespace shegong::core {

// Translated names of the domain's codes, shared by the screens and the printed documents.
QString dutyName(Duty duty);
QString eventStatusName(EventStatus status);
QString visitModeName(VisitMode mode);
QString leaderRoleName(LeaderRole role);
//! A step in an event's log: a status code, "escalate_community", "handover"…
QString eventActionName(const QString& action);
//! "community" or "subdistrict"; empty stays empty.
QString escalationName(const QString& level);
//! A fairness flag of the workload report in words (late_entry, repeat_visits, burst).
QString fairnessFlagName(const QString& kind);

} // namespace shegong::core
