-- accounts and the audit trail. Passwords are Argon2id strings (libsodium); the audit log is
-- append-only (triggers refuse UPDATE and DELETE) and each row carries the hash of the one before.
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
