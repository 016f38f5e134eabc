-- geography. Footprints and outlines are JSON arrays of rings of [x, y] in local metres.
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
