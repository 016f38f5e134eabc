-- Mediation case log (调解): the places (committees in the communities, liaison stations, the court's
-- studio), consultations, cases with their number trail, parties, mediators, sessions, agreements
-- with payments, and the case's steps (escalation, litigation, withdrawal, follow-up). Cases come
-- before consultations, which refer to them: PostgreSQL wants a referenced table to exist already.

CREATE TABLE mediation_places(
    id INTEGER PRIMARY KEY,
    level TEXT NOT NULL CHECK(level IN ('committee', 'station', 'studio')),
    name TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL,                             -- in case numbers: 〔2026〕三堡调字第0123号
    community_id INTEGER REFERENCES communities(id),      -- a committee's community
    parent_id INTEGER REFERENCES mediation_places(id),    -- committee → station → studio
    CHECK((level = 'committee') = (community_id IS NOT NULL)),
    CHECK((level = 'studio') = (parent_id IS NULL))) STRICT;

-- A mediator's own record in the registry (when they live in the subdistrict): the conflict check.
ALTER TABLE workers ADD COLUMN resident_id INTEGER REFERENCES residents(id);

CREATE TABLE mediation_cases(
    id INTEGER PRIMARY KEY,
    intake_day TEXT NOT NULL,
    source TEXT NOT NULL CHECK(source IN ('application', 'visit', 'event', 'police', 'court')),
    visit_id INTEGER REFERENCES visits(id),
    event_id INTEGER REFERENCES events(id),
    started_by INTEGER NOT NULL REFERENCES workers(id),
    category TEXT NOT NULL CHECK(category IN ('family', 'neighbours', 'property', 'labour', 'tenancy', 'damages',
                                              'contract', 'other')),
    rental_house_id INTEGER REFERENCES rental_houses(id),
    amount_yuan INTEGER CHECK(amount_yuan IS NULL OR amount_yuan >= 0),
    title TEXT NOT NULL,          -- what anyone with the district may read: "邻里纠纷（漏水）"
    description TEXT NOT NULL,    -- the content: its mediators, directors and the studio
    kind TEXT NOT NULL CHECK(kind IN ('people', 'administrative', 'judicial')),
    place_id INTEGER NOT NULL REFERENCES mediation_places(id),    -- where it is now
    state TEXT NOT NULL CHECK(state IN ('registered', 'in_mediation', 'agreed', 'no_agreement', 'litigation',
                                        'withdrawn', 'closed')),
    state_since TEXT NOT NULL) STRICT;
CREATE INDEX mediation_cases_intake ON mediation_cases(intake_day);
CREATE INDEX mediation_cases_place ON mediation_cases(place_id, state);

CREATE TABLE consultations(
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    place_id INTEGER NOT NULL REFERENCES mediation_places(id),
    resident_id INTEGER REFERENCES residents(id),
    person_name TEXT, person_id_number TEXT, person_phone TEXT,   -- someone from outside the registry
    category TEXT NOT NULL,
    advice TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL CHECK(outcome IN ('advice', 'referred', 'case')),
    case_id INTEGER REFERENCES mediation_cases(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    recorded_at TEXT NOT NULL,
    CHECK(resident_id IS NOT NULL OR person_name IS NOT NULL)) STRICT;
CREATE INDEX consultations_day ON consultations(day);
CREATE INDEX consultations_worker ON consultations(worker_id, day);

-- Every number a case had, one per level it reached: the number trail of an escalated case.
CREATE TABLE mediation_case_numbers(
    case_id INTEGER NOT NULL REFERENCES mediation_cases(id),
    place_id INTEGER NOT NULL REFERENCES mediation_places(id),
    year INTEGER NOT NULL,
    level TEXT NOT NULL,
    serial INTEGER NOT NULL,
    assigned_on TEXT NOT NULL,
    UNIQUE(year, level, serial)) STRICT;
CREATE INDEX mediation_case_numbers_case ON mediation_case_numbers(case_id);

CREATE TABLE mediation_parties(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES mediation_cases(id),
    role TEXT NOT NULL CHECK(role IN ('applicant', 'respondent', 'third_party')),
    resident_id INTEGER REFERENCES residents(id),
    person_name TEXT, person_id_number TEXT, person_phone TEXT,
    consented_on TEXT,            -- consent to the agreement, recorded before it is signed
    CHECK(resident_id IS NOT NULL OR person_name IS NOT NULL)) STRICT;
CREATE INDEX mediation_parties_case ON mediation_parties(case_id);
CREATE INDEX mediation_parties_resident ON mediation_parties(resident_id);

CREATE TABLE mediation_mediators(
    case_id INTEGER NOT NULL REFERENCES mediation_cases(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    conflict_override TEXT,       -- the reason when a conflict of interest was overridden
    PRIMARY KEY(case_id, worker_id)) STRICT;
CREATE INDEX mediation_mediators_worker ON mediation_mediators(worker_id);

CREATE TABLE mediation_sessions(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES mediation_cases(id),
    held_at TEXT NOT NULL,
    place TEXT NOT NULL,
    attendees TEXT NOT NULL,
    summary TEXT NOT NULL,
    next_step TEXT NOT NULL DEFAULT '',
    next_on TEXT,
    recorded_by INTEGER NOT NULL REFERENCES workers(id)) STRICT;
CREATE INDEX mediation_sessions_case ON mediation_sessions(case_id, held_at);
CREATE INDEX mediation_sessions_next ON mediation_sessions(next_on);

CREATE TABLE mediation_agreements(
    case_id INTEGER PRIMARY KEY REFERENCES mediation_cases(id),
    signed_on TEXT NOT NULL,
    facts TEXT NOT NULL,
    terms TEXT NOT NULL,
    amount_yuan INTEGER NOT NULL DEFAULT 0,
    confirmation_applied_on TEXT,                 -- 司法确认
    confirmation_result TEXT CHECK(confirmation_result IS NULL OR confirmation_result IN ('granted', 'refused'))) STRICT;

CREATE TABLE mediation_payments(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES mediation_agreements(case_id),
    due_on TEXT NOT NULL,
    amount_yuan INTEGER NOT NULL CHECK(amount_yuan > 0),
    paid_on TEXT) STRICT;

-- The case's steps, in order: intake, sessions are in their own table; escalation, no agreement,
-- litigation, withdrawal, agreement, confirmation, follow-up, each with who and why.
CREATE TABLE mediation_steps(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES mediation_cases(id),
    at TEXT NOT NULL,
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    step TEXT NOT NULL,
    from_place INTEGER REFERENCES mediation_places(id),
    to_place INTEGER REFERENCES mediation_places(id),
    note TEXT NOT NULL DEFAULT '') STRICT;
CREATE INDEX mediation_steps_case ON mediation_steps(case_id, at);
