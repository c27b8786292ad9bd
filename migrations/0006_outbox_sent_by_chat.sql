-- 0006: find what was sent to a chat lately.
-- Why: Telegram's limit of about one message a second per chat is for the bot, not per instance. Senders
-- only lease a chat's next message while the chat's recent sends are within its budget, counted here, so
-- several instances together keep to it.
CREATE INDEX outbox_messages_sent_chat ON outbox_messages (chat_id, sent_at) WHERE sent_at IS NOT NULL;
