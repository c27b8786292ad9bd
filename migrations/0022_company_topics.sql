-- 0022: each company's topic in the staff forum group (Chat:StaffGroupId), when one is configured.
-- Why: client messages land in their company's topic and staff answer there, so the bot must know which topic
-- is whose both ways, and create a company's topic once however many instances deliver and however often they
-- restart. A topic is created under a per-company advisory lock and recorded before the lock is released.
CREATE TABLE company_topics (
    group_chat_id  bigint      NOT NULL,
    company_id     int         NOT NULL REFERENCES companies (id),
    thread_id      int         NOT NULL,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (group_chat_id, company_id),
    UNIQUE (group_chat_id, thread_id)
);
