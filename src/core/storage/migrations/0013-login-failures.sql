-- Wrong passwords are counted per account and workstation: someone at one PC can lock an account out of
-- that PC for a while, never the administrator out of their own office. workers.locked_until keeps the
-- administrator's locks; failed_logins is no longer used.
CREATE TABLE login_failures (
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    workstation TEXT NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    PRIMARY KEY (worker_id, workstation)
) WITHOUT ROWID;

-- An account still on the demo's published password: it must be changed at first login unless the demo
-- is being tried (--demo).
ALTER TABLE workers ADD COLUMN demo_password INTEGER NOT NULL DEFAULT 0 CHECK(demo_password IN (0, 1));
