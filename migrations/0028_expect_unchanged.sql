-- 0028: a statement can refuse its transaction when what it was handled on no longer holds.
-- Why: an update whose sender the instance remembers is handled before anything is read, and stored, checked and
-- written in one transaction and one round trip; the check travels ahead of the writes and, should the sender's
-- identity, their conversation, their chat's outbox or the update's place in the inbox have changed meanwhile,
-- raises SQLSTATE BC001, which rolls it all back (the update then is stored and handled the usual way).
CREATE FUNCTION expect_unchanged(holds boolean) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF holds IS NOT TRUE THEN
        RAISE EXCEPTION 'what the update was handled on has changed' USING ERRCODE = 'BC001';
    END IF;
END
$$;
