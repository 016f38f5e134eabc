-- an event may concern one member of the household.
ALTER TABLE events ADD COLUMN resident_id INTEGER REFERENCES residents(id);
