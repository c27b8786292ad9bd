-- 0005: which instances are sending.
-- Why: Telegram's 30 messages/s is for the bot, not per instance. Each sending instance checks in here
-- every few seconds and takes an equal share of the global rate, so two instances together still stay
-- under the limit. A crashed instance stops checking in and its share returns to the others.
CREATE TABLE delivery_instances (
    instance_id  text        PRIMARY KEY,
    seen_at      timestamptz NOT NULL
);
