-- 0020: each client company's conversation with the firm — client messages, the firm's answers and the
-- staff's marks (calls, letters, visits, paid services) — and which bot message carries which entry.
-- Why: a client writes to the accountant as to a person and both sides must see the whole history, so
-- every entry is a row, written in the transaction that confirms it to its sender. Entries are never
-- changed or deleted (a trigger refuses it). A staff member's Telegram reply to the bot's message about an
-- entry answers that entry, so delivered messages are mapped to entries as task messages are to tasks.
-- A client is asked once whether free text goes to the accountant; the answer is kept.
CREATE TABLE chat_entries (
    id                 bigserial   PRIMARY KEY,
    company_id         int         NOT NULL REFERENCES companies (id),
    kind               text        NOT NULL CHECK (kind IN ('client', 'firm', 'mark')),
    author_user_id     bigint      NOT NULL,       -- Telegram user id
    author_name        text        NOT NULL,
    addressee_user_id  bigint      NULL,           -- the client a firm's answer is for
    body               text        NOT NULL DEFAULT '',
    stored_file_id     bigint      NULL REFERENCES stored_files (id),
    mark               text        NULL CHECK (mark IN ('call', 'letter', 'visit', 'service_on', 'service_off')),
    service            text        NULL,
    price              numeric(14, 2) NULL CHECK (price >= 0),
    created_at         timestamptz NOT NULL,
    CHECK ((kind = 'mark') = (mark IS NOT NULL))
);

CREATE INDEX chat_entries_company_newest ON chat_entries (company_id, id DESC);

CREATE FUNCTION chat_entries_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'chat entries cannot be changed or deleted';
END $$;

CREATE TRIGGER chat_entries_append_only BEFORE UPDATE OR DELETE ON chat_entries FOR EACH ROW EXECUTE FUNCTION chat_entries_are_append_only();
CREATE TRIGGER chat_entries_no_truncate BEFORE TRUNCATE ON chat_entries FOR EACH STATEMENT EXECUTE FUNCTION chat_entries_are_append_only();

CREATE TABLE chat_entry_messages (
    chat_id        bigint NOT NULL,
    message_id     int    NOT NULL,
    chat_entry_id  bigint NOT NULL REFERENCES chat_entries (id),
    PRIMARY KEY (chat_id, message_id)
);

CREATE TABLE chat_consents (
    user_id   bigint      PRIMARY KEY,         -- Telegram user id
    given_at  timestamptz NOT NULL
);
