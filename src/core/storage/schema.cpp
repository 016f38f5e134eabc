#include "core/storage/schema.h"

#include "core/storage/sql.h"
#include "shegong/core/base/pinyin.h"
#include "shegong/core/storage/database.h"

#include <array>
#include <string>

namespace shegong::core {
namespace {

// Each entry moves the schema from version i to i + 1. Never edit a released step: add a new one.
constexpr std::array<const char*, 11> kMigrations{
    // 1: geography. Footprints and outlines are JSON arrays of rings of [x, y] in local metres.
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE communities(
    id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'residential' CHECK(kind IN ('residential', 'old_town', 'urban_village')),
    outline TEXT) STRICT;
CREATE TABLE areas(
    id INTEGER PRIMARY KEY, community_id INTEGER NOT NULL REFERENCES communities(id),
    code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, outline TEXT) STRICT;
CREATE INDEX areas_community ON areas(community_id);
CREATE TABLE lanes(
    id INTEGER PRIMARY KEY, community_id INTEGER NOT NULL REFERENCES communities(id),
    name TEXT NOT NULL, path TEXT) STRICT;
CREATE INDEX lanes_community ON lanes(community_id);
CREATE TABLE buildings(
    id INTEGER PRIMARY KEY, area_id INTEGER NOT NULL REFERENCES areas(id), lane_id INTEGER REFERENCES lanes(id),
    code TEXT NOT NULL UNIQUE, address TEXT NOT NULL,
    kind TEXT NOT NULL CHECK(kind IN ('apartment', 'private_house')),
    floors INTEGER NOT NULL CHECK(floors > 0), height REAL NOT NULL CHECK(height > 0),
    footprint TEXT NOT NULL) STRICT;
CREATE INDEX buildings_area ON buildings(area_id);
CREATE TABLE dwellings(
    id INTEGER PRIMARY KEY, building_id INTEGER NOT NULL REFERENCES buildings(id),
    stairwell INTEGER NOT NULL, floor INTEGER NOT NULL, number TEXT NOT NULL,
    use TEXT NOT NULL DEFAULT 'residence' CHECK(use IN ('residence', 'rental_room')),
    UNIQUE(building_id, stairwell, floor, number)) STRICT;
)sql",
    // 2: people. Nobody is deleted: moved_out closes a household or a residence.
    R"sql(
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
)sql",
    // 3: work. Assignments are dated so a household's history survives a change of worker.
    R"sql(
CREATE TABLE workers(
    id INTEGER PRIMARY KEY, account TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    role TEXT NOT NULL CHECK(role IN ('social_worker', 'community_director', 'subdistrict_admin',
                                      'rental_assessor', 'mediator', 'auditor')),
    community_id INTEGER REFERENCES communities(id), phone TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK(active IN (0, 1))) STRICT;
CREATE TABLE area_assignments(
    id INTEGER PRIMARY KEY, area_id INTEGER NOT NULL REFERENCES areas(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    starts TEXT NOT NULL, ends TEXT, CHECK(ends IS NULL OR ends >= starts)) STRICT;
CREATE INDEX area_assignments_area ON area_assignments(area_id, starts);
CREATE INDEX area_assignments_worker ON area_assignments(worker_id);
CREATE TABLE area_leaders(
    id INTEGER PRIMARY KEY, area_id INTEGER NOT NULL REFERENCES areas(id),
    role TEXT NOT NULL CHECK(role IN ('party_group', 'building', 'retiree')),
    name TEXT NOT NULL, phone TEXT, building_id INTEGER REFERENCES buildings(id)) STRICT;
CREATE INDEX area_leaders_area ON area_leaders(area_id);
)sql",
    // 4: accounts and the audit trail. Passwords are Argon2id strings (libsodium); the audit log is
    // append-only (triggers refuse UPDATE and DELETE) and each row carries the hash of the one before.
    R"sql(
ALTER TABLE workers ADD COLUMN password_hash TEXT;
ALTER TABLE workers ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 1 CHECK(must_change_password IN (0, 1));
ALTER TABLE workers ADD COLUMN password_changed_at TEXT;
ALTER TABLE workers ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE workers ADD COLUMN locked_until TEXT;
CREATE TABLE password_history(
    worker_id INTEGER NOT NULL REFERENCES workers(id), hash TEXT NOT NULL, set_at TEXT NOT NULL) STRICT;
CREATE INDEX password_history_worker ON password_history(worker_id, set_at);
CREATE TABLE audit_log(
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, account TEXT NOT NULL, workstation TEXT NOT NULL,
    action TEXT NOT NULL, object TEXT NOT NULL, result TEXT NOT NULL, details TEXT NOT NULL,
    previous_hash TEXT NOT NULL, hash TEXT NOT NULL) STRICT;
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql",
    // 5: the social worker's day. Visits and events belong to the household, not to the worker, so
    // they stay when an area changes hands.
    R"sql(
CREATE TABLE visits(
    id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id), visited_on TEXT NOT NULL, recorded_at TEXT NOT NULL,
    mode TEXT NOT NULL CHECK(mode IN ('in_person', 'phone', 'wechat', 'other')),
    duties TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '', floating INTEGER NOT NULL CHECK(floating IN (0, 1))) STRICT;
CREATE INDEX visits_worker_day ON visits(worker_id, visited_on);
CREATE INDEX visits_household_day ON visits(household_id, visited_on);
CREATE TABLE events(
    id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id),
    category TEXT NOT NULL CHECK(category IN ('mediation', 'family_planning', 'health', 'culture_education',
                                              'civil_affairs', 'special_groups')),
    description TEXT NOT NULL, assignee_id INTEGER NOT NULL REFERENCES workers(id),
    status TEXT NOT NULL DEFAULT 'open' CHECK(status IN ('open', 'in_progress', 'resolved', 'closed')),
    opened_on TEXT NOT NULL, due_on TEXT NOT NULL, visit_id INTEGER REFERENCES visits(id)) STRICT;
CREATE INDEX events_household ON events(household_id);
CREATE INDEX events_assignee ON events(assignee_id, status);
)sql",
    // 6: the event workflow: when an event was resolved, where it was escalated, and every step.
    R"sql(
ALTER TABLE events ADD COLUMN resolved_on TEXT;
ALTER TABLE events ADD COLUMN escalated_to TEXT CHECK(escalated_to IN ('community', 'subdistrict'));
CREATE TABLE event_actions(
    id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id), at TEXT NOT NULL,
    action TEXT NOT NULL, note TEXT NOT NULL DEFAULT '') STRICT;
CREATE INDEX event_actions_event ON event_actions(event_id, at);
UPDATE events SET resolved_on = opened_on WHERE status IN ('resolved', 'closed');
)sql",
    // 7: the registry's searches: pinyin initials of names (filled in C++ below) and ID number tails.
    R"sql(
ALTER TABLE residents ADD COLUMN name_initials TEXT;
CREATE INDEX residents_initials ON residents(name_initials);
CREATE INDEX residents_id_tail ON residents(substr(id_number, -4)) WHERE id_number IS NOT NULL;
)sql",
    // 8: handover. Who reassigned an area, and the day its open events followed the new worker
    // (empty until the assignment has started: a handover may be dated ahead).
    R"sql(
ALTER TABLE area_assignments ADD COLUMN assigned_by INTEGER REFERENCES workers(id);
ALTER TABLE area_assignments ADD COLUMN events_moved_on TEXT;
UPDATE area_assignments SET events_moved_on = starts WHERE ends IS NOT NULL;
)sql",
    // 9: where people lived before. A resident's current residence stays on the residents row; each
    // earlier one is kept here when they move. A household that moves keeps its id (and its visits and
    // events); its earlier dwellings are kept in household_moves.
    R"sql(
CREATE TABLE residences(
    id INTEGER PRIMARY KEY, resident_id INTEGER NOT NULL REFERENCES residents(id),
    household_id INTEGER NOT NULL REFERENCES households(id),
    moved_in TEXT NOT NULL, moved_out TEXT NOT NULL) STRICT;
CREATE INDEX residences_resident ON residences(resident_id);
CREATE TABLE household_moves(
    id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id),
    from_dwelling INTEGER NOT NULL REFERENCES dwellings(id), to_dwelling INTEGER NOT NULL REFERENCES dwellings(id),
    moved_on TEXT NOT NULL) STRICT;
CREATE INDEX household_moves_household ON household_moves(household_id);
)sql",
    // 10: initials searches list in (initials, name) order straight from the index.
    R"sql(
DROP INDEX residents_initials;
CREATE INDEX residents_initials ON residents(name_initials, name);
)sql",
    // 11: an event may concern one member of the household.
    R"sql(
ALTER TABLE events ADD COLUMN resident_id INTEGER REFERENCES residents(id);
)sql",
};

//! Steps that need more than SQL run right after their SQL, in the same transaction.
void afterMigration(const Database& db, int reached)
{
    if (reached != 7)
        return;
    Statement names = prepare(db, "SELECT id, name FROM residents");
    Statement set = prepare(db, "UPDATE residents SET name_initials = ? WHERE id = ?");
    while (names.next())
        set.bind(pinyinInitials(names.text(1)), names.integer(0)).run();
}

} // namespace

int latestSchemaVersion()
{
    return int(kMigrations.size());
}

void migrateSchema(const Database& db, int target)
{
    for (int version = db.schemaVersion(); version < target; ++version) {
        WriteTransaction transaction(db);
        execute(db, kMigrations[size_t(version)]);
        afterMigration(db, version + 1);
        execute(db, "PRAGMA user_version=" + std::to_string(version + 1));
        transaction.commit();
    }
}

} // namespace shegong::core
