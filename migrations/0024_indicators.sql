-- 0024: companies' monthly financial indicators, the right to see them, and which month's numbers were sent.
-- Why: the firm sends each client the month's key numbers from its accounting system's export. One row per company
-- and month (a re-import replaces the numbers); a month's message goes out once per company; employees see the
-- numbers only with the per-company right `finance` (on by default, like the other rights).
ALTER TABLE memberships ADD COLUMN can_see_finance boolean NOT NULL DEFAULT true;

CREATE TABLE indicators (
    company_id    int            NOT NULL REFERENCES companies (id),
    month         date           NOT NULL CHECK (extract(day FROM month) = 1),
    revenue       numeric(18, 2) NOT NULL,
    net_profit    numeric(18, 2) NOT NULL,
    receivables   numeric(18, 2) NOT NULL,
    payables      numeric(18, 2) NOT NULL,
    stock         numeric(18, 2) NOT NULL,
    cash          numeric(18, 2) NOT NULL,
    loaded_at     timestamptz    NOT NULL,
    PRIMARY KEY (company_id, month)
);

CREATE TABLE indicator_notices (
    company_id  int         NOT NULL REFERENCES companies (id),
    month       date        NOT NULL,
    sent_at     timestamptz NOT NULL,
    PRIMARY KEY (company_id, month)
);
