-- handover. Who reassigned an area, and the day its open events followed the new worker
-- (empty until the assignment has started: a handover may be dated ahead).
ALTER TABLE area_assignments ADD COLUMN assigned_by INTEGER REFERENCES workers(id);
ALTER TABLE area_assignments ADD COLUMN events_moved_on TEXT;
UPDATE area_assignments SET events_moved_on = starts WHERE ends IS NOT NULL;
