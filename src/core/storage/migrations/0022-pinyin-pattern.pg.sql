-- 22: the pinyin search's recursive helper is replaced by a regular expression (postgres-functions.sql).
DROP FUNCTION IF EXISTS pinyin_match_from;
-- The search reads a name's initials and syllables together: from this index alone, without the rows.
CREATE INDEX residents_initials_syllables ON residents(name_initials, name_syllables) WHERE moved_out IS NULL;
