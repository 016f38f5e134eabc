#pragma once

#include "shegong/core/mediation/mediation.h"
#include "shegong/core/security/access.h"
#include "shegong/core/work/worker.h"

#include <set>

class QJsonObject;

namespace shegong::core {

//! A mediator who lives in a party's household (or is registered there as a relative).
struct Conflict {
    Id mediatorId = 0;
    QString mediator;
    QString party;
};

/*! The mediation case log as a session. Writes need ManageMediation over the case (a worker: households
    of their areas; a director: their community; the studio and the administrator: everywhere); each is
    validated, one transaction, audited. The state machine:
        registered → in mediation (a session) → agreed (consent of every party) → closed (follow-up)
                                              → no agreement → escalated (registered at the next level,
                                                               a new number, the old kept) | litigation
        registered / in mediation / no agreement → withdrawn
    and refuses every other step with a message. Reads of a case's content are audited; without the right
    to read it a case shows its number, title and state only. */
class MediationService {
public:
    explicit MediationService(const Access& access, Clock clock = systemTime)
        : m_access(access), m_clock(std::move(clock))
    {}

    std::vector<MediationPlace> places() const;
    //! The active accounts whose role may mediate (the policy's ManageMediation), to choose from.
    std::vector<Worker> eligibleMediators() const;

    Result<Id> recordConsultation(const Consultation& consultation) const;

    //! Conflicts of interest between the mediators and the parties (before taking a case).
    std::vector<Conflict> conflicts(const std::vector<Id>& mediators,
                                    const std::vector<CaseParty>& parties) const;
    /*! Opens a case. One that came from a worker's event or visit names it (it must exist and be within
        the session's reach); the event's log then records the case by its number. */
    Result<Id> openCase(const NewCase& newCase) const;
    /*! A new case as a worker's event starts it (一岗六责: mediation is one of their duties): linked to the
        event, its resident (or else the household's head) as applicant, its description as the dispute. */
    Result<NewCase> draftFromEvent(Id eventId) const;

    //! Another mediator for a case still being mediated; a conflict of interest needs a reason (audited).
    Result<void> addMediator(Id caseId, Id workerId, const QString& conflictReason = {}) const;
    Result<Id> addSession(Id caseId, const MediationSession& session) const;
    Result<void> recordConsent(Id partyId, QDate day) const;
    Result<void> recordAgreement(Id caseId, const Agreement& agreement) const;
    Result<void> recordNoAgreement(Id caseId, const QString& reason) const;
    //! To the next level (committee → station → studio) with a reason; a new number there.
    Result<void> escalate(Id caseId, const QString& reason) const;
    Result<void> referToLitigation(Id caseId, const QString& reason) const;
    Result<void> withdraw(Id caseId, const QString& reason) const;
    //! The follow-up visit (回访) after an agreement closes the case.
    Result<void> followUp(Id caseId, QDate day, const QString& note) const;
    //! A payment of the agreement's schedule received (the fulfilment check), audited.
    Result<void> recordPayment(Id caseId, Id paymentId, QDate paidOn) const;
    Result<void> applyForConfirmation(Id caseId, QDate day) const;
    Result<void> recordConfirmation(Id caseId, bool granted) const;

    //! Cases taken in between two days (inclusive), newest first; content flags per case.
    std::vector<CaseSummary> cases(QDate from, QDate to, std::optional<CaseState> state = {}) const;
    //! The whole case, audited as a read; refused without the right to read its content.
    Result<CaseDetail> caseDetail(Id caseId) const;
    //! Whether the session may read a case's content.
    bool mayRead(Id caseId) const;

    struct Reminder {
        CaseSummary summary;
        QDate day; //!< the next session's day, or the day of the last activity
    };
    //! Open cases (of those the session may read) with a session due in the next days, and those idle
    //! (no session or step) for longer than a number of days, oldest first.
    std::vector<Reminder> sessionsDue(int withinDays) const;
    std::vector<Reminder> idleCases(int afterDays) const;
    //! Agreed cases with a payment past its due day and not received: the fulfilment check.
    std::vector<Reminder> paymentsOverdue() const;

private:
    Result<void> mayWrite(Id caseId, const QString& action) const;
    void step(Id caseId, const QString& step, const QString& note, std::optional<CaseState> to,
              std::optional<Id> toPlace = {}) const;
    //! A step whose audit row says more than the state it leads to.
    void step(Id caseId, const QString& step, const QString& note, std::optional<CaseState> to,
              std::optional<Id> toPlace, QJsonObject details) const;
    Result<CaseState> stateOf(Id caseId) const;
    //! The cases taken in between two days whose content the session may read (below the studio's reach).
    std::set<Id> readableBetween(QDate from, QDate to) const;
    Result<QString> reasonFrom(const QString& text) const;

    const Access& m_access;
    Clock m_clock;
};

//! The number a case carries now (the latest of its trail), e.g. 〔2026〕三堡调字第0123号.
QString currentCaseNumber(const Database& db, Id caseId);

} // namespace shegong::core
