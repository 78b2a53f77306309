-- The medical-legal-regulatory review timeline of company texts (official answers, Learn articles): who created,
-- edited, submitted, commented, approved, requested changes, retired or archived which version, and when.
CREATE TABLE review_events (
  id TEXT PRIMARY KEY,
  community_id TEXT NOT NULL REFERENCES communities(id),
  subject_type TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  actor_pseudonym TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('created', 'edited', 'submitted', 'comment', 'approved',
    'changes_requested', 'retired', 'archived')),
  comment TEXT,
  at INTEGER NOT NULL
);
CREATE INDEX review_events_subject ON review_events(subject_type, subject_id, at);
CREATE TRIGGER review_events_no_update BEFORE UPDATE ON review_events
BEGIN SELECT RAISE(ABORT, 'review_events is append-only'); END;
CREATE TRIGGER review_events_no_delete BEFORE DELETE ON review_events
BEGIN SELECT RAISE(ABORT, 'review_events is append-only'); END;
