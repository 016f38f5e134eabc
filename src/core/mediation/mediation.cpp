#include "shegong/core/mediation/mediation.h"

#include "shegong/core/base/enumcodec.h"

#include <QCoreApplication>

namespace shegong::core {
namespace {

struct MediationText {
    Q_DECLARE_TR_FUNCTIONS(Mediation)
};

constexpr EnumCodec<MediationLevel, 3> kLevels{"mediation level",
                                               {{{MediationLevel::Committee, "committee"},
                                                 {MediationLevel::Station, "station"},
                                                 {MediationLevel::Studio, "studio"}}}};
constexpr EnumCodec<CaseState, 7> kStates{"case state",
                                          {{{CaseState::Registered, "registered"},
                                            {CaseState::InMediation, "in_mediation"},
                                            {CaseState::Agreed, "agreed"},
                                            {CaseState::NoAgreement, "no_agreement"},
                                            {CaseState::Litigation, "litigation"},
                                            {CaseState::Withdrawn, "withdrawn"},
                                            {CaseState::Closed, "closed"}}}};
constexpr EnumCodec<CaseSource, 5> kSources{"case source",
                                            {{{CaseSource::Application, "application"},
                                              {CaseSource::Visit, "visit"},
                                              {CaseSource::Event, "event"},
                                              {CaseSource::Police, "police"},
                                              {CaseSource::Court, "court"}}}};
constexpr EnumCodec<DisputeCategory, 8> kCategories{"dispute category",
                                                    {{{DisputeCategory::Family, "family"},
                                                      {DisputeCategory::Neighbours, "neighbours"},
                                                      {DisputeCategory::Property, "property"},
                                                      {DisputeCategory::Labour, "labour"},
                                                      {DisputeCategory::Tenancy, "tenancy"},
                                                      {DisputeCategory::Damages, "damages"},
                                                      {DisputeCategory::Contract, "contract"},
                                                      {DisputeCategory::Other, "other"}}}};
constexpr EnumCodec<MediationKind, 3> kKinds{"mediation kind",
                                             {{{MediationKind::People, "people"},
                                               {MediationKind::Administrative, "administrative"},
                                               {MediationKind::Judicial, "judicial"}}}};
constexpr EnumCodec<PartyRole, 3> kRoles{"party role",
                                         {{{PartyRole::Applicant, "applicant"},
                                           {PartyRole::Respondent, "respondent"},
                                           {PartyRole::ThirdParty, "third_party"}}}};
constexpr EnumCodec<ConsultationOutcome, 3> kOutcomes{"consultation outcome",
                                                      {{{ConsultationOutcome::Advice, "advice"},
                                                        {ConsultationOutcome::Referred, "referred"},
                                                        {ConsultationOutcome::Case, "case"}}}};

} // namespace

NewCase draftFromConsultation(const Consultation& c)
{
    NewCase draft;
    draft.consultationId = c.id;
    draft.placeId = c.placeId;
    draft.category = c.category;
    draft.description = c.advice;
    draft.parties = {{0, PartyRole::Applicant, c.person, std::nullopt}};
    return draft;
}

QString caseNumberText(const CaseNumber& n)
{
    // 〔year〕 + the place's short name + 调字第 + four digits + 号: the form Chinese mediation papers use.
    return QStringLiteral("〔%1〕%2调字第%3号")
        .arg(n.year)
        .arg(n.placeShortName)
        .arg(n.serial, 4, 10, QLatin1Char('0'));
}

QString toString(MediationLevel v)
{
    return kLevels.code(v);
}
MediationLevel mediationLevelFrom(const QString& t)
{
    return kLevels.stored(t);
}
QString toString(CaseState v)
{
    return kStates.code(v);
}
CaseState caseStateFrom(const QString& t)
{
    return kStates.stored(t);
}
QString toString(CaseSource v)
{
    return kSources.code(v);
}
CaseSource caseSourceFrom(const QString& t)
{
    return kSources.stored(t);
}
QString toString(DisputeCategory v)
{
    return kCategories.code(v);
}
DisputeCategory disputeCategoryFrom(const QString& t)
{
    return kCategories.stored(t);
}
std::optional<DisputeCategory> parseDisputeCategory(const QString& t)
{
    return kCategories.parse(t);
}
QString toString(MediationKind v)
{
    return kKinds.code(v);
}
MediationKind mediationKindFrom(const QString& t)
{
    return kKinds.stored(t);
}
QString toString(PartyRole v)
{
    return kRoles.code(v);
}
PartyRole partyRoleFrom(const QString& t)
{
    return kRoles.stored(t);
}
QString toString(ConsultationOutcome v)
{
    return kOutcomes.code(v);
}
ConsultationOutcome consultationOutcomeFrom(const QString& t)
{
    return kOutcomes.stored(t);
}

QString consultationOutcomeName(ConsultationOutcome outcome)
{
    switch (outcome) {
    case ConsultationOutcome::Advice:
        return MediationText::tr("advice given");
    case ConsultationOutcome::Referred:
        return MediationText::tr("referred elsewhere");
    case ConsultationOutcome::Case:
        return MediationText::tr("became a case");
    }
    return {};
}

QString caseStateName(CaseState state)
{
    switch (state) {
    case CaseState::Registered:
        return MediationText::tr("registered");
    case CaseState::InMediation:
        return MediationText::tr("in mediation");
    case CaseState::Agreed:
        return MediationText::tr("agreement reached");
    case CaseState::NoAgreement:
        return MediationText::tr("no agreement");
    case CaseState::Litigation:
        return MediationText::tr("referred to litigation");
    case CaseState::Withdrawn:
        return MediationText::tr("withdrawn");
    case CaseState::Closed:
        return MediationText::tr("closed after follow-up");
    }
    return {};
}

QString partyRoleName(PartyRole role)
{
    switch (role) {
    case PartyRole::Applicant:
        return MediationText::tr("Applicant");
    case PartyRole::Respondent:
        return MediationText::tr("Respondent");
    case PartyRole::ThirdParty:
        return MediationText::tr("Third party");
    }
    return {};
}

QString disputeCategoryName(DisputeCategory category)
{
    switch (category) {
    case DisputeCategory::Family:
        return MediationText::tr("marriage and family");
    case DisputeCategory::Neighbours:
        return MediationText::tr("neighbours");
    case DisputeCategory::Property:
        return MediationText::tr("property management");
    case DisputeCategory::Labour:
        return MediationText::tr("labour and wages");
    case DisputeCategory::Tenancy:
        return MediationText::tr("tenancy");
    case DisputeCategory::Damages:
        return MediationText::tr("damages and injury");
    case DisputeCategory::Contract:
        return MediationText::tr("contracts");
    case DisputeCategory::Other:
        return MediationText::tr("other");
    }
    return {};
}

QString caseStepName(const QString& step)
{
    static const std::pair<const char*, const char*> kSteps[] = {
        {"intake", QT_TRANSLATE_NOOP("Mediation", "taken in")},
        {"session", QT_TRANSLATE_NOOP("Mediation", "session")},
        {"add_mediator", QT_TRANSLATE_NOOP("Mediation", "mediator added")},
        {"agreement", QT_TRANSLATE_NOOP("Mediation", "agreement signed")},
        {"no_agreement", QT_TRANSLATE_NOOP("Mediation", "no agreement")},
        {"escalate", QT_TRANSLATE_NOOP("Mediation", "escalated")},
        {"litigation", QT_TRANSLATE_NOOP("Mediation", "referred to litigation")},
        {"withdraw", QT_TRANSLATE_NOOP("Mediation", "withdrawn")},
        {"follow_up", QT_TRANSLATE_NOOP("Mediation", "follow-up visit")},
        {"payment", QT_TRANSLATE_NOOP("Mediation", "payment received")},
        {"confirmation_applied", QT_TRANSLATE_NOOP("Mediation", "judicial confirmation applied for")},
        {"confirmation_granted", QT_TRANSLATE_NOOP("Mediation", "judicial confirmation granted")},
        {"confirmation_refused", QT_TRANSLATE_NOOP("Mediation", "judicial confirmation refused")}};
    for (const auto& [code, name] : kSteps)
        if (step == QLatin1String(code))
            return MediationText::tr(name);
    return step;
}

} // namespace shegong::core
