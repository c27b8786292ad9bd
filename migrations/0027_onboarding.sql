-- 0027: onboarding a client in the bot, the audit of a company's service list, and invites made in the bot.
-- Why: a staff member starts «Новый клиент» (the company exists at once, «Подключается»); each chosen department's
-- head appoints a PM and names the project; when every department has one, the company becomes active and its
-- service list is copied from the catalog. A head is reminded once and the administrators told once (the
-- timestamps make both happen once across instances). Each change of a company's service list is recorded (who,
-- when, what). Invites made by a PM in the bot carry who made them, the rights the person will have, and can be
-- revoked; an id lets a button name one without its token.
CREATE TABLE onboardings (
    company_id          int         PRIMARY KEY REFERENCES companies (id),
    started_by          bigint      NOT NULL,      -- Telegram user id; 0 for a command
    started_by_name     text        NOT NULL,
    summary             text        NOT NULL,
    main_department_id  int         NULL REFERENCES departments (id),   -- null: the first appointed PM is the main one
    started_at          timestamptz NOT NULL,
    completed_at        timestamptz NULL
);

CREATE TABLE onboarding_departments (
    company_id     int         NOT NULL REFERENCES onboardings (company_id),
    department_id  int         NOT NULL REFERENCES departments (id),
    reminded_at    timestamptz NULL,
    escalated_at   timestamptz NULL,
    PRIMARY KEY (company_id, department_id)
);

CREATE INDEX onboardings_open ON onboardings (started_at) WHERE completed_at IS NULL;

ALTER TABLE company_projects ADD COLUMN name text NULL;

CREATE TABLE company_service_changes (
    id                    bigserial   PRIMARY KEY,
    company_id            int         NOT NULL,
    template_id           int         NOT NULL,
    changed_by            bigint      NOT NULL,    -- Telegram user id; 0 for a command
    changed_by_name       text        NOT NULL,
    changed_at            timestamptz NOT NULL,
    change                text        NOT NULL CHECK (change IN ('on', 'off', 'responsible')),
    responsible_staff_id  int         NULL REFERENCES staff (id),
    FOREIGN KEY (company_id, template_id) REFERENCES company_services (company_id, template_id)
);

CREATE INDEX company_service_changes_company ON company_service_changes (company_id, id DESC);

ALTER TABLE invites
    ADD COLUMN id                 bigserial   UNIQUE,
    ADD COLUMN created_by         bigint      NULL,      -- Telegram user id of the PM; null for a command
    ADD COLUMN revoked_at         timestamptz NULL,
    ADD COLUMN can_file_requests  boolean     NOT NULL DEFAULT true,
    ADD COLUMN can_see_documents  boolean     NOT NULL DEFAULT true,
    ADD COLUMN can_approve        boolean     NOT NULL DEFAULT true,
    ADD COLUMN can_see_finance    boolean     NOT NULL DEFAULT true;

CREATE INDEX invites_company ON invites (company_id, created_at DESC) WHERE company_id IS NOT NULL;
