-- 20: what each commit changed, for the other workstations. A connection polls for rows added by
-- others and announces them as if its own (views refresh without a restart). Kept short: the newest
-- 10,000 rows; `kind` is core::ChangeKind's number (append-only enum).
CREATE TABLE change_log(
    seq INTEGER PRIMARY KEY, kind INTEGER NOT NULL, record_id INTEGER NOT NULL,
    household_id INTEGER NOT NULL, at TEXT NOT NULL) STRICT;
