-- the event workflow: when an event was resolved, where it was escalated, and every step.
ALTER TABLE events ADD COLUMN resolved_on TEXT;
ALTER TABLE events ADD COLUMN escalated_to TEXT CHECK(escalated_to IN ('community', 'subdistrict'));
CREATE TABLE event_actions(
    id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id), at TEXT NOT NULL,
    action TEXT NOT NULL, note TEXT NOT NULL DEFAULT '') STRICT;
CREATE INDEX event_actions_event ON event_actions(event_id, at);
UPDATE events SET resolved_on = opened_on WHERE status IN ('resolved', 'closed');
