#pragma once

#include "shegong/core/security/access.h"

#include <vector>

namespace shegong::core {

/*! Open events follow their area: once an assignment has started, every event of the area's
    households that is not closed goes to the new worker, with a "handover" step in its log and one
    audit row per area. Each assignment is carried over once; handovers dated ahead wait for their day
    (this runs when an area is reassigned and at every login). The caller owns the transaction.
    Returns the number of events moved. */
int carryOverEvents(const Database& db, QDate today, const Clock& clock = systemTime);

/*! Gives the events that are not closed among `eventIds` to `workerId`, each with a "handover" step
    ("old → new", by `actorId`) in its log. The caller owns the transaction and the audit row.
    Returns the number moved. */
int handOverEvents(const Database& db, const std::vector<Id>& eventIds, Id workerId, Id actorId,
                   const Clock& clock);

//! What the next worker needs to carry on in an area (交接清单), as of one day.
struct HandoverDossier {
    QString subdistrict, community, areaCode, areaName;
    QDate asOf;
    struct Assignment {
        QString worker, account;
        QDate starts;
        std::optional<QDate> ends;
    };
    std::vector<Assignment> assignments; //!< oldest first; the last one is current
    std::vector<AreaLeader> leaders;     //!< 一片三长
    struct Household {
        Id id = 0;
        QString address, head;
        int members = 0, floatingMembers = 0, openEvents = 0;
        bool specialGroup = false;
        std::optional<QDate> lastVisit; //!< never, when empty
        QString lastVisitor;
    };
    std::vector<Household> households; //!< by address
    struct TaggedResident {
        QString name, address;
        QStringList tags; //!< tag names
        int age = 0;
    };
    //! Residents with sensitive tags (special groups, the vulnerable); empty without the right to see them.
    std::vector<TaggedResident> specialGroups;
    bool sensitiveShown = false;
    struct OpenEvent {
        Id id = 0;
        QDate openedOn, dueOn;
        QString category, status, escalatedTo, address, description, assignee;
        bool overdue = false;
    };
    std::vector<OpenEvent> openEvents; //!< not closed, by due day
    int residents = 0, floatingResidents = 0;
    int householdsVisitedIn90Days = 0;
};

//! One line of the areas page: who answers for an area now, and who takes over next (if dated ahead).
struct AreaRosterRow {
    Id areaId = 0;
    QString code, name, community;
    Id communityId = 0;
    QString worker, account; //!< empty when nobody answers for it
    QDate since;
    QString nextWorker; //!< a handover dated ahead, if any
    QDate nextFrom;
    int households = 0, openEvents = 0;
};

//! The areas a director (their community) or the administrator (all) may reassign, by code.
std::vector<AreaRosterRow> areaRoster(const Access& access, QDate today);

//! The active social workers who may take an area of the community, by account.
std::vector<Worker> eligibleWorkers(const Database& db, Id communityId);

/*! The dossier of one area, for a director (their community), the administrator, or a worker of the
    area. No ID numbers or phones; sensitive tags only with ViewSensitiveTags. Printing it is audited. */
Result<HandoverDossier> handoverDossier(const Access& access, Id areaId, QDate asOf,
                                        const Clock& clock = systemTime);

} // namespace shegong::core
