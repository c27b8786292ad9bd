-- 0011: where each user stands in a multi-step conversation (a request form, a comment being written).
-- Why: nothing a user typed may live only in memory. The state is written in the same transaction as the
-- update that changed it, so a restart or another instance continues exactly where the user was. One row
-- per user and chat; the revision grows at every step change, and buttons of an older revision are stale.
CREATE TABLE conversations (
    user_id     bigint      NOT NULL,
    chat_id     bigint      NOT NULL,
    flow        text        NOT NULL,
    step        text        NOT NULL,
    revision    int         NOT NULL CHECK (revision > 0),
    data        jsonb       NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, chat_id)
);
