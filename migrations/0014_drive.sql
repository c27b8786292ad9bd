-- 0014: each company's drive — «Данные для клиента» (the firm uploads) and «Данные от клиента» (the
-- company's employees upload) — its documents, and the audit of every upload, listing, download and archive.
-- Why: documents leave e-mail for the bot, and the firm must always know who took which file and when. The
-- two folders exist for every company: created here for those already there and by a trigger for every new
-- one, however it is created. A document is archived, never deleted: it leaves the client's view and stays
-- in storage and in the audit. Audit rows are written with the action they record and can never be changed
-- or deleted through the database (a trigger refuses it).
CREATE TABLE drive_folders (
    id          serial PRIMARY KEY,
    company_id  int    NOT NULL REFERENCES companies (id),
    kind        text   NOT NULL CHECK (kind IN ('for_client', 'from_client')),
    UNIQUE (company_id, kind)
);

INSERT INTO drive_folders (company_id, kind)
SELECT c.id, k.kind FROM companies c CROSS JOIN (VALUES ('for_client'), ('from_client')) AS k (kind);

CREATE FUNCTION drive_folders_of_new_company() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO drive_folders (company_id, kind) VALUES (NEW.id, 'for_client'), (NEW.id, 'from_client');
    RETURN NEW;
END $$;

CREATE TRIGGER companies_drive_folders AFTER INSERT ON companies FOR EACH ROW EXECUTE FUNCTION drive_folders_of_new_company();

CREATE TABLE drive_documents (
    id                bigserial   PRIMARY KEY,
    folder_id         int         NOT NULL REFERENCES drive_folders (id),
    stored_file_id    bigint      NOT NULL REFERENCES stored_files (id),
    uploaded_by       bigint      NOT NULL,       -- Telegram user id
    uploaded_by_name  text        NOT NULL,
    created_at        timestamptz NOT NULL,
    archived_at       timestamptz NULL,
    archived_by_name  text        NULL
);

CREATE INDEX drive_documents_folder_newest ON drive_documents (folder_id, id DESC) WHERE archived_at IS NULL;

CREATE TABLE drive_audit (
    id           bigserial   PRIMARY KEY,
    at           timestamptz NOT NULL,
    user_id      bigint      NOT NULL,       -- Telegram user id
    user_name    text        NOT NULL,
    company_id   int         NOT NULL REFERENCES companies (id),
    folder       text        NOT NULL CHECK (folder IN ('for_client', 'from_client')),
    document_id  bigint      NULL REFERENCES drive_documents (id),
    file_name    text        NULL,
    action       text        NOT NULL CHECK (action IN ('upload', 'list', 'download', 'archive')),
    instance     text        NOT NULL        -- which bot process served it
);

CREATE INDEX drive_audit_at ON drive_audit (at);
CREATE INDEX drive_audit_company_at ON drive_audit (company_id, at);

CREATE FUNCTION drive_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'drive_audit rows cannot be changed or deleted';
END $$;

CREATE TRIGGER drive_audit_append_only BEFORE UPDATE OR DELETE ON drive_audit FOR EACH ROW EXECUTE FUNCTION drive_audit_is_append_only();
