-- The workload score's quota and weights, each row in force from its first month until the next row's:
-- a report once signed keeps the rules of its month.
CREATE TABLE score_rules(
    first_month TEXT PRIMARY KEY CHECK(first_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    household_quota INTEGER NOT NULL CHECK(household_quota BETWEEN 1 AND 200),
    visit_weight REAL NOT NULL CHECK(visit_weight >= 0),
    resolved_weight REAL NOT NULL CHECK(resolved_weight >= 0),
    overdue_weight REAL NOT NULL CHECK(overdue_weight >= 0),
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL) STRICT;
