#pragma once

// The mediation case log's values: places, consultations, cases, parties, sessions, agreements.

#include "shegong/core/geography/geography.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <optional>
#include <vector>

namespace shegong::core {

//! Where a dispute is mediated: "small disputes stay in the community, big ones in the subdistrict".
enum class MediationLevel { Committee, Station, Studio };
enum class CaseState { Registered, InMediation, Agreed, NoAgreement, Litigation, Withdrawn, Closed };
enum class CaseSource { Application, Visit, Event, Police, Court };
enum class DisputeCategory { Family, Neighbours, Property, Labour, Tenancy, Damages, Contract, Other };
enum class MediationKind { People, Administrative, Judicial }; //!< 人民 / 行政 / 司法调解
enum class PartyRole { Applicant, Respondent, ThirdParty };
enum class ConsultationOutcome { Advice, Referred, Case };

struct MediationPlace {
    Id id = 0;
    MediationLevel level = MediationLevel::Committee;
    QString name;
    QString shortName;
    std::optional<Id> communityId; //!< a committee's
    std::optional<Id> parentId;    //!< committee → station → studio
};

//! A person at the counter or in a case: a resident of the registry, or someone from outside.
struct MediationPerson {
    std::optional<Id> residentId;
    QString name; //!< outside the registry (for a resident: filled in on reading)
    QString idNumber;
    QString phone;
};

struct Consultation {
    Id id = 0;
    QDate day;
    Id placeId = 0;
    MediationPerson person;
    DisputeCategory category = DisputeCategory::Other;
    QString advice;
    ConsultationOutcome outcome = ConsultationOutcome::Advice;
};

struct CaseParty {
    Id id = 0;
    PartyRole role = PartyRole::Applicant;
    MediationPerson person;
    std::optional<QDate> consentedOn;
    //! A resident's home, filled in on reading (to show it on the map): 0 and empty for outsiders.
    Id buildingId = 0, dwellingId = 0;
    QString address;
};

struct NewCase {
    QDate intakeDay;
    CaseSource source = CaseSource::Application;
    std::optional<Id> visitId, eventId;
    DisputeCategory category = DisputeCategory::Neighbours;
    std::optional<Id> rentalHouseId; //!< a tenancy dispute's house; found from the parties when not given
    std::optional<int> amountYuan;
    QString title;
    QString description;
    MediationKind kind = MediationKind::People;
    Id placeId = 0;
    std::vector<CaseParty> parties;
    std::vector<Id> mediators;        //!< accounts' ids
    QString conflictOverride;         //!< why a mediator with a conflict of interest keeps the case
    std::optional<Id> consultationId; //!< the consultation it came from
};

//! A new case from a consultation at the counter: its place, category, person as applicant, advice.
NewCase draftFromConsultation(const Consultation& consultation);

struct CaseNumber {
    int year = 0;
    MediationLevel level = MediationLevel::Committee;
    int serial = 0;
    QString placeShortName;
};
//! 〔2026〕三堡调字第0123号: the year, the place's short name, and a serial per year and level.
QString caseNumberText(const CaseNumber& number);

struct MediationSession {
    Id id = 0;
    QDateTime heldAt;
    QString place;
    QString attendees;
    QString summary;
    QString nextStep;
    std::optional<QDate> nextOn;
};

struct Payment {
    QDate dueOn;
    int amountYuan = 0;
    std::optional<QDate> paidOn;
    Id id = 0; //!< filled in on reading
};

struct Agreement {
    QDate signedOn;
    QString facts;
    QString terms;
    int amountYuan = 0;
    std::vector<Payment> payments;
    std::optional<QDate> confirmationAppliedOn;
    QString confirmationResult; //!< "granted", "refused" or empty
};

//! A case as any list shows it: number, title, state, place — no content.
struct CaseSummary {
    Id id = 0;
    QString number; //!< the current one
    QString title;
    CaseState state = CaseState::Registered;
    DisputeCategory category = DisputeCategory::Other;
    QDate intakeDay;
    Id placeId = 0;
    QString placeName;
    bool readable = false; //!< may the session open its content
};

//! A case in full, for its mediators, the directors and the studio (every read audited).
struct CaseDetail {
    CaseSummary summary;
    QStringList numbers; //!< the number trail, oldest first
    CaseSource source = CaseSource::Application;
    std::optional<Id> visitId, eventId, rentalHouseId;
    QString rentalHouseAddress; //!< a tenancy dispute's house: 杨家弄3号
    std::optional<int> amountYuan;
    QString description;
    MediationKind kind = MediationKind::People;
    std::vector<CaseParty> parties;
    std::vector<QString> mediators;
    std::vector<MediationSession> sessions;
    std::optional<Agreement> agreement;
    QDate stateSince; //!< when the case reached its state (the closing day of a closed case)
    QStringList steps; //!< "2026-03-01 上移 三堡调委会 → 采荷联络站 双方分歧较大", in words
};

QString toString(MediationLevel level);
MediationLevel mediationLevelFrom(const QString& text);
QString toString(CaseState state);
CaseState caseStateFrom(const QString& text);
QString toString(CaseSource source);
CaseSource caseSourceFrom(const QString& text);
QString toString(DisputeCategory category);
DisputeCategory disputeCategoryFrom(const QString& text);
std::optional<DisputeCategory> parseDisputeCategory(const QString& text);
QString toString(MediationKind kind);
MediationKind mediationKindFrom(const QString& text);
QString toString(PartyRole role);
PartyRole partyRoleFrom(const QString& text);
QString toString(ConsultationOutcome outcome);
ConsultationOutcome consultationOutcomeFrom(const QString& text);

QString caseStateName(CaseState state);
QString disputeCategoryName(DisputeCategory category);
QString partyRoleName(PartyRole role);
QString consultationOutcomeName(ConsultationOutcome outcome);
//! A step of a case's history in words: "escalate", "session", "payment"…; unknown codes as they are.
QString caseStepName(const QString& step);

} // namespace shegong::core
