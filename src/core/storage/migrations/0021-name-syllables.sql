-- 21: a name's pinyin syllables with spaces between ("zhu xue jun"), filled in C++ like the initials:
-- the registry's pinyin search (pinyin_match) reads them in SQL on both engines, where SQLite once
-- read each name through ICU, which PostgreSQL cannot do.
ALTER TABLE residents ADD COLUMN name_syllables TEXT;
