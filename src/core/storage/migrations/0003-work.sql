-- work. Assignments are dated so a household's history survives a change of worker.
CREATE TABLE workers(
    id INTEGER PRIMARY KEY, account TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    role TEXT NOT NULL CHECK(role IN ('social_worker', 'community_director', 'subdistrict_admin',
                                      'rental_assessor', 'mediator', 'auditor')),
    community_id INTEGER REFERENCES communities(id), phone TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK(active IN (0, 1))) STRICT;
CREATE TABLE area_assignments(
    id INTEGER PRIMARY KEY, area_id INTEGER NOT NULL REFERENCES areas(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    starts TEXT NOT NULL, ends TEXT, CHECK(ends IS NULL OR ends >= starts)) STRICT;
CREATE INDEX area_assignments_area ON area_assignments(area_id, starts);
CREATE INDEX area_assignments_worker ON area_assignments(worker_id);
CREATE TABLE area_leaders(
    id INTEGER PRIMARY KEY, area_id INTEGER NOT NULL REFERENCES areas(id),
    role TEXT NOT NULL CHECK(role IN ('party_group', 'building', 'retiree')),
    name TEXT NOT NULL, phone TEXT, building_id INTEGER REFERENCES buildings(id)) STRICT;
CREATE INDEX area_leaders_area ON area_leaders(area_id);
