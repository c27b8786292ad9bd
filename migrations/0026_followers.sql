-- 0026: followers of requests, and employees removed from a company.
-- Why: only the requester heard of a request's changes. A client employee may follow a request of their company
-- (task_followers), and the company's PMs may make one follow every request of it (company_followers); followers get
-- the requester's notices. A follower who leaves the company hears nothing more (reads join the memberships). An
-- employee removed from a company loses the membership row at once; their history (requests, messages) stays.
CREATE TABLE task_followers (
    task_id  bigint      NOT NULL REFERENCES service_tasks (id),
    user_id  bigint      NOT NULL,     -- Telegram user id of the client employee
    since    timestamptz NOT NULL,
    PRIMARY KEY (task_id, user_id)
);

CREATE TABLE company_followers (
    company_id   int         NOT NULL REFERENCES companies (id),
    employee_id  int         NOT NULL REFERENCES client_employees (id),
    since        timestamptz NOT NULL,
    PRIMARY KEY (company_id, employee_id)
);
