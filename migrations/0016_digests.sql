-- 0016: managers' digests — when a task was closed, an index for the period's status changes, one digest per
-- manager and day, and the managers who turned theirs off.
-- Why: the digest counts what changed in a period and how many tasks were overdue on past days (a task
-- counts as overdue on a day until it is closed), over the whole firm, every working morning. A digest is
-- recorded with its outbox rows in one transaction, so a restart or a second instance never sends it twice.
ALTER TABLE service_tasks ADD COLUMN closed_at timestamptz NULL;

UPDATE service_tasks t SET closed_at = (
    SELECT max(e.created_at) FROM task_events e WHERE e.task_id = t.id AND e.kind = 'status' AND e.body IN ('done', 'rejected'))
WHERE t.status IN ('done', 'rejected');

CREATE INDEX task_events_status_changes ON task_events (created_at) WHERE kind = 'status';

CREATE TABLE digest_deliveries (
    user_id      bigint      NOT NULL,       -- Telegram user id of the manager
    digest_date  date        NOT NULL,
    sent_at      timestamptz NOT NULL,
    PRIMARY KEY (user_id, digest_date)
);

CREATE TABLE digest_optouts (
    user_id  bigint      PRIMARY KEY,
    since    timestamptz NOT NULL
);
