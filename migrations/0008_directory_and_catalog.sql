-- 0008: the firm's directory (departments, staff, client companies, their projects and employees) and the
-- service catalog with each company's own service list.
-- Why: every later feature asks who a user is, which company they act for and which services that company
-- may order. The catalog is identified by codes so that re-importing its file updates rows in place; a
-- company's list is copied from the catalog when a project is created and then edited per company, so a
-- re-import never touches what was switched off or reassigned for one client.
CREATE TABLE departments (
    id             serial  PRIMARY KEY,
    code           text    NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9_-]{1,32}$'),
    name           text    NOT NULL,
    head_staff_id  int     NULL
);

INSERT INTO departments (code, name) VALUES ('hr', 'HR'), ('accounting', 'Бухгалтерия'), ('consulting', 'Консалтинг');

CREATE TABLE staff (
    id                serial      PRIMARY KEY,
    login             text        NOT NULL UNIQUE CHECK (login ~ '^[a-z0-9_.-]{1,32}$'),  -- how commands and the catalog name them
    full_name         text        NOT NULL,
    telegram_user_id  bigint      NULL UNIQUE,     -- bound when they accept a staff invite
    is_admin          boolean     NOT NULL DEFAULT false,
    blocked_at        timestamptz NULL,
    created_at        timestamptz NOT NULL
);

ALTER TABLE departments ADD CONSTRAINT departments_head FOREIGN KEY (head_staff_id) REFERENCES staff (id);

CREATE TABLE staff_departments (
    staff_id       int NOT NULL REFERENCES staff (id),
    department_id  int NOT NULL REFERENCES departments (id),
    PRIMARY KEY (staff_id, department_id)
);

CREATE TABLE companies (
    id           serial      PRIMARY KEY,
    name         text        NOT NULL,
    inn          text        NOT NULL UNIQUE CHECK (inn ~ '^([0-9]{10}|[0-9]{12})$'),
    archived_at  timestamptz NULL,
    created_at   timestamptz NOT NULL
);

-- A company served by a department, with the project's PM. The main project's PM is the company's main
-- PM; the PMs of its other projects are moderators of the company.
CREATE TABLE company_projects (
    id             serial  PRIMARY KEY,
    company_id     int     NOT NULL REFERENCES companies (id),
    department_id  int     NOT NULL REFERENCES departments (id),
    pm_staff_id    int     NOT NULL REFERENCES staff (id),
    is_main        boolean NOT NULL DEFAULT false,
    UNIQUE (company_id, department_id)
);

CREATE UNIQUE INDEX company_projects_one_main ON company_projects (company_id) WHERE is_main;

CREATE TABLE client_employees (
    id                serial      PRIMARY KEY,
    full_name         text        NOT NULL,
    telegram_user_id  bigint      NULL UNIQUE,     -- bound when they accept an invite
    created_at        timestamptz NOT NULL
);

-- One person may belong to several companies; the rights are per membership and default to all.
CREATE TABLE memberships (
    employee_id         int     NOT NULL REFERENCES client_employees (id),
    company_id          int     NOT NULL REFERENCES companies (id),
    can_file_requests   boolean NOT NULL DEFAULT true,
    can_see_documents   boolean NOT NULL DEFAULT true,
    can_approve         boolean NOT NULL DEFAULT true,
    PRIMARY KEY (employee_id, company_id)
);

CREATE TABLE catalog_categories (
    id             serial      PRIMARY KEY,
    code           text        NOT NULL UNIQUE,
    title          text        NOT NULL,
    department_id  int         NOT NULL REFERENCES departments (id),
    position       int         NOT NULL,
    archived_at    timestamptz NULL          -- gone from the catalog file; kept for the companies' lists
);

CREATE TABLE service_templates (
    id                            serial      PRIMARY KEY,
    code                          text        NOT NULL UNIQUE,
    category_id                   int         NOT NULL REFERENCES catalog_categories (id),
    title                         text        NOT NULL,
    description                   text        NOT NULL,
    planned_days                  int         NOT NULL CHECK (planned_days > 0),    -- working days
    hard_days                     int         NOT NULL CHECK (hard_days >= planned_days),
    file_required                 boolean     NOT NULL,
    waits_for_template_id         int         NULL REFERENCES service_templates (id),
    default_responsible_staff_id  int         NULL REFERENCES staff (id),
    checklist                     text[]      NOT NULL DEFAULT '{}',
    regulation_links              text[]      NOT NULL DEFAULT '{}',
    position                      int         NOT NULL,
    archived_at                   timestamptz NULL
);

-- A company's own service list: copied from the catalog with its project, then edited per company.
CREATE TABLE company_services (
    company_id            int     NOT NULL REFERENCES companies (id),
    template_id           int     NOT NULL REFERENCES service_templates (id),
    enabled               boolean NOT NULL DEFAULT true,
    responsible_staff_id  int     NULL REFERENCES staff (id),   -- overrides the template's default
    PRIMARY KEY (company_id, template_id)
);
