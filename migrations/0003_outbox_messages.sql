-- 0003: the outbox — every message, edit and button answer the bot sends.
-- Why: a reply is written in the same transaction as the change that caused it and delivered after
-- commit, so a crash between the two never loses it and a rolled-back change never sends it. A sender
-- claims due rows with a short lease (FOR UPDATE SKIP LOCKED), so several instances share the work and a
-- crashed sender's rows are taken over when the lease runs out.
CREATE TABLE outbox_messages (
    id                   bigserial   PRIMARY KEY,
    chat_id              bigint      NULL,          -- NULL for button answers, which are not messages in a chat
    kind                 text        NOT NULL,      -- send_text | edit_text | answer_button
    payload              jsonb       NOT NULL,
    priority             smallint    NOT NULL,      -- 0 goes first: button answers must not wait behind a digest
    created_at           timestamptz NOT NULL,
    not_before           timestamptz NOT NULL,      -- moved forward by retry_after and back-off
    attempts             int         NOT NULL DEFAULT 0,
    leased_until         timestamptz NULL,
    sent_at              timestamptz NULL,
    failed_at            timestamptz NULL,          -- a final refusal (blocked by the user, bad request)
    last_error           text        NULL,
    telegram_message_id  int         NULL
);

CREATE INDEX outbox_messages_pending ON outbox_messages (priority, id) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_messages_pending_chat ON outbox_messages (chat_id, id) WHERE sent_at IS NULL AND failed_at IS NULL;
