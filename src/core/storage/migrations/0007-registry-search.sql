-- the registry's searches: pinyin initials of names (filled in C++ below) and ID number tails.
ALTER TABLE residents ADD COLUMN name_initials TEXT;
CREATE INDEX residents_initials ON residents(name_initials);
CREATE INDEX residents_id_tail ON residents(substr(id_number, -4)) WHERE id_number IS NOT NULL;
