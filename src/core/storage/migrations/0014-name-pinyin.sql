-- Full pinyin of names (filled in C++ with the initials again: ICU knows every Han character, GB2312's
-- table only 3,755): the registry sorts names in pinyin order and finds them by full pinyin.
ALTER TABLE residents ADD COLUMN name_pinyin TEXT;
CREATE INDEX residents_pinyin ON residents(name_pinyin, name);
