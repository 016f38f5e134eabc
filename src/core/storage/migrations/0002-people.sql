-- people. Nobody is deleted: moved_out closes a household or a residence.
CREATE TABLE households(
    id INTEGER PRIMARY KEY, dwelling_id INTEGER NOT NULL REFERENCES dwellings(id),
    tenure TEXT NOT NULL CHECK(tenure IN ('owner', 'tenant', 'other')),
    moved_in TEXT NOT NULL, moved_out TEXT) STRICT;
CREATE INDEX households_dwelling ON households(dwelling_id);
CREATE TABLE residents(
    id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id),
    name TEXT NOT NULL, id_number TEXT, gender TEXT CHECK(gender IN ('M', 'F')), birth_date TEXT,
    phone TEXT, relation TEXT NOT NULL,
    registration TEXT NOT NULL CHECK(registration IN ('local', 'floating')),
    permit_number TEXT, permit_expiry TEXT, employer TEXT, occupation TEXT,
    moved_in TEXT NOT NULL, moved_out TEXT) STRICT;
CREATE UNIQUE INDEX residents_id_number ON residents(id_number) WHERE id_number IS NOT NULL;
CREATE INDEX residents_household ON residents(household_id);
CREATE INDEX residents_phone ON residents(phone) WHERE phone IS NOT NULL;
CREATE INDEX residents_name ON residents(name);
CREATE TABLE tag_kinds(
    code TEXT PRIMARY KEY, name TEXT NOT NULL,
    duty TEXT NOT NULL CHECK(duty IN ('mediation', 'family_planning', 'health', 'culture_education',
                                      'civil_affairs', 'special_groups')),
    sensitive INTEGER NOT NULL CHECK(sensitive IN (0, 1))) STRICT;
CREATE TABLE resident_tags(
    resident_id INTEGER NOT NULL REFERENCES residents(id), tag TEXT NOT NULL REFERENCES tag_kinds(code),
    since TEXT, PRIMARY KEY(resident_id, tag)) STRICT, WITHOUT ROWID;
CREATE INDEX resident_tags_tag ON resident_tags(tag);
INSERT INTO tag_kinds(code, name, duty, sensitive) VALUES
    ('dispute_party', '纠纷当事人', 'mediation', 1),
    ('childbearing_woman', '育龄妇女', 'family_planning', 0),
    ('newborn', '新生儿', 'family_planning', 0),
    ('elderly_alone', '独居老人', 'health', 1),
    ('aged_80_plus', '高龄老人', 'health', 0),
    ('chronic_illness', '慢性病', 'health', 1),
    ('severe_mental_disorder', '严重精神障碍', 'health', 1),
    ('floating_school_child', '流动人口学龄儿童', 'culture_education', 0),
    ('idle_youth', '闲散青少年', 'culture_education', 1),
    ('minimum_income', '低保', 'civil_affairs', 1),
    ('veteran_family', '优抚对象', 'civil_affairs', 1),
    ('disability', '残疾人', 'civil_affairs', 1),
    ('community_correction', '社区矫正', 'special_groups', 1),
    ('released_prisoner', '刑释人员', 'special_groups', 1),
    ('drug_user', '吸毒人员', 'special_groups', 1);
