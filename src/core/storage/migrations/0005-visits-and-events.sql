-- the social worker's day. Visits and events belong to the household, not to the worker, so
-- they stay when an area changes hands.
CREATE TABLE visits(
    id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id), visited_on TEXT NOT NULL, recorded_at TEXT NOT NULL,
    mode TEXT NOT NULL CHECK(mode IN ('in_person', 'phone', 'wechat', 'other')),
    duties TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '', floating INTEGER NOT NULL CHECK(floating IN (0, 1))) STRICT;
CREATE INDEX visits_worker_day ON visits(worker_id, visited_on);
CREATE INDEX visits_household_day ON visits(household_id, visited_on);
CREATE TABLE events(
    id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id),
    category TEXT NOT NULL CHECK(category IN ('mediation', 'family_planning', 'health', 'culture_education',
                                              'civil_affairs', 'special_groups')),
    description TEXT NOT NULL, assignee_id INTEGER NOT NULL REFERENCES workers(id),
    status TEXT NOT NULL DEFAULT 'open' CHECK(status IN ('open', 'in_progress', 'resolved', 'closed')),
    opened_on TEXT NOT NULL, due_on TEXT NOT NULL, visit_id INTEGER REFERENCES visits(id)) STRICT;
CREATE INDEX events_household ON events(household_id);
CREATE INDEX events_assignee ON events(assignee_id, status);
