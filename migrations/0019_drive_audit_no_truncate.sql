-- 0019: the download audit cannot be emptied either.
-- Why: 0014 refuses UPDATE and DELETE of drive_audit rows, but TRUNCATE fires no row triggers, so one statement
-- could still wipe the audit. A statement trigger refuses it as well.
CREATE TRIGGER drive_audit_no_truncate BEFORE TRUNCATE ON drive_audit FOR EACH STATEMENT EXECUTE FUNCTION drive_audit_is_append_only();
