-- 0002: the inbox — every update Telegram delivers, stored before it is acknowledged.
-- Why: an update acknowledged to Telegram (getUpdates offset, webhook 200) is gone from Telegram; keeping
-- it here first means a crash or restart never loses one. update_id is the primary key, so a duplicated
-- delivery is a no-op. Handling marks handled_at in the same transaction as its effects; an update that
-- keeps failing is parked with its error for an operator instead of being skipped.
CREATE TABLE inbox_updates (
    update_id        bigint      PRIMARY KEY,
    chat_id          bigint      NULL,          -- updates of one chat are handled in update_id order
    payload          jsonb       NOT NULL,      -- the update exactly as Telegram sent it
    received_at      timestamptz NOT NULL,
    attempts         int         NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    last_error       text        NULL,
    handled_at       timestamptz NULL,
    parked_at        timestamptz NULL
);

-- The workers' question: which unhandled updates are due, oldest first.
CREATE INDEX inbox_updates_pending ON inbox_updates (update_id) WHERE handled_at IS NULL AND parked_at IS NULL;
CREATE INDEX inbox_updates_pending_chat ON inbox_updates (chat_id, update_id) WHERE handled_at IS NULL AND parked_at IS NULL;
