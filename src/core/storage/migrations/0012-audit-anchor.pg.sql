-- the anchor of the audit trail, PostgreSQL's body (see 0012-audit-anchor.sql).
CREATE TABLE audit_anchor(
    id BIGINT PRIMARY KEY CHECK(id = 1), row BIGINT NOT NULL, hash TEXT NOT NULL);
INSERT INTO audit_anchor(id, row, hash)
    SELECT 1, CAST(split_part(value, ':', 1) AS BIGINT), substr(value, strpos(value, ':') + 1)
    FROM meta WHERE key = 'audit_head';
DELETE FROM meta WHERE key = 'audit_head';
CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor
    FOR EACH ROW EXECUTE FUNCTION shegong_refuse('the audit anchor cannot be removed');
CREATE TRIGGER audit_anchor_no_truncate BEFORE TRUNCATE ON audit_anchor
    FOR EACH STATEMENT EXECUTE FUNCTION shegong_refuse('the audit anchor cannot be removed');
CREATE TRIGGER audit_anchor_forward BEFORE UPDATE ON audit_anchor
    FOR EACH ROW WHEN (NEW.row <= OLD.row) EXECUTE FUNCTION shegong_refuse('the audit anchor only moves forward');
