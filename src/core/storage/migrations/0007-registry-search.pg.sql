-- the registry's searches, PostgreSQL's body (see 0007-registry-search.sql): right(id_number, 4) is
-- what SQLite's substr(id_number, -4) reads.
ALTER TABLE residents ADD COLUMN name_initials TEXT;
CREATE INDEX residents_initials ON residents(name_initials);
CREATE INDEX residents_id_tail ON residents(right(id_number, 4)) WHERE id_number IS NOT NULL;
