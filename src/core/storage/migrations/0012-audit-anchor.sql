-- the anchor of the audit trail (its newest row and that row's hash) in a table of its own, protected
-- like the log: it cannot be deleted and only moves forward, so cutting rows off the end of the log
-- means defeating the triggers first. It was a plain meta entry before.
CREATE TABLE audit_anchor(
    id INTEGER PRIMARY KEY CHECK(id = 1), row INTEGER NOT NULL, hash TEXT NOT NULL) STRICT;
INSERT INTO audit_anchor(id, row, hash)
    SELECT 1, CAST(substr(value, 1, instr(value, ':') - 1) AS INTEGER), substr(value, instr(value, ':') + 1)
    FROM meta WHERE key = 'audit_head';
DELETE FROM meta WHERE key = 'audit_head';
CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor
    BEGIN SELECT RAISE(ABORT, 'the audit anchor cannot be removed'); END;
CREATE TRIGGER audit_anchor_forward BEFORE UPDATE ON audit_anchor WHEN NEW.row <= OLD.row
    BEGIN SELECT RAISE(ABORT, 'the audit anchor only moves forward'); END;
