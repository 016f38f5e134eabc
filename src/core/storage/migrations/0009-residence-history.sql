-- where people lived before. A resident's current residence stays on the residents row; each
-- earlier one is kept here when they move. A household that moves keeps its id (and its visits and
-- events); its earlier dwellings are kept in household_moves.
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
