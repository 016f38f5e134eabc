-- the workload score's rules, PostgreSQL's body (see 0015-score-rules.sql): a regular expression
-- where SQLite has GLOB.
CREATE TABLE score_rules(
    first_month TEXT PRIMARY KEY CHECK(first_month ~ '^[0-9]{4}-[0-1][0-9]$'),
    household_quota BIGINT NOT NULL CHECK(household_quota BETWEEN 1 AND 200),
    visit_weight DOUBLE PRECISION NOT NULL CHECK(visit_weight >= 0),
    resolved_weight DOUBLE PRECISION NOT NULL CHECK(resolved_weight >= 0),
    overdue_weight DOUBLE PRECISION NOT NULL CHECK(overdue_weight >= 0),
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL);
