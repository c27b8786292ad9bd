-- 0025: the interaction calendar: companies' tax profiles, agreed events and their reminders, personal calendar feeds.
-- Why: a client sees the next 15 days of what is agreed with the firm and the tax dates that concern it. The tax
-- dates come from the shipped tax calendar and each company's profile (regime, employer); its PM is asked once to
-- set a missing one. Events are one-off or monthly; a move bumps the revision (the .ics SEQUENCE). Each occurrence
-- is reminded once, whichever instance runs the job (the primary key). A feed is opened by a random token whose
-- SHA-256 alone is kept; it is revoked by its owner or by a new link for the same scope.
CREATE TABLE company_tax_profiles (
    company_id  int         PRIMARY KEY REFERENCES companies (id),
    regime      text        NOT NULL CHECK (regime IN ('usn-income', 'usn-income-expense', 'osno', 'psn', 'ausn')),
    employer    boolean     NOT NULL,
    set_by      text        NOT NULL,
    set_at      timestamptz NOT NULL
);

CREATE TABLE tax_profile_requests (
    company_id  int         PRIMARY KEY REFERENCES companies (id),
    asked_at    timestamptz NOT NULL
);

CREATE TABLE agreed_events (
    id               bigserial   PRIMARY KEY,
    company_id       int         NOT NULL REFERENCES companies (id),
    title            text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    note             text        NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    starts_on        date        NOT NULL,
    at_time          time        NULL,
    repeat           text        NOT NULL CHECK (repeat IN ('once', 'monthly-day', 'monthly-working-day')),
    repeat_number    int         NOT NULL DEFAULT 0 CHECK (repeat_number BETWEEN 0 AND 31),
    revision         int         NOT NULL DEFAULT 1,
    created_by       bigint      NOT NULL,
    created_by_name  text        NOT NULL,
    created_at       timestamptz NOT NULL,
    changed_at       timestamptz NOT NULL,
    cancelled_at     timestamptz NULL
);

CREATE INDEX agreed_events_live ON agreed_events (company_id, starts_on) WHERE cancelled_at IS NULL;

CREATE TABLE agreed_event_reminders (
    event_id     bigint      NOT NULL REFERENCES agreed_events (id),
    occurs_on    date        NOT NULL,
    reminded_at  timestamptz NOT NULL,
    PRIMARY KEY (event_id, occurs_on)
);

CREATE TABLE calendar_feeds (
    id          bigserial   PRIMARY KEY,
    token_hash  bytea       NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    user_id     bigint      NOT NULL,
    company_id  int         NULL REFERENCES companies (id),   -- null: all the companies the staff member serves
    language    text        NULL,                              -- the owner's Telegram language: the feed speaks it
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz NULL
);

CREATE UNIQUE INDEX calendar_feeds_one_live ON calendar_feeds (user_id, coalesce(company_id, 0)) WHERE revoked_at IS NULL;
