-- 0023: the reports the firm filed for its clients with the authorities, their status history and documents.
-- Why: a client must see whether each report was accepted, and keep the report and its receipts. The firm's
-- filing system exports them; an import is idempotent by the filing's own id (external_id): a status not seen
-- before adds a history row (and notifies), documents not kept yet are added, nothing else changes.
CREATE TABLE filings (
    id           bigserial   PRIMARY KEY,
    external_id  text        NOT NULL UNIQUE,
    company_id   int         NOT NULL REFERENCES companies (id),
    report       text        NOT NULL,
    period       text        NOT NULL,       -- 2026, 2026-Q3 or 2026-11
    authority    text        NOT NULL CHECK (authority IN ('ФНС', 'СФР', 'Росстат')),
    sent_at      timestamptz NOT NULL,
    status       text        NOT NULL CHECK (status IN ('sent', 'delivered', 'accepted', 'rejected', 'clarification')),
    status_at    timestamptz NOT NULL,
    reason       text        NULL,
    created_at   timestamptz NOT NULL
);

CREATE INDEX filings_company_newest ON filings (company_id, period DESC, sent_at DESC);

CREATE TABLE filing_events (
    id           bigserial   PRIMARY KEY,
    filing_id    bigint      NOT NULL REFERENCES filings (id),
    status       text        NOT NULL CHECK (status IN ('sent', 'delivered', 'accepted', 'rejected', 'clarification')),
    at           timestamptz NOT NULL,
    reason       text        NULL,
    UNIQUE (filing_id, status, at)
);

CREATE TABLE filing_documents (
    id              bigserial PRIMARY KEY,
    filing_id       bigint    NOT NULL REFERENCES filings (id),
    kind            text      NOT NULL CHECK (kind IN ('report', 'receipt', 'input_notice', 'refusal', 'protocol')),
    stored_file_id  bigint    NOT NULL REFERENCES stored_files (id),
    file_name       text      NOT NULL,
    sha256          text      NOT NULL,
    UNIQUE (filing_id, file_name, sha256)
);
