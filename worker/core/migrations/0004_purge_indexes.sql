-- The cron purges idempotency records and dead sessions every five minutes: index the columns it filters on, so
-- each run reads only what it deletes instead of both tables in full.
CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);
CREATE INDEX sessions_expires ON sessions(expires_at);
CREATE INDEX sessions_revoked ON sessions(revoked_at) WHERE revoked_at IS NOT NULL;
