-- 0015: reminders and escalations of deadlines, each recorded once.
-- Why: a reminder, an escalation to the PM and one to the department head are sent once per task and
-- deadline, however often the job runs, after a restart or on two instances: the record and its outbox rows
-- commit together and the primary key lets only one of them in. The partial index keeps the scan for due
-- work to the open tasks.
CREATE TABLE task_deadline_notices (
    task_id   bigint      NOT NULL REFERENCES service_tasks (id),
    kind      text        NOT NULL CHECK (kind IN ('before', 'due_today', 'overdue_pm', 'overdue_head')),
    deadline  date        NOT NULL,
    sent_at   timestamptz NOT NULL,
    PRIMARY KEY (task_id, kind, deadline)
);

CREATE INDEX service_tasks_open_deadline ON service_tasks (requested_deadline) WHERE status IN ('review', 'accepted');
