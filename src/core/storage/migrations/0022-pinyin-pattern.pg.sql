-- 22: the pinyin search matches a regular expression made in C++ (core::syllablesPattern) on the
-- server: the SQL functions that matched row by row go.
DROP FUNCTION IF EXISTS pinyin_match_from;
DROP FUNCTION IF EXISTS pinyin_match;
-- The search reads a name's initials and syllables together: from this index alone, without the rows.
CREATE INDEX residents_initials_syllables ON residents(name_initials, name_syllables) WHERE moved_out IS NULL;
