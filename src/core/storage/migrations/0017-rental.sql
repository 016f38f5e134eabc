-- Rental-unit grading (出租房等级管理): rental houses and their rooms, tenancies, versioned rule sets,
-- assessment rounds and inspections with their deductions, and an attachment store for photos.

-- A rental house stands in a building of the map (a village house is a building of its own); its
-- landlord is a resident of the registry or a person outside it (then name, ID number and phone).
CREATE TABLE rental_houses (
    id INTEGER PRIMARY KEY,
    building_id INTEGER NOT NULL REFERENCES buildings(id),
    address TEXT NOT NULL,
    landlord_resident_id INTEGER REFERENCES residents(id),
    landlord_name TEXT,
    landlord_id_number TEXT,
    landlord_phone TEXT,
    registered_on TEXT NOT NULL,
    deregistered_on TEXT,
    deregister_reason TEXT,
    CHECK (landlord_resident_id IS NOT NULL OR landlord_name IS NOT NULL)
);
CREATE INDEX rental_houses_building ON rental_houses(building_id);

-- A room is a dwelling of the registry (use 'rental_room'), so its tenants' households live there.
CREATE TABLE rental_rooms (
    id INTEGER PRIMARY KEY,
    house_id INTEGER NOT NULL REFERENCES rental_houses(id),
    dwelling_id INTEGER NOT NULL UNIQUE REFERENCES dwellings(id),
    number TEXT NOT NULL,
    floor INTEGER NOT NULL,
    area_m2 REAL NOT NULL CHECK (area_m2 > 0),
    rent_yuan INTEGER NOT NULL CHECK (rent_yuan >= 0),
    facilities TEXT NOT NULL DEFAULT '',
    max_occupants INTEGER NOT NULL CHECK (max_occupants BETWEEN 1 AND 20),
    for_rent INTEGER NOT NULL DEFAULT 1,
    deregistered_on TEXT,
    UNIQUE (house_id, number)
);
CREATE INDEX rental_rooms_rent ON rental_rooms(rent_yuan);

CREATE TABLE tenancies (
    id INTEGER PRIMARY KEY,
    room_id INTEGER NOT NULL REFERENCES rental_rooms(id),
    resident_id INTEGER NOT NULL REFERENCES residents(id),
    moved_in TEXT NOT NULL,
    moved_out TEXT,
    over_capacity_reason TEXT,
    CHECK (moved_out IS NULL OR moved_out >= moved_in)
);
CREATE INDEX tenancies_room ON tenancies(room_id, moved_out);
CREATE INDEX tenancies_resident ON tenancies(resident_id);

-- A rule set is a version: once an inspection uses it, it is never edited (next year's rules are a
-- copy), so a past round's scores never change.
CREATE TABLE rental_rule_sets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    year INTEGER NOT NULL,
    aaa_min REAL NOT NULL,
    aa_min REAL NOT NULL,
    a_min REAL NOT NULL,
    facilities_cap REAL,
    management_cap REAL,
    service_cap REAL,
    based_on INTEGER REFERENCES rental_rule_sets(id),
    created_at TEXT NOT NULL,
    CHECK (aaa_min <= 100 AND aaa_min > aa_min AND aa_min > a_min AND a_min >= 0)
);

CREATE TABLE rental_rule_items (
    id INTEGER PRIMARY KEY,
    rule_set_id INTEGER NOT NULL REFERENCES rental_rule_sets(id),
    grp TEXT NOT NULL CHECK (grp IN ('facilities', 'management', 'service')),
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('fixed', 'range', 'per_occurrence')),
    points_min REAL NOT NULL CHECK (points_min > 0),
    points_max REAL NOT NULL CHECK (points_max >= points_min),
    withholds_grade INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL,
    UNIQUE (rule_set_id, code)
);

CREATE TABLE assessment_rounds (
    id INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES communities(id),
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK (number >= 1),
    starts TEXT NOT NULL,
    ends TEXT NOT NULL,
    rule_set_id INTEGER NOT NULL REFERENCES rental_rule_sets(id),
    team TEXT NOT NULL,
    closed_at TEXT,
    closed_by TEXT,
    UNIQUE (community_id, year, number),
    CHECK (ends >= starts)
);

-- A second inspection of a house in a round supersedes the first (with a reason); both are kept.
CREATE TABLE inspections (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES assessment_rounds(id),
    house_id INTEGER NOT NULL REFERENCES rental_houses(id),
    inspected_on TEXT NOT NULL,
    assessor TEXT NOT NULL,
    score REAL NOT NULL,
    grade TEXT NOT NULL CHECK (grade IN ('AAA', 'AA', 'A', 'none')),
    withheld INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    superseded INTEGER NOT NULL DEFAULT 0,
    supersedes INTEGER REFERENCES inspections(id),
    supersede_reason TEXT,
    recorded_at TEXT NOT NULL
);
CREATE UNIQUE INDEX inspections_current ON inspections(round_id, house_id) WHERE superseded = 0;
CREATE INDEX inspections_house ON inspections(house_id);

CREATE TABLE inspection_deductions (
    inspection_id INTEGER NOT NULL REFERENCES inspections(id),
    item_id INTEGER NOT NULL REFERENCES rental_rule_items(id),
    occurrences INTEGER NOT NULL,
    points REAL NOT NULL,
    PRIMARY KEY (inspection_id, item_id)
);
CREATE INDEX inspection_deductions_item ON inspection_deductions(item_id);

-- Files kept in the database (photos of an inspection), owned by a record such as 'inspection:12'.
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    file_name TEXT NOT NULL,
    bytes BLOB NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX attachments_owner ON attachments(owner);
