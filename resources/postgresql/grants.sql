-- The rights of shegong_app, the role every workstation logs in as (docs/postgresql.md): rows only,
-- and never rewriting history. Run as the owner role after every `shegong-cli migrate`:
--   psql "postgresql://shegong_owner@HOST/shegong" -f grants.sql
-- The tests run this very file against the throwaway cluster (OnServer.TheWorkstationsRole…).
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO shegong_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO shegong_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM shegong_app;  -- append-only, also without its triggers
REVOKE DELETE, TRUNCATE ON audit_anchor FROM shegong_app;       -- the anchor only moves forward
REVOKE INSERT, UPDATE, DELETE ON shegong_schema FROM shegong_app; -- migrations are the owner's
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO shegong_app;  -- identity columns
