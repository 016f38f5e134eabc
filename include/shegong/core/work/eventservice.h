#pragma once

#include "shegong/core/people/people.h"
#include "shegong/core/security/access.h"

#include <vector>

namespace shegong::core {

enum class EventStatus { Open, InProgress, Resolved, Closed };
enum class EscalationLevel { Community, Subdistrict };

struct EventAction {
    QDateTime at;
    QString worker;
    QString action;
    QString note;
};

//! A household the worker has not visited for the longest time (special groups first).
struct OverdueHousehold {
    Id householdId = 0;
    QString address;
    QString head;
    std::optional<QDate> lastVisit; //!< never, when empty
    bool specialGroup = false;
};

/*! Service matters (事项): the status workflow open → in progress → resolved → closed (and only that),
    escalation to the community or the subdistrict with a reason, an action log per event, and the
    overdue list. Every step is checked against the session's scope and audited. */
class EventService {
public:
    explicit EventService(const Access& access, Clock clock = systemTime)
        : m_access(access), m_clock(std::move(clock))
    {}

    //! A matter opened directly (not from a visit).
    struct NewEvent {
        Id householdId = 0;
        std::optional<Id> residentId; //!< one member, or the whole household
        Duty category = Duty::CivilAffairs;
        QString description;
        QDate dueOn;                  //!< today or later
        std::optional<Id> assigneeId; //!< default: the worker of the household's area, else the session's
    };
    /*! Opens an event in the editable scope: the resident must live in the household, the assignee
        must be an active social worker of its community. Logged ("open") and audited. */
    Result<Id> open(const NewEvent& event) const;
    Result<void> advance(Id eventId, EventStatus to, const QString& note = {}) const;
    Result<void> escalate(Id eventId, EscalationLevel level, const QString& reason) const;
    std::vector<EventAction> actions(Id eventId) const;

    struct EventSummary {
        Id id = 0;
        QDate openedOn, dueOn;
        QString category; //!< duty code
        EventStatus status = EventStatus::Open;
        QString escalatedTo;
        QString description;
        QString address;
        Id buildingId = 0, dwellingId = 0; //!< where the household lives, to show it
        bool overdue = false;
    };
    //! The events assigned to a worker that are open or in progress (with `resolved`, also those resolved
    //! and waiting to be closed), by due day.
    std::vector<EventSummary> openEvents(Id workerId, bool resolved = false) const;
    //! Open or in-progress events past their due day, of the worker's areas.
    std::vector<Id> overdueEvents(Id workerId) const;
    //! The worker's households by how long ago they were last visited, special-group households first.
    std::vector<OverdueHousehold> unvisitedLongest(Id workerId, int limit = 20) const;

private:
    const Access& m_access;
    Clock m_clock;
};

QString toString(EventStatus status);
EventStatus eventStatusFrom(const QString& text);

} // namespace shegong::core
