#include "shegong/core/mediation/mediationservice.h"

#include "core/mediation/numbertrail.h"
#include "core/security/auditwrite.h"
#include "core/storage/sql.h"
#include "shegong/core/base/idnumber.h"
#include "shegong/core/base/validation.h"
#include "shegong/core/people/masking.h"
#include "shegong/core/storage/database.h"
#include "shegong/core/work/workerrepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <set>

namespace shegong::core {
namespace {

struct MediationText {
    Q_DECLARE_TR_FUNCTIONS(MediationService)
};

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

//! A person is a resident of the registry, or named (with a valid ID number and phone when given).
Result<void> checkPerson(const Database& db, const MediationPerson& p, const QString& field)
{
    if (p.residentId) {
        auto q = cached(db, "SELECT 1 FROM residents WHERE id = ?");
        q->bind(*p.residentId);
        if (!q->next())
            return Error{field, MediationText::tr("Resident %1 does not exist").arg(*p.residentId)};
        return {};
    }
    if (auto name = parsePersonName(p.name, field); !name)
        return name.error();
    if (!p.idNumber.isEmpty())
        if (auto id = parseIdNumber(p.idNumber); !id)
            return Error{field, MediationText::tr("%1: %2").arg(p.name, id.error().message)};
    if (!p.phone.isEmpty())
        if (auto phone = parseMobilePhone(p.phone, field); !phone)
            return phone.error();
    return {};
}

std::optional<QString> outside(const QString& text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

//! The number a case has now, for lists: (year|short name|serial) of its latest number.
constexpr const char* kCurrentNumber =
    "(SELECT n.year || '|' || np.short_name || '|' || n.serial FROM mediation_case_numbers n"
    " JOIN mediation_places np ON np.id = n.place_id WHERE n.case_id = c.id ORDER BY " MEDIATION_TRAIL_ORDER
    " DESC LIMIT 1)";

QString numberFrom(const QString& packed)
{
    const QStringList parts = packed.split(u'|');
    return parts.size() == 3
               ? caseNumberText({parts[0].toInt(), MediationLevel::Committee, parts[2].toInt(), parts[1]})
               : QString();
}

QString normalisedId(const QString& text)
{
    return text.isEmpty() ? QString() : parseIdNumber(text).value().number;
}

//! An active account whose role may mediate (ManageMediation, as the policy says).
Result<void> activeAccount(const Database& db, Id worker)
{
    const auto account = WorkerRepository(db).worker(worker);
    if (!account || !account->active)
        return Error{QStringLiteral("mediators"),
                     MediationText::tr("Mediator %1 is not an active account").arg(worker)};
    if (!roleHas(account->role, Permission::ManageMediation))
        return Error{QStringLiteral("mediators"),
                     MediationText::tr("%1's role does not mediate cases").arg(account->name)};
    return {};
}

//! The reason a mediator with a conflict of interest keeps the case: empty without conflicts, refused
//! when there are some and no reason was given.
Result<QString> overrideOf(const std::vector<Conflict>& found, const QString& reason)
{
    if (found.empty())
        return QString();
    QStringList who;
    for (const Conflict& f : found)
        who << MediationText::tr("%1 lives with %2").arg(f.mediator, f.party);
    const auto why = parseFreeText(reason, QStringLiteral("conflict"), MediationText::tr("Reason"), 200);
    if (!why || why->size() < 2)
        return Error{QStringLiteral("conflict"),
                     MediationText::tr("Conflict of interest: %1. Choose another mediator or give a reason")
                         .arg(who.join(QStringLiteral("; ")))};
    return why.value();
}

/*! The rental house a tenancy dispute is about: the one named (it must exist), or else the house where a
    party rents a room now or which a party lets; none for other categories. */
Result<std::optional<Id>> rentalHouseOf(const Database& db, const NewCase& c)
{
    if (c.rentalHouseId) {
        auto q = prepare(db, "SELECT 1 FROM rental_houses WHERE id = ?");
        q.bind(*c.rentalHouseId);
        if (!q.next())
            return Error{QStringLiteral("rental_house"), MediationText::tr("No such rental house")};
        return c.rentalHouseId;
    }
    if (c.category != DisputeCategory::Tenancy)
        return std::optional<Id>();
    auto q = prepare(db, "SELECT rr.house_id FROM tenancies t JOIN rental_rooms rr ON rr.id = t.room_id"
                         " WHERE t.resident_id = ?1 AND t.moved_out IS NULL"
                         " UNION ALL SELECT id FROM rental_houses WHERE landlord_resident_id = ?1"
                         " AND deregistered_on IS NULL LIMIT 1");
    for (const CaseParty& p : c.parties) {
        if (!p.person.residentId)
            continue;
        q.bind(*p.person.residentId);
        if (q.next())
            return std::optional<Id>(q.integer(0));
        q.reset();
    }
    return std::optional<Id>();
}

} // namespace

QString currentCaseNumber(const Database& db, Id caseId)
{
    auto q = cached(db, std::string("SELECT ") + kCurrentNumber + " FROM mediation_cases c WHERE c.id = ?");
    q->bind(caseId);
    const QString number = q->next() ? numberFrom(q->text(0)) : QString();
    q->reset();
    return number;
}

std::vector<Worker> MediationService::eligibleMediators() const
{
    std::vector<Worker> eligible;
    for (Worker& w : WorkerRepository(m_access.database()).workers())
        if (activeAccount(m_access.database(), w.id))
            eligible.push_back(std::move(w));
    return eligible;
}

std::vector<MediationPlace> MediationService::places() const
{
    std::vector<MediationPlace> list;
    auto q = prepare(m_access.database(), "SELECT id, level, name, short_name, community_id, parent_id"
                                          " FROM mediation_places ORDER BY level DESC, id");
    while (q.next())
        list.push_back({q.integer(0), mediationLevelFrom(q.text(1)), q.text(2), q.text(3),
                        q.isNull(4) ? std::nullopt : std::optional<Id>(q.integer(4)),
                        q.isNull(5) ? std::nullopt : std::optional<Id>(q.integer(5))});
    return list;
}

Result<Id> MediationService::recordConsultation(const Consultation& c) const
{
    if (!m_access.may(Permission::ManageMediation))
        return refusedWrite(
            m_access, QStringLiteral("create"), QStringLiteral("consultation"),
            Error{QStringLiteral("role"), MediationText::tr("Your role does not receive consultations")});
    const Database& db = m_access.database();
    if (!c.day.isValid() || c.day > m_access.today())
        return Error{QStringLiteral("day"), MediationText::tr("Date: up to today")};
    if (auto person = checkPerson(db, c.person, QStringLiteral("person")); !person)
        return person.error();
    const auto advice = parseFreeText(c.advice, QStringLiteral("advice"), MediationText::tr("Advice"), 1000);
    if (!advice)
        return advice.error();
    WriteTransaction transaction(db);
    const Id id =
        prepare(db, "INSERT INTO consultations(day, place_id, resident_id, person_name, person_id_number,"
                    " person_phone, category, advice, outcome, worker_id, recorded_at)"
                    " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(iso(c.day), c.placeId, c.person.residentId, outside(c.person.name),
                  outside(normalisedId(c.person.idNumber)), outside(c.person.phone), toString(c.category),
                  advice.value(), toString(c.outcome), m_access.session().worker.id,
                  m_clock().toUTC().toString(Qt::ISODate))
            .insert();
    auditWrite(m_access, QStringLiteral("create"), QStringLiteral("consultation:%1").arg(id),
               {{QStringLiteral("category"), toString(c.category)},
                {QStringLiteral("outcome"), toString(c.outcome)}});
    transaction.commit();
    return id;
}

std::vector<Conflict> MediationService::conflicts(const std::vector<Id>& mediators,
                                                  const std::vector<CaseParty>& parties) const
{
    std::vector<Conflict> found;
    const Database& db = m_access.database();
    auto q = cached(db, "SELECT w.name, p.name FROM workers w JOIN residents me ON me.id = w.resident_id"
                        " JOIN residents p ON p.household_id = me.household_id AND p.moved_out IS NULL"
                        " WHERE w.id = ? AND p.id = ? AND me.moved_out IS NULL");
    for (Id mediator : mediators)
        for (const CaseParty& party : parties) {
            if (!party.person.residentId)
                continue;
            q->bind(mediator, *party.person.residentId);
            if (q->next())
                found.push_back({mediator, q->text(0), q->text(1)});
        }
    return found;
}

Result<Id> MediationService::openCase(const NewCase& c) const
{
    const Database& db = m_access.database();
    // The policy first: a worker or a director opens cases of the households they answer for.
    bool allowed = m_access.reach(Permission::ManageMediation) == Reach::Subdistrict;
    for (const CaseParty& p : c.parties)
        if (p.person.residentId &&
            m_access.may(Permission::ManageMediation, Record{RecordKind::Resident, *p.person.residentId}))
            allowed = true;
    if (!allowed)
        return refusedWrite(m_access, QStringLiteral("create"), QStringLiteral("mediation_case"),
                            Error{QStringLiteral("scope"),
                                  MediationText::tr("None of the parties lives where you may open cases")});
    if (!c.intakeDay.isValid() || c.intakeDay > m_access.today())
        return Error{QStringLiteral("intake_day"), MediationText::tr("Intake date: up to today")};
    if (c.title.trimmed().isEmpty() || c.title.size() > 60)
        return Error{QStringLiteral("title"),
                     MediationText::tr("Title: a few words anyone may read, at most 60")};
    const auto description =
        parseFreeText(c.description, QStringLiteral("description"), MediationText::tr("Description"), 2000);
    if (!description)
        return description.error();
    if (c.amountYuan && *c.amountYuan < 0)
        return Error{QStringLiteral("amount"), MediationText::tr("Amount in dispute: not below 0")};
    auto place = prepare(db, "SELECT level, short_name FROM mediation_places WHERE id = ?");
    place.bind(c.placeId);
    if (!place.next())
        return Error{QStringLiteral("place"), MediationText::tr("Choose the committee, station or studio")};
    const QString level = place.text(0);
    place.reset();
    const bool applicant = std::any_of(c.parties.begin(), c.parties.end(),
                                       [](const CaseParty& p) { return p.role == PartyRole::Applicant; });
    const bool respondent = std::any_of(c.parties.begin(), c.parties.end(),
                                        [](const CaseParty& p) { return p.role == PartyRole::Respondent; });
    if (!applicant || !respondent)
        return Error{QStringLiteral("parties"),
                     MediationText::tr("Parties: at least an applicant and a respondent")};
    for (const CaseParty& p : c.parties)
        if (auto person = checkPerson(db, p.person, QStringLiteral("parties")); !person)
            return person.error();
    if (c.mediators.empty())
        return Error{QStringLiteral("mediators"), MediationText::tr("Mediators: at least one")};
    for (Id m : c.mediators)
        if (auto active = activeAccount(db, m); !active)
            return active.error();
    if ((c.source == CaseSource::Visit) != c.visitId.has_value() ||
        (c.source == CaseSource::Event) != c.eventId.has_value())
        return Error{QStringLiteral("source"),
                     MediationText::tr("Source: link the visit or event the case came from")};
    if (c.eventId && !m_access.may(Permission::ManageMediation, Record{RecordKind::Event, *c.eventId}))
        return Error{QStringLiteral("source"), MediationText::tr("Source: no such event within your reach")};
    if (c.visitId) {
        auto visit = prepare(db, "SELECT household_id FROM visits WHERE id = ?");
        visit.bind(*c.visitId);
        if (!visit.next() ||
            !m_access.may(Permission::ManageMediation, Record{RecordKind::Household, visit.integer(0)}))
            return Error{QStringLiteral("source"),
                         MediationText::tr("Source: no such visit within your reach")};
    }
    const auto rentalHouse = rentalHouseOf(db, c);
    if (!rentalHouse)
        return rentalHouse.error();
    const std::vector<Conflict> found = conflicts(c.mediators, c.parties);
    const auto overridden = overrideOf(found, c.conflictOverride);
    if (!overridden)
        return overridden.error();
    const QString override = overridden.value();

    WriteTransaction transaction(db);
    const QString today = iso(m_access.today());
    const Id id =
        prepare(db,
                "INSERT INTO mediation_cases(intake_day, source, visit_id, event_id, started_by, category,"
                " rental_house_id, amount_yuan, title, description, kind, place_id, state, state_since)"
                " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'registered', ?)")
            .bind(iso(c.intakeDay), toString(c.source), c.visitId, c.eventId, m_access.session().worker.id,
                  toString(c.category), rentalHouse.value(), c.amountYuan, c.title.trimmed(),
                  description.value(), toString(c.kind), c.placeId, iso(c.intakeDay))
            .insert();
    auto serial = prepare(
        db, "SELECT coalesce(max(serial), 0) + 1 FROM mediation_case_numbers WHERE year = ? AND level = ?");
    serial.bind(c.intakeDay.year(), level);
    serial.next();
    prepare(db, "INSERT INTO mediation_case_numbers(case_id, place_id, year, level, serial, assigned_on)"
                " VALUES(?, ?, ?, ?, ?, ?)")
        .bind(id, c.placeId, c.intakeDay.year(), level, serial.integer(0), iso(c.intakeDay))
        .run();
    serial.reset();
    Statement party = prepare(db, "INSERT INTO mediation_parties(case_id, role, resident_id, person_name,"
                                  " person_id_number, person_phone) VALUES(?, ?, ?, ?, ?, ?)");
    for (const CaseParty& p : c.parties)
        party
            .bind(id, toString(p.role), p.person.residentId,
                  outside(p.person.residentId ? QString() : p.person.name),
                  outside(p.person.residentId ? QString() : normalisedId(p.person.idNumber)),
                  outside(p.person.residentId ? QString() : p.person.phone))
            .run();
    Statement mediator = prepare(db, "INSERT INTO mediation_mediators(case_id, worker_id, conflict_override)"
                                     " VALUES(?, ?, ?)");
    for (Id m : c.mediators) {
        const bool conflicted =
            std::any_of(found.begin(), found.end(), [&](const Conflict& f) { return f.mediatorId == m; });
        mediator.bind(id, m, conflicted ? std::optional<QString>(override) : std::nullopt).run();
    }
    if (c.eventId) // the event's log names the case it started
        prepare(db, "INSERT INTO event_actions(event_id, worker_id, at, action, note)"
                    " VALUES(?, ?, ?, 'mediation_case', ?)")
            .bind(*c.eventId, m_access.session().worker.id,
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate), currentCaseNumber(db, id))
            .run();
    if (c.consultationId)
        prepare(db, "UPDATE consultations SET outcome = 'case', case_id = ? WHERE id = ?")
            .bind(id, *c.consultationId)
            .run();
    prepare(
        db,
        "INSERT INTO mediation_steps(case_id, at, worker_id, step, to_place) VALUES(?, ?, ?, 'intake', ?)")
        .bind(id, today, m_access.session().worker.id, c.placeId)
        .run();
    QJsonObject details{{QStringLiteral("place"), qint64(c.placeId)},
                        {QStringLiteral("category"), toString(c.category)}};
    if (!override.isEmpty())
        details.insert(QStringLiteral("conflict_override"), override);
    auditWrite(m_access, QStringLiteral("create"), QStringLiteral("mediation_case:%1").arg(id), details);
    transaction.commit();
    return id;
}

Result<NewCase> MediationService::draftFromEvent(Id eventId) const
{
    if (!m_access.may(Permission::ManageMediation, Record{RecordKind::Event, eventId}))
        return Error{QStringLiteral("event"), MediationText::tr("No such event within your reach")};
    auto q = prepare(m_access.database(),
                     "SELECT coalesce(e.resident_id, (SELECT r.id FROM residents r WHERE r.household_id ="
                     " e.household_id AND r.moved_out IS NULL ORDER BY r.relation <> 'head', r.id LIMIT 1)),"
                     " e.description FROM events e WHERE e.id = ?");
    q.bind(eventId);
    if (!q.next())
        return Error{QStringLiteral("event"), MediationText::tr("No such event within your reach")};
    NewCase draft;
    draft.source = CaseSource::Event;
    draft.eventId = eventId;
    draft.intakeDay = m_access.today();
    draft.description = q.text(1);
    if (!q.isNull(0))
        draft.parties = {{0, PartyRole::Applicant, {q.integer(0), {}, {}, {}}, std::nullopt}};
    return draft;
}

Result<CaseState> MediationService::stateOf(Id caseId) const
{
    auto q = cached(m_access.database(), "SELECT state FROM mediation_cases WHERE id = ?");
    q->bind(caseId);
    if (!q->next())
        return Error{QStringLiteral("case"), MediationText::tr("Case %1 does not exist").arg(caseId)};
    return caseStateFrom(q->text(0));
}

Result<void> MediationService::mayWrite(Id caseId, const QString& action) const
{
    if (!mayRead(caseId) || !m_access.may(Permission::ManageMediation))
        return refusedWrite(
            m_access, action, QStringLiteral("mediation_case:%1").arg(caseId),
            Error{QStringLiteral("scope"), MediationText::tr("This case is not yours to work on")});
    return {};
}

Result<QString> MediationService::reasonFrom(const QString& text) const
{
    const auto why = parseFreeText(text, QStringLiteral("reason"), MediationText::tr("Reason"), 500);
    if (!why || why->size() < 2)
        return Error{QStringLiteral("reason"), MediationText::tr("Reason: say why")};
    return why.value();
}

void MediationService::step(Id caseId, const QString& name, const QString& note, std::optional<CaseState> to,
                            std::optional<Id> toPlace) const
{
    step(caseId, name, note, to, toPlace, QJsonObject());
}

void MediationService::step(Id caseId, const QString& name, const QString& note, std::optional<CaseState> to,
                            std::optional<Id> toPlace, QJsonObject details) const
{
    const Database& db = m_access.database();
    auto from = prepare(db, "SELECT place_id FROM mediation_cases WHERE id = ?");
    from.bind(caseId);
    from.next();
    const Id fromPlace = from.integer(0);
    from.reset();
    prepare(db, "INSERT INTO mediation_steps(case_id, at, worker_id, step, from_place, to_place, note)"
                " VALUES(?, ?, ?, ?, ?, ?, ?)")
        .bind(caseId, iso(m_access.today()), m_access.session().worker.id, name, fromPlace, toPlace, note)
        .run();
    if (to)
        prepare(db, "UPDATE mediation_cases SET state = ?, state_since = ?, place_id = coalesce(?, place_id) "
                    "WHERE id = ?")
            .bind(toString(*to), iso(m_access.today()), toPlace, caseId)
            .run();
    details.insert(QStringLiteral("state"), to ? toString(*to) : QString());
    auditWrite(m_access, name, QStringLiteral("mediation_case:%1").arg(caseId), details);
}

Result<void> MediationService::addMediator(Id caseId, Id workerId, const QString& conflictReason) const
{
    if (auto ok = mayWrite(caseId, QStringLiteral("add_mediator")); !ok)
        return ok.error();
    const auto state = stateOf(caseId);
    if (!state)
        return state.error();
    if (*state != CaseState::Registered && *state != CaseState::InMediation &&
        *state != CaseState::NoAgreement)
        return Error{QStringLiteral("state"),
                     MediationText::tr("The case is %1: no more mediators").arg(caseStateName(*state))};
    const Database& db = m_access.database();
    if (auto active = activeAccount(db, workerId); !active)
        return active.error();
    auto already = prepare(db, "SELECT 1 FROM mediation_mediators WHERE case_id = ? AND worker_id = ?");
    already.bind(caseId, workerId);
    if (already.next())
        return Error{QStringLiteral("mediators"), MediationText::tr("Already a mediator of this case")};
    already.reset();
    std::vector<CaseParty> parties;
    auto q = prepare(
        db, "SELECT resident_id FROM mediation_parties WHERE case_id = ? AND resident_id IS NOT NULL");
    q.bind(caseId);
    while (q.next())
        parties.push_back({0, PartyRole::Applicant, {q.integer(0), {}, {}, {}}, std::nullopt});
    const auto override = overrideOf(conflicts({workerId}, parties), conflictReason);
    if (!override)
        return override.error();
    auto name = prepare(db, "SELECT name FROM workers WHERE id = ?");
    name.bind(workerId);
    name.next();
    const QString who = name.text(0);
    name.reset();
    WriteTransaction transaction(db);
    prepare(db, "INSERT INTO mediation_mediators(case_id, worker_id, conflict_override) VALUES(?, ?, ?)")
        .bind(caseId, workerId, outside(override.value()))
        .run();
    QJsonObject details{{QStringLiteral("mediator"), qint64(workerId)}};
    if (!override->isEmpty())
        details.insert(QStringLiteral("conflict_override"), override.value());
    step(caseId, QStringLiteral("add_mediator"), who, std::nullopt, std::nullopt, details);
    transaction.commit();
    return {};
}

Result<Id> MediationService::addSession(Id caseId, const MediationSession& s) const
{
    if (auto ok = mayWrite(caseId, QStringLiteral("session")); !ok)
        return ok.error();
    const auto state = stateOf(caseId);
    if (!state)
        return state.error();
    if (*state != CaseState::Registered && *state != CaseState::InMediation)
        return Error{QStringLiteral("state"),
                     MediationText::tr("The case is %1: no more sessions").arg(caseStateName(*state))};
    const Database& db = m_access.database();
    auto intake = prepare(db, "SELECT intake_day FROM mediation_cases WHERE id = ?");
    intake.bind(caseId);
    intake.next();
    const QDate intakeDay = QDate::fromString(intake.text(0), Qt::ISODate);
    intake.reset();
    if (!s.heldAt.isValid() || s.heldAt.date() < intakeDay || s.heldAt > m_clock())
        return Error{QStringLiteral("held_at"),
                     MediationText::tr("Session: between the intake (%1) and now").arg(iso(intakeDay))};
    if (s.place.trimmed().isEmpty())
        return Error{QStringLiteral("place"), MediationText::tr("Place: where the session was held")};
    const auto summary =
        parseFreeText(s.summary, QStringLiteral("summary"), MediationText::tr("Summary"), 2000);
    if (!summary || summary->isEmpty())
        return summary
                   ? Error{QStringLiteral("summary"), MediationText::tr("Summary: what was said and agreed")}
                   : summary.error();
    if (s.nextOn && *s.nextOn < s.heldAt.date())
        return Error{QStringLiteral("next_on"), MediationText::tr("Next session: not before this one")};
    WriteTransaction transaction(db);
    const Id id =
        prepare(db, "INSERT INTO mediation_sessions(case_id, held_at, place, attendees, summary, next_step,"
                    " next_on, recorded_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(caseId, s.heldAt.toUTC().toString(Qt::ISODate), s.place.trimmed(), s.attendees.trimmed(),
                  summary.value(), s.nextStep.trimmed(),
                  s.nextOn ? std::optional<QString>(iso(*s.nextOn)) : std::nullopt,
                  m_access.session().worker.id)
            .insert();
    step(caseId, QStringLiteral("session"), QString(),
         *state == CaseState::Registered ? std::optional<CaseState>(CaseState::InMediation) : std::nullopt);
    transaction.commit();
    return id;
}

Result<void> MediationService::recordConsent(Id partyId, QDate day) const
{
    const Database& db = m_access.database();
    auto q = prepare(db, "SELECT case_id FROM mediation_parties WHERE id = ?");
    q.bind(partyId);
    if (!q.next())
        return Error{QStringLiteral("party"), MediationText::tr("Party %1 does not exist").arg(partyId)};
    const Id caseId = q.integer(0);
    q.reset();
    if (auto ok = mayWrite(caseId, QStringLiteral("consent")); !ok)
        return ok;
    if (stateOf(caseId).value() != CaseState::InMediation)
        return Error{QStringLiteral("state"),
                     MediationText::tr("Consent is recorded while the case is in mediation")};
    if (!day.isValid() || day > m_access.today())
        return Error{QStringLiteral("consented_on"), MediationText::tr("Consent date: up to today")};
    WriteTransaction transaction(db);
    prepare(db, "UPDATE mediation_parties SET consented_on = ? WHERE id = ?").bind(iso(day), partyId).run();
    auditWrite(m_access, QStringLiteral("consent"), QStringLiteral("mediation_case:%1").arg(caseId),
               {{QStringLiteral("party"), qint64(partyId)}});
    transaction.commit();
    return {};
}

Result<void> MediationService::recordAgreement(Id caseId, const Agreement& a) const
{
    if (auto ok = mayWrite(caseId, QStringLiteral("agreement")); !ok)
        return ok;
    const auto state = stateOf(caseId);
    if (!state)
        return state.error();
    const Database& db = m_access.database();
    auto sessions = prepare(db, "SELECT count(*), max(held_at) FROM mediation_sessions WHERE case_id = ?");
    sessions.bind(caseId);
    sessions.next();
    const int held = int(sessions.integer(0));
    const QDate last =
        held ? QDateTime::fromString(sessions.text(1), Qt::ISODate).toLocalTime().date() : QDate();
    sessions.reset();
    if (*state != CaseState::InMediation || held == 0)
        return Error{QStringLiteral("state"),
                     *state == CaseState::Registered
                         ? MediationText::tr("No session yet: an agreement follows mediation")
                         : MediationText::tr("The case is %1: no agreement now").arg(caseStateName(*state))};
    auto missing = prepare(
        db, "SELECT coalesce(r.name, p.person_name) FROM mediation_parties p"
            " LEFT JOIN residents r ON r.id = p.resident_id WHERE p.case_id = ? AND p.consented_on IS NULL");
    missing.bind(caseId);
    QStringList without;
    while (missing.next())
        without << missing.text(0);
    if (!without.isEmpty())
        return Error{
            QStringLiteral("consent"),
            MediationText::tr("Consent not recorded for %1").arg(without.join(QStringLiteral("、")))};
    if (!a.signedOn.isValid() || a.signedOn < last || a.signedOn > m_access.today())
        return Error{QStringLiteral("signed_on"),
                     MediationText::tr("Signed on: after the last session, up to today")};
    const auto terms = parseFreeText(a.terms, QStringLiteral("terms"), MediationText::tr("Terms"), 4000);
    if (!terms || terms->isEmpty())
        return Error{QStringLiteral("terms"), MediationText::tr("Terms: what the parties agreed")};
    const auto facts = parseFreeText(a.facts, QStringLiteral("facts"), MediationText::tr("Facts"), 4000);
    if (!facts)
        return facts.error();
    int scheduled = 0;
    for (const Payment& p : a.payments) {
        if (p.amountYuan <= 0 || !p.dueOn.isValid() || p.dueOn < a.signedOn)
            return Error{QStringLiteral("payments"),
                         MediationText::tr("Payments: an amount, due on or after signing")};
        scheduled += p.amountYuan;
    }
    if (a.amountYuan < 0 || (!a.payments.empty() && scheduled != a.amountYuan))
        return Error{QStringLiteral("payments"),
                     MediationText::tr("The payments add up to %1 yuan, the agreement says %2")
                         .arg(scheduled)
                         .arg(a.amountYuan)};
    WriteTransaction transaction(db);
    prepare(db, "INSERT INTO mediation_agreements(case_id, signed_on, facts, terms, amount_yuan) VALUES(?, "
                "?, ?, ?, ?)")
        .bind(caseId, iso(a.signedOn), facts.value(), terms.value(), a.amountYuan)
        .run();
    Statement pay = prepare(
        db, "INSERT INTO mediation_payments(case_id, due_on, amount_yuan, paid_on) VALUES(?, ?, ?, ?)");
    for (const Payment& p : a.payments)
        pay.bind(caseId, iso(p.dueOn), p.amountYuan,
                 p.paidOn ? std::optional<QString>(iso(*p.paidOn)) : std::nullopt)
            .run();
    step(caseId, QStringLiteral("agreement"), QString(), CaseState::Agreed);
    transaction.commit();
    return {};
}

Result<void> MediationService::recordNoAgreement(Id caseId, const QString& reason) const
{
    if (auto ok = mayWrite(caseId, QStringLiteral("no_agreement")); !ok)
        return ok;
    const auto why = reasonFrom(reason);
    if (!why)
        return why.error();
    if (stateOf(caseId).value() != CaseState::InMediation)
        return Error{QStringLiteral("state"),
                     MediationText::tr("Only a case in mediation ends without agreement")};
    WriteTransaction transaction(m_access.database());
    step(caseId, QStringLiteral("no_agreement"), why.value(), CaseState::NoAgreement);
    transaction.commit();
    return {};
}

Result<void> MediationService::escalate(Id caseId, const QString& reason) const
{
    if (auto ok = mayWrite(caseId, QStringLiteral("escalate")); !ok)
        return ok;
    const auto why = reasonFrom(reason);
    if (!why)
        return why.error();
    const CaseState state = stateOf(caseId).value();
    if (state != CaseState::NoAgreement && state != CaseState::InMediation && state != CaseState::Registered)
        return Error{QStringLiteral("state"),
                     MediationText::tr("The case is %1: it does not rise").arg(caseStateName(state))};
    const Database& db = m_access.database();
    auto up = prepare(
        db,
        "SELECT parent.id, parent.level FROM mediation_cases c JOIN mediation_places p ON p.id = c.place_id"
        " LEFT JOIN mediation_places parent ON parent.id = p.parent_id WHERE c.id = ?");
    up.bind(caseId);
    up.next();
    if (up.isNull(0))
        return Error{QStringLiteral("level"),
                     MediationText::tr("The studio is the last level: refer the case to litigation")};
    const Id parent = up.integer(0);
    const QString level = up.text(1);
    up.reset();
    WriteTransaction transaction(db);
    const int year = m_access.today().year();
    auto serial = prepare(
        db, "SELECT coalesce(max(serial), 0) + 1 FROM mediation_case_numbers WHERE year = ? AND level = ?");
    serial.bind(year, level);
    serial.next();
    prepare(db, "INSERT INTO mediation_case_numbers(case_id, place_id, year, level, serial, assigned_on)"
                " VALUES(?, ?, ?, ?, ?, ?)")
        .bind(caseId, parent, year, level, serial.integer(0), iso(m_access.today()))
        .run();
    serial.reset();
    step(caseId, QStringLiteral("escalate"), why.value(), CaseState::Registered, parent);
    transaction.commit();
    return {};
}

Result<void> MediationService::referToLitigation(Id caseId, const QString& reason) const
{
    if (auto ok = mayWrite(caseId, QStringLiteral("litigation")); !ok)
        return ok;
    const auto why = reasonFrom(reason);
    if (!why)
        return why.error();
    if (stateOf(caseId).value() != CaseState::NoAgreement)
        return Error{QStringLiteral("state"),
                     MediationText::tr("Litigation follows a mediation without agreement")};
    WriteTransaction transaction(m_access.database());
    step(caseId, QStringLiteral("litigation"), why.value(), CaseState::Litigation);
    transaction.commit();
    return {};
}

Result<void> MediationService::withdraw(Id caseId, const QString& reason) const
{
    if (auto ok = mayWrite(caseId, QStringLiteral("withdraw")); !ok)
        return ok;
    const auto why = reasonFrom(reason);
    if (!why)
        return why.error();
    const CaseState state = stateOf(caseId).value();
    if (state != CaseState::Registered && state != CaseState::InMediation && state != CaseState::NoAgreement)
        return Error{QStringLiteral("state"),
                     MediationText::tr("The case is %1: it cannot be withdrawn").arg(caseStateName(state))};
    WriteTransaction transaction(m_access.database());
    step(caseId, QStringLiteral("withdraw"), why.value(), CaseState::Withdrawn);
    transaction.commit();
    return {};
}

Result<void> MediationService::followUp(Id caseId, QDate day, const QString& note) const
{
    if (auto ok = mayWrite(caseId, QStringLiteral("follow_up")); !ok)
        return ok;
    if (stateOf(caseId).value() != CaseState::Agreed)
        return Error{QStringLiteral("state"),
                     MediationText::tr("A follow-up visit comes after an agreement")};
    auto signedOn =
        prepare(m_access.database(), "SELECT signed_on FROM mediation_agreements WHERE case_id = ?");
    signedOn.bind(caseId);
    signedOn.next();
    if (!day.isValid() || day < QDate::fromString(signedOn.text(0), Qt::ISODate) || day > m_access.today())
        return Error{QStringLiteral("day"),
                     MediationText::tr("Follow-up date: after the agreement, up to today")};
    signedOn.reset();
    const auto text = parseFreeText(note, QStringLiteral("note"), MediationText::tr("Note"), 1000);
    if (!text)
        return text.error();
    WriteTransaction transaction(m_access.database());
    step(caseId, QStringLiteral("follow_up"), iso(day) + QLatin1Char(' ') + text.value(), CaseState::Closed);
    transaction.commit();
    return {};
}

Result<void> MediationService::applyForConfirmation(Id caseId, QDate day) const
{
    if (auto ok = mayWrite(caseId, QStringLiteral("confirmation")); !ok)
        return ok;
    const Database& db = m_access.database();
    auto q =
        prepare(db, "SELECT signed_on, confirmation_applied_on FROM mediation_agreements WHERE case_id = ?");
    q.bind(caseId);
    if (!q.next())
        return Error{QStringLiteral("state"), MediationText::tr("Judicial confirmation needs an agreement")};
    if (!q.isNull(1))
        return Error{QStringLiteral("state"), MediationText::tr("Confirmation was already applied for")};
    if (!day.isValid() || day < QDate::fromString(q.text(0), Qt::ISODate) || day > m_access.today())
        return Error{QStringLiteral("day"),
                     MediationText::tr("Application date: after the agreement, up to today")};
    q.reset();
    WriteTransaction transaction(db);
    prepare(db, "UPDATE mediation_agreements SET confirmation_applied_on = ? WHERE case_id = ?")
        .bind(iso(day), caseId)
        .run();
    step(caseId, QStringLiteral("confirmation_applied"), QString(), std::nullopt);
    transaction.commit();
    return {};
}

Result<void> MediationService::recordPayment(Id caseId, Id paymentId, QDate paidOn) const
{
    if (auto ok = mayWrite(caseId, QStringLiteral("payment")); !ok)
        return ok;
    const Database& db = m_access.database();
    auto q =
        prepare(db, "SELECT p.paid_on, a.signed_on, p.amount_yuan FROM mediation_payments p"
                    " JOIN mediation_agreements a ON a.case_id = p.case_id WHERE p.id = ? AND p.case_id = ?");
    q.bind(paymentId, caseId);
    if (!q.next())
        return Error{QStringLiteral("payment"),
                     MediationText::tr("No such payment in this case's agreement")};
    if (!q.isNull(0))
        return Error{QStringLiteral("payment"),
                     MediationText::tr("This payment was already received on %1").arg(q.text(0))};
    if (!paidOn.isValid() || paidOn < QDate::fromString(q.text(1), Qt::ISODate) || paidOn > m_access.today())
        return Error{QStringLiteral("paid_on"),
                     MediationText::tr("Paid on: after the agreement (%1), up to today").arg(q.text(1))};
    const QString amount = QString::number(q.integer(2));
    q.reset();
    WriteTransaction transaction(db);
    prepare(db, "UPDATE mediation_payments SET paid_on = ? WHERE id = ?").bind(iso(paidOn), paymentId).run();
    step(caseId, QStringLiteral("payment"), MediationText::tr("%1 yuan on %2").arg(amount, iso(paidOn)),
         std::nullopt);
    transaction.commit();
    return {};
}

Result<void> MediationService::recordConfirmation(Id caseId, bool granted) const
{
    if (auto ok = mayWrite(caseId, QStringLiteral("confirmation")); !ok)
        return ok;
    const Database& db = m_access.database();
    auto q = prepare(
        db,
        "SELECT confirmation_applied_on, confirmation_result FROM mediation_agreements WHERE case_id = ?");
    q.bind(caseId);
    if (!q.next() || q.isNull(0) || !q.isNull(1))
        return Error{QStringLiteral("state"),
                     MediationText::tr("A result follows an application not yet answered")};
    q.reset();
    WriteTransaction transaction(db);
    prepare(db, "UPDATE mediation_agreements SET confirmation_result = ? WHERE case_id = ?")
        .bind(granted ? QStringLiteral("granted") : QStringLiteral("refused"), caseId)
        .run();
    step(caseId, granted ? QStringLiteral("confirmation_granted") : QStringLiteral("confirmation_refused"),
         QString(), std::nullopt);
    transaction.commit();
    return {};
}

bool MediationService::mayRead(Id caseId) const
{
    const Session& s = m_access.session();
    if (m_access.reach(Permission::ManageMediation) == Reach::None)
        return false;
    // Its mediators read it whatever their reach (a social worker sitting in a committee's case).
    auto mediates =
        cached(m_access.database(), "SELECT 1 FROM mediation_mediators WHERE case_id = ? AND worker_id = ?");
    mediates->bind(caseId, s.worker.id);
    const bool mediator = mediates->next();
    mediates->reset();
    if (mediator)
        return true;
    switch (m_access.reach(Permission::ManageMediation)) {
    case Reach::Subdistrict:
        return true;
    case Reach::Community: {
        // The community's committee, or a party living in the community.
        auto q = cached(
            m_access.database(),
            "SELECT 1 FROM mediation_cases c JOIN mediation_places p ON p.id = c.place_id WHERE c.id = ?1"
            " AND (p.community_id = ?2 OR EXISTS(SELECT 1 FROM mediation_parties mp"
            " JOIN residents r ON r.id = mp.resident_id JOIN households h ON h.id = r.household_id"
            " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
            " JOIN areas a ON a.id = b.area_id WHERE mp.case_id = c.id AND a.community_id = ?2))");
        q->bind(caseId, s.worker.communityId.value_or(0));
        return q->next();
    }
    case Reach::Own: {
        // What the worker started (their visit, event or own intake) about households of their areas.
        auto q = cached(m_access.database(),
                        "SELECT mp.resident_id FROM mediation_cases c JOIN mediation_parties mp"
                        " ON mp.case_id = c.id WHERE c.id = ? AND c.started_by = ?"
                        " AND mp.resident_id IS NOT NULL");
        q->bind(caseId, s.worker.id);
        std::vector<Id> residents;
        while (q->next())
            residents.push_back(q->integer(0));
        q->reset();
        for (Id r : residents)
            if (m_access.may(Permission::ManageMediation, Record{RecordKind::Resident, r}))
                return true;
        return false;
    }
    default:
        return false;
    }
}

std::vector<CaseSummary> MediationService::cases(QDate from, QDate to, std::optional<CaseState> state) const
{
    std::vector<CaseSummary> list;
    if (!m_access.may(Permission::ViewDistrict))
        return list;
    // Planned for its values: a state or none, two years or a month.
    auto q = prepareForValues(
        m_access.database(),
        std::string("SELECT c.id, c.title, c.state, c.category, c.intake_day, c.place_id, p.name, ") +
            kCurrentNumber +
            " FROM mediation_cases c JOIN mediation_places p ON p.id = c.place_id"
            " WHERE c.intake_day BETWEEN ?1 AND ?2 AND c.state = coalesce(?3, c.state)"
            " ORDER BY c.intake_day DESC, c.id DESC");
    const std::optional<QString> code = state ? std::optional<QString>(toString(*state)) : std::nullopt;
    q.bind(iso(from), iso(to), code);
    const bool everything = m_access.reach(Permission::ManageMediation) == Reach::Subdistrict;
    while (q.next()) {
        CaseSummary c;
        c.id = q.integer(0);
        c.title = q.text(1);
        c.state = caseStateFrom(q.text(2));
        c.category = disputeCategoryFrom(q.text(3));
        c.intakeDay = QDate::fromString(q.text(4), Qt::ISODate);
        c.placeId = q.integer(5);
        c.placeName = q.text(6);
        c.number = numberFrom(q.text(7));
        c.readable = everything; // the rest are asked per case below (few rows for narrow reaches)
        list.push_back(std::move(c));
    }
    if (!everything) {
        const std::set<Id> readable = readableBetween(from, to);
        for (CaseSummary& c : list)
            c.readable = readable.count(c.id) > 0;
    }
    return list;
}

std::set<Id> MediationService::readableBetween(QDate from, QDate to) const
{
    // One query for a community's cases (its committees', its residents', the session's own as a mediator);
    // a worker's few candidates (started or mediated by them) are asked one by one.
    const Session& s = m_access.session();
    const bool community = m_access.reach(Permission::ManageMediation) == Reach::Community;
    // Planned for its values: a worker has no community here (?4 NULL), a director has one.
    auto q = prepareForValues(
        m_access.database(),
        "SELECT c.id FROM mediation_cases c JOIN mediation_places p ON p.id = c.place_id"
        " WHERE c.intake_day BETWEEN ?1 AND ?2 AND (c.started_by = ?3"
        " OR EXISTS(SELECT 1 FROM mediation_mediators m WHERE m.case_id = c.id AND m.worker_id = ?3)"
        " OR (p.community_id = ?4 OR EXISTS(SELECT 1 FROM mediation_parties mp"
        "   JOIN residents r ON r.id = mp.resident_id JOIN households h ON h.id = r.household_id"
        "   JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
        "   JOIN areas a ON a.id = b.area_id WHERE mp.case_id = c.id AND a.community_id = ?4)))");
    q.bind(iso(from), iso(to), s.worker.id,
           community ? std::optional<Id>(s.worker.communityId.value_or(0)) : std::nullopt);
    std::vector<Id> candidates;
    while (q.next())
        candidates.push_back(q.integer(0));
    std::set<Id> readable;
    for (Id id : candidates)
        if (community || mayRead(id))
            readable.insert(id);
    return readable;
}

Result<CaseDetail> MediationService::caseDetail(Id caseId) const
{
    const Database& db = m_access.database();
    const QString object = QStringLiteral("mediation_case:%1").arg(caseId);
    if (!mayRead(caseId)) {
        const Session& s = m_access.session();
        AuditLog(db).append({s.worker.account, s.workstation, QStringLiteral("read"), object,
                             QStringLiteral("refused"), QStringLiteral("{}")});
        return Error{QStringLiteral("scope"),
                     MediationText::tr("Only its mediators, the directors and the studio read this case")};
    }
    auto q = prepare(
        db, "SELECT c.title, c.state, c.category, c.intake_day, c.place_id, p.name, c.source, c.visit_id,"
            " c.event_id, c.rental_house_id, c.amount_yuan, c.description, c.kind, c.state_since,"
            " coalesce(rh.address, '')"
            " FROM mediation_cases c JOIN mediation_places p ON p.id = c.place_id"
            " LEFT JOIN rental_houses rh ON rh.id = c.rental_house_id WHERE c.id = ?");
    q.bind(caseId);
    if (!q.next())
        return Error{QStringLiteral("case"), MediationText::tr("Case %1 does not exist").arg(caseId)};
    CaseDetail d;
    d.summary = {caseId,
                 QString(),
                 q.text(0),
                 caseStateFrom(q.text(1)),
                 disputeCategoryFrom(q.text(2)),
                 QDate::fromString(q.text(3), Qt::ISODate),
                 q.integer(4),
                 q.text(5),
                 true};
    d.source = caseSourceFrom(q.text(6));
    const auto optionalId = [&](int column) {
        return q.isNull(column) ? std::nullopt : std::optional<Id>(q.integer(column));
    };
    d.visitId = optionalId(7);
    d.eventId = optionalId(8);
    d.rentalHouseId = optionalId(9);
    if (!q.isNull(10))
        d.amountYuan = int(q.integer(10));
    d.description = q.text(11);
    d.kind = mediationKindFrom(q.text(12));
    d.stateSince = QDate::fromString(q.text(13), Qt::ISODate);
    d.rentalHouseAddress = q.text(14);
    q.reset();
    auto numbers = prepare(
        db,
        "SELECT n.year, n.level, n.serial, p.short_name FROM mediation_case_numbers n"
        " JOIN mediation_places p ON p.id = n.place_id WHERE n.case_id = ? ORDER BY " MEDIATION_TRAIL_ORDER);
    numbers.bind(caseId);
    while (numbers.next())
        d.numbers << caseNumberText({int(numbers.integer(0)), mediationLevelFrom(numbers.text(1)),
                                     int(numbers.integer(2)), numbers.text(3)});
    d.summary.number = d.numbers.value(d.numbers.size() - 1);
    auto parties = prepare(
        db, "SELECT mp.id, mp.role, mp.resident_id, coalesce(r.name, mp.person_name),"
            " coalesce(r.id_number, mp.person_id_number), coalesce(r.phone, mp.person_phone),"
            " mp.consented_on, b.id, d.id, dwelling_address(b.address, d.stairwell, d.number, d.use)"
            " FROM mediation_parties mp LEFT JOIN residents r ON r.id = mp.resident_id"
            " LEFT JOIN households h ON h.id = r.household_id LEFT JOIN dwellings d ON d.id = h.dwelling_id"
            " LEFT JOIN buildings b ON b.id = d.building_id WHERE mp.case_id = ? ORDER BY mp.id");
    parties.bind(caseId);
    while (parties.next()) {
        CaseParty p;
        p.id = parties.integer(0);
        p.role = partyRoleFrom(parties.text(1));
        if (!parties.isNull(2))
            p.person.residentId = parties.integer(2);
        p.person.name = parties.text(3);
        p.person.idNumber =
            parties.isNull(4) ? QString() : maskIdNumber(parties.text(4)); // masked as anywhere
        p.person.phone = parties.isNull(5) ? QString() : maskPhone(parties.text(5));
        if (!parties.isNull(6))
            p.consentedOn = QDate::fromString(parties.text(6), Qt::ISODate);
        if (!parties.isNull(7)) {
            p.buildingId = parties.integer(7);
            p.dwellingId = parties.integer(8);
            p.address = parties.text(9);
        }
        d.parties.push_back(p);
    }
    auto mediators =
        prepare(db, "SELECT w.name FROM mediation_mediators m JOIN workers w ON w.id = m.worker_id"
                    " WHERE m.case_id = ? ORDER BY w.id");
    mediators.bind(caseId);
    while (mediators.next())
        d.mediators.push_back(mediators.text(0));
    auto sessions = prepare(
        db, "SELECT id, held_at, place, attendees, summary, next_step, next_on FROM mediation_sessions"
            " WHERE case_id = ? ORDER BY held_at");
    sessions.bind(caseId);
    while (sessions.next())
        d.sessions.push_back(
            {sessions.integer(0), QDateTime::fromString(sessions.text(1), Qt::ISODate).toLocalTime(),
             sessions.text(2), sessions.text(3), sessions.text(4), sessions.text(5),
             sessions.isNull(6) ? std::nullopt
                                : std::optional<QDate>(QDate::fromString(sessions.text(6), Qt::ISODate))});
    auto agreement = prepare(db, "SELECT signed_on, facts, terms, amount_yuan, confirmation_applied_on,"
                                 " confirmation_result FROM mediation_agreements WHERE case_id = ?");
    agreement.bind(caseId);
    if (agreement.next()) {
        Agreement a;
        a.signedOn = QDate::fromString(agreement.text(0), Qt::ISODate);
        a.facts = agreement.text(1);
        a.terms = agreement.text(2);
        a.amountYuan = int(agreement.integer(3));
        if (!agreement.isNull(4))
            a.confirmationAppliedOn = QDate::fromString(agreement.text(4), Qt::ISODate);
        a.confirmationResult = agreement.text(5);
        auto payments = prepare(db, "SELECT due_on, amount_yuan, paid_on, id FROM mediation_payments WHERE "
                                    "case_id = ? ORDER BY due_on");
        payments.bind(caseId);
        while (payments.next())
            a.payments.push_back(
                {QDate::fromString(payments.text(0), Qt::ISODate), int(payments.integer(1)),
                 payments.isNull(2) ? std::nullopt
                                    : std::optional<QDate>(QDate::fromString(payments.text(2), Qt::ISODate)),
                 payments.integer(3)});
        d.agreement = std::move(a);
    }
    auto steps = prepare(
        db, "SELECT s.at, s.step, coalesce(f.name, ''), coalesce(t.name, ''), s.note FROM mediation_steps s"
            " LEFT JOIN mediation_places f ON f.id = s.from_place LEFT JOIN mediation_places t ON t.id = "
            "s.to_place"
            " WHERE s.case_id = ? ORDER BY s.id");
    steps.bind(caseId);
    while (steps.next())
        d.steps << QStringLiteral("%1 %2 %3%4 %5")
                       .arg(steps.text(0), caseStepName(steps.text(1)), steps.text(2),
                            steps.text(3).isEmpty() ? QString() : QStringLiteral(" → ") + steps.text(3),
                            steps.text(4))
                       .trimmed();
    auditWrite(m_access, QStringLiteral("read"), object, {});
    return d;
}

namespace {

//! The open cases with a day from `dayOf` (SQL over the case `c`) in [from, to], oldest day first.
constexpr const char* kOpenStates = "('registered', 'in_mediation', 'no_agreement')";

std::vector<MediationService::Reminder> remindersWhere(const MediationService& service, const Database& db,
                                                       const std::string& dayOf, QDate from, QDate to,
                                                       const char* states = kOpenStates)
{
    auto q = prepare(db, "SELECT id, d, title, state, number FROM (SELECT c.id, (" + dayOf +
                             ") AS d, c.title, c.state, " + kCurrentNumber +
                             " AS number FROM mediation_cases c WHERE c.state IN " + states +
                             ") AS due WHERE d BETWEEN ? AND ? ORDER BY d, id");
    q.bind(iso(from), iso(to) + QStringLiteral("T99"));
    std::vector<MediationService::Reminder> reminders;
    while (q.next()) {
        CaseSummary c;
        c.id = q.integer(0);
        c.title = q.text(2);
        c.state = caseStateFrom(q.text(3));
        c.number = numberFrom(q.text(4));
        reminders.push_back({c, QDate::fromString(q.text(1).left(10), Qt::ISODate)});
    }
    // Only what the session may read (a reminder names the case's next step).
    std::erase_if(reminders,
                  [&](const MediationService::Reminder& r) { return !service.mayRead(r.summary.id); });
    for (MediationService::Reminder& r : reminders)
        r.summary.readable = true;
    return reminders;
}

} // namespace

std::vector<MediationService::Reminder> MediationService::sessionsDue(int withinDays) const
{
    const QDate today = m_access.today();
    return remindersWhere(*this, m_access.database(),
                          "SELECT max(s.next_on) FROM mediation_sessions s WHERE s.case_id = c.id", today,
                          today.addDays(withinDays));
}

std::vector<MediationService::Reminder> MediationService::idleCases(int afterDays) const
{
    return remindersWhere(*this, m_access.database(),
                          "SELECT max(x) FROM (SELECT max(s.held_at) AS x FROM mediation_sessions s WHERE"
                          " s.case_id = c.id UNION ALL SELECT max(st.at) FROM mediation_steps st WHERE "
                          "st.case_id = c.id) AS moments",
                          QDate(2000, 1, 1), m_access.today().addDays(-afterDays - 1));
}

std::vector<MediationService::Reminder> MediationService::paymentsOverdue() const
{
    return remindersWhere(*this, m_access.database(),
                          "SELECT min(p.due_on) FROM mediation_payments p WHERE p.case_id = c.id"
                          " AND p.paid_on IS NULL",
                          QDate(2000, 1, 1), m_access.today().addDays(-1), "('agreed', 'closed')");
}

} // namespace shegong::core
