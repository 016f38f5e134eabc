-- initials searches list in (initials, name) order straight from the index.
DROP INDEX residents_initials;
CREATE INDEX residents_initials ON residents(name_initials, name);
