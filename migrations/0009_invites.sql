-- 0009: invites, the bot's own username, and the company each client employee is acting for.
-- Why: people join the bot through single-use, expiring deep links (t.me/<bot>?start=<token>) that bind
-- their Telegram account to a company (client employees) or to their staff record. Only a hash of the
-- token is kept, so the table does not hold working links. The invite command prints the link, so the
-- bot's username (from getMe, saved at start) is kept too. A person in several companies acts for the one
-- they chose last.
CREATE TABLE invites (
    token_hash  bytea       PRIMARY KEY,       -- SHA-256 of the token
    kind        text        NOT NULL CHECK (kind IN ('client', 'staff')),
    company_id  int         NULL REFERENCES companies (id),
    staff_id    int         NULL REFERENCES staff (id),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz NULL,
    used_by     bigint      NULL,              -- the Telegram user who used it
    CHECK ((kind = 'client') = (company_id IS NOT NULL)),
    CHECK ((kind = 'staff') = (staff_id IS NOT NULL))
);

CREATE TABLE bot_identity (
    id          int         PRIMARY KEY CHECK (id = 1),
    username    text        NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE chosen_companies (
    telegram_user_id  bigint      PRIMARY KEY,
    company_id        int         NOT NULL REFERENCES companies (id),
    chosen_at         timestamptz NOT NULL
);
