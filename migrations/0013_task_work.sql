-- 0013: staff working a task — its checklist with ticks, reassignment in the history, and the messages that
-- carry a task into a chat, so that a Telegram reply to one of them becomes a comment on that task.
-- Why: a task's checklist is fixed when it is filed (a later catalog edit must not change work in
-- progress), and each tick records who ticked it. A status change is one conditional UPDATE; the history
-- row and the notifications are written in the same transaction only by the winner.
ALTER TABLE service_tasks ADD COLUMN checklist text[] NOT NULL DEFAULT '{}';

CREATE TABLE task_checklist_ticks (
    task_id         bigint      NOT NULL REFERENCES service_tasks (id),
    position        int         NOT NULL CHECK (position >= 0),
    ticked_by_name  text        NOT NULL,
    ticked_at       timestamptz NOT NULL,
    PRIMARY KEY (task_id, position)
);

ALTER TABLE task_events DROP CONSTRAINT task_events_kind_check;
ALTER TABLE task_events ADD CONSTRAINT task_events_kind_check
    CHECK (kind IN ('filed', 'waiting', 'comment', 'status', 'reassigned'));

-- Which task a message the bot sent belongs to (a new task's card, a comment, a status notice): written when
-- the outbox hands the message to Telegram and learns its id.
CREATE TABLE task_messages (
    chat_id     bigint NOT NULL,
    message_id  int    NOT NULL,
    task_id     bigint NOT NULL REFERENCES service_tasks (id),
    PRIMARY KEY (chat_id, message_id)
);
