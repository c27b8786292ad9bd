-- 0010: the files the firm keeps: each upload's metadata, the bytes in the content store.
-- Why: documents and scans must stay with the firm, not only as Telegram file ids (which belong to one bot
-- and can stop working). The bytes live in a content-addressed folder under their SHA-256, stored once
-- however often they are sent; each upload is a row here with who sent it, for which company, and the
-- Telegram file id to resend it cheaply while it is valid.
CREATE TABLE stored_files (
    id                  bigserial   PRIMARY KEY,
    sha256              text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes          bigint      NOT NULL CHECK (size_bytes >= 0),
    file_name           text        NOT NULL,
    mime_type           text        NOT NULL,
    uploaded_by         bigint      NOT NULL,       -- Telegram user id
    company_id          int         NULL REFERENCES companies (id),
    telegram_file_id    text        NULL,
    telegram_unique_id  text        NULL,           -- the same file across bots and time, per Telegram
    created_at          timestamptz NOT NULL
);

CREATE INDEX stored_files_sha256 ON stored_files (sha256);
CREATE INDEX stored_files_telegram_unique_id ON stored_files (telegram_unique_id);
