-- 0004: a record of every scheduled job run.
-- Why: scheduled work (housekeeping now; reminders and digests later) must run once per firing however many
-- instances run and however often they restart. Each run leaves a row, so operators can see what ran, when
-- and where, and tests can count runs. Quartz keeps its own tables (qrtz_*), which it creates itself at
-- start; this table is ours.
CREATE TABLE job_runs (
    id              bigserial   PRIMARY KEY,
    job             text        NOT NULL,
    trigger_name    text        NOT NULL,
    scheduled_for   timestamptz NULL,      -- when the trigger was due (a misfire fires later)
    started_at      timestamptz NOT NULL,
    instance        text        NOT NULL,
    details         text        NULL
);

CREATE INDEX job_runs_job_started_at ON job_runs (job, started_at);
