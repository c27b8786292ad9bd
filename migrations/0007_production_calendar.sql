-- 0007: the production calendar the bot counts working days by.
-- Why: deadlines are in working days of the Russian production calendar, whose holidays and moved days
-- change every year by government decree. A year is loaded whole (from a shipped file, or by an
-- administrator's `calendar import` the day a decree appears) and replaced whole in one transaction;
-- only the dates that differ from a plain Monday–Friday week are stored. A year without a row is counted
-- Monday to Friday, and the administrators are told once (calendar_gap_notices).
CREATE TABLE calendar_years (
    year         int         PRIMARY KEY,
    provisional  boolean     NOT NULL,      -- loaded before its decree was published
    source       text        NOT NULL,      -- the file it came from
    imported_at  timestamptz NOT NULL
);

CREATE TABLE calendar_days (
    day   date     PRIMARY KEY,
    year  int      NOT NULL REFERENCES calendar_years (year) ON DELETE CASCADE,
    mark  smallint NOT NULL CHECK (mark IN (1, 2, 3)),   -- 1 day off, 2 shortened working day, 3 working weekend day
    CHECK (extract(year FROM day) = year)
);

CREATE INDEX calendar_days_year ON calendar_days (year);

CREATE TABLE calendar_gap_notices (
    year         int         PRIMARY KEY,
    notified_at  timestamptz NOT NULL
);
