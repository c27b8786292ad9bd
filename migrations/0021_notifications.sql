-- 0021: typed notifications from the firm to a company's employees, and each recipient's answer.
-- Why: the firm must know who read, opened or approved what and when. A notification is informational, needs
-- its reading confirmed, needs its file opened, or needs an approval; each recipient has a row whose state
-- moves once from 'sent' (a conditional UPDATE, so a double tap or two instances answer once), with the time
-- and a decline's comment. Notifications imported from a file carry the file's id for the line, so importing
-- the same file again sends nothing new. A reminder is sent once per recipient.
CREATE TABLE notifications (
    id               bigserial   PRIMARY KEY,
    company_id       int         NOT NULL REFERENCES companies (id),
    kind             text        NOT NULL CHECK (kind IN ('info', 'read', 'file', 'approval')),
    body             text        NOT NULL,
    stored_file_id   bigint      NULL REFERENCES stored_files (id),
    created_by       bigint      NOT NULL,       -- Telegram user id; 0 for an import
    created_by_name  text        NOT NULL,
    created_at       timestamptz NOT NULL,
    import_key       text        NULL UNIQUE,
    CHECK (kind <> 'file' OR stored_file_id IS NOT NULL)
);

CREATE INDEX notifications_company_newest ON notifications (company_id, id DESC);

CREATE TABLE notification_recipients (
    notification_id  bigint      NOT NULL REFERENCES notifications (id),
    user_id          bigint      NOT NULL,       -- Telegram user id
    user_name        text        NOT NULL,
    state            text        NOT NULL DEFAULT 'sent' CHECK (state IN ('sent', 'read', 'opened', 'approved', 'declined')),
    answered_at      timestamptz NULL,
    comment          text        NULL,
    reminded_at      timestamptz NULL,
    PRIMARY KEY (notification_id, user_id)
);

CREATE INDEX notification_recipients_waiting ON notification_recipients (notification_id) WHERE state = 'sent' AND reminded_at IS NULL;
