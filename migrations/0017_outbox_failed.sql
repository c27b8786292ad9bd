-- 0017: replies that ended undelivered, found without a scan.
-- Why: a reply Telegram refused for good, or that was given up after hours of outage or set aside after
-- failing on our side, is kept with its error for an operator (housekeeping deletes only delivered rows),
-- and /metrics counts them every few seconds.
CREATE INDEX outbox_messages_failed ON outbox_messages (id) WHERE failed_at IS NOT NULL;
