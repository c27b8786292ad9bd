-- 0012: the tasks clients file, their files, and their history (status changes and comments).
-- Why: a request becomes a task numbered per firm (№1001, №1002, …) with the SLA dates fixed at filing, so
-- a later change of the catalog never moves a promise already made. A task of a chained template waits for
-- its predecessor of the same company. Files are the firm's stored files; history rows are never edited.
CREATE SEQUENCE service_task_numbers START 1001;

CREATE TABLE service_tasks (
    id                   bigserial   PRIMARY KEY,
    number               int         NOT NULL UNIQUE DEFAULT nextval('service_task_numbers'),
    company_id           int         NOT NULL REFERENCES companies (id),
    template_id          int         NOT NULL REFERENCES service_templates (id),
    status               text        NOT NULL CHECK (status IN ('review', 'waiting', 'accepted', 'done', 'rejected')),
    requester_user_id    bigint      NOT NULL,       -- Telegram user id of the client employee
    requester_name       text        NOT NULL,
    assignee_staff_id    int         NULL REFERENCES staff (id),
    description          text        NOT NULL,
    requested_deadline   date        NOT NULL,
    planned_due          date        NOT NULL,
    hard_due             date        NOT NULL,
    waits_for_task_id    bigint      NULL REFERENCES service_tasks (id),
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);

ALTER SEQUENCE service_task_numbers OWNED BY service_tasks.number;

CREATE INDEX service_tasks_company_newest ON service_tasks (company_id, id DESC);
CREATE INDEX service_tasks_assignee_status ON service_tasks (assignee_staff_id, status);
CREATE INDEX service_tasks_waits_for ON service_tasks (waits_for_task_id) WHERE waits_for_task_id IS NOT NULL;

-- What happened to a task, oldest first: filed, waiting, comments (with their files), later status changes.
CREATE TABLE task_events (
    id              bigserial   PRIMARY KEY,
    task_id         bigint      NOT NULL REFERENCES service_tasks (id),
    kind            text        NOT NULL CHECK (kind IN ('filed', 'waiting', 'comment', 'status')),
    author_user_id  bigint      NULL,           -- Telegram user id; null for the system
    author_name     text        NULL,
    body            text        NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL
);

CREATE INDEX task_events_task ON task_events (task_id, id);

-- A task's files: the request's attachments (event_id null) and the files of comments.
CREATE TABLE task_files (
    task_id         bigint  NOT NULL REFERENCES service_tasks (id),
    stored_file_id  bigint  NOT NULL REFERENCES stored_files (id),
    event_id        bigint  NULL REFERENCES task_events (id),
    PRIMARY KEY (task_id, stored_file_id)
);

-- A file goes back into a chat as it came: Telegram keeps photos and documents apart, and a photo's file id
-- cannot be sent as a document.
ALTER TABLE stored_files ADD COLUMN sent_as text NOT NULL DEFAULT 'document' CHECK (sent_as IN ('photo', 'document'));
