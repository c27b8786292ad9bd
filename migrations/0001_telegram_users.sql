-- 0001: who has written to the bot.
-- Why: the bot must recognise returning users across restarts and instances, and administrators want
-- to know how many people reach it. Only what Telegram gives us about a user is kept: no phone, no
-- username; roles and companies come with the directory.
CREATE TABLE telegram_users (
    id              bigint      PRIMARY KEY,   -- Telegram user id
    first_name      text        NOT NULL,
    language_code   text        NULL,          -- the user's Telegram language, e.g. 'ru' or 'en'
    first_seen_at   timestamptz NOT NULL,
    last_seen_at    timestamptz NOT NULL
);

CREATE INDEX telegram_users_last_seen_at ON telegram_users (last_seen_at);
