#pragma once

#include "shegong/core/geography/geography.h"

#include <QObject>

namespace shegong::core {

//! What a committed write touched. Modules add their kinds here (rental houses, cases…), at the end
//! only: the number is stored in the change log other workstations read.
enum class ChangeKind {
    Resident,
    Household,
    Visit,
    Event,
    Assignment,
    Account,
    Building,
    RentalHouse,
    RentalRoom,
    Inspection,
    AssessmentRound,
};

struct Change {
    ChangeKind kind;
    Id id = 0;          //!< the record written
    Id householdId = 0; //!< the household it belongs to, when it belongs to one
};

/*! Announces committed writes: one typed signal for every view. Writes note their changes on the
    WriteTransaction; they are announced after the outermost commit, and dropped on rollback, so a view
    never refreshes for something that did not happen. One per Database (per connection). */
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    void announce(const Change& change) { Q_EMIT changed(change); }

Q_SIGNALS:
    void changed(const shegong::core::Change& change);
};

} // namespace shegong::core
