#pragma once

#include "shegong/core/base/result.h"
#include "shegong/core/people/people.h"

#include <vector>

namespace shegong::core {

class Access;

//! A whole ID number (18 characters) or a whole mobile number: a look-up, never a filter as you type.
bool isWholeNumber(const QString& text);

/*! The residents holding a whole ID number or mobile number. An exact match confirms a guess, so this
    is the one door for it: only within the session's edit scope (a worker's own areas, where revealing
    is allowed anyway), every look-up audited with its field and hit count (never the number), and after
    kLookUpMisses misses in a minute the account is refused until the minute is over. The registry
    search refuses whole numbers: it runs on a read-only connection and could not audit them. */
Result<std::vector<Id>> lookUpWholeNumber(const Access& access, const QString& text);

inline constexpr int kLookUpMisses = 3;

} // namespace shegong::core
