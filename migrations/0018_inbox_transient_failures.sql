-- 0018: an update's transient failures, counted apart from its attempts.
-- Why: an update whose handling meets Telegram's 5xx, a network error or a timeout (a getFile during an
-- outage) will succeed later; it is retried on a back-off capped at minutes without spending the attempts
-- that park an update for an operator. This count sets that back-off.
ALTER TABLE inbox_updates ADD COLUMN transient_failures int NOT NULL DEFAULT 0;
