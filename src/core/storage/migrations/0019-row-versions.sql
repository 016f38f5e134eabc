-- 19: optimistic concurrency for residents. Every change of a resident's row (an edit, a move) adds
-- one to row_version and stamps who and when; an edit names the version it was made on and is refused
-- when the row has moved on since, so two workstations never silently overwrite each other.
ALTER TABLE residents ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE residents ADD COLUMN changed_by TEXT;
ALTER TABLE residents ADD COLUMN changed_at TEXT;
