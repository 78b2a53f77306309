-- Generated from worker/plugins/safety/migrations/0200_safety_cases.sql by scripts/migrations.mjs. Edit the source, not this file.
-- Safety cases opened by the adverse-event / product-complaint screen, their append-only history, and the
-- per-community due-date settings. Core account and post deletion never touch these tables: a case survives
-- the member deleting their account or their post, as the law requires.

CREATE TABLE safety_settings (
  community_id TEXT PRIMARY KEY REFERENCES communities(id),
  serious_days INTEGER NOT NULL,
  non_serious_days INTEGER NOT NULL,
  complaint_days INTEGER NOT NULL,
  -- 1: a possibly serious post is held for review before it appears (the case is opened either way).
  hold_serious INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE safety_cases (
  id TEXT PRIMARY KEY,
  community_id TEXT NOT NULL REFERENCES communities(id),
  -- Sequential per community, for people ("case 12"); assigned inside the INSERT so it cannot collide.
  number INTEGER NOT NULL,
  content_id TEXT NOT NULL,
  content_type TEXT NOT NULL,
  content_version INTEGER NOT NULL,
  author_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('adverse_event', 'product_complaint', 'both')),
  status TEXT NOT NULL CHECK (status IN ('new', 'not_an_ae', 'ae_incomplete', 'reportable', 'reported')),
  serious INTEGER NOT NULL,
  locale TEXT NOT NULL,
  -- The verbatim text as the author sent it (JSON fields), kept here because the author may erase it.
  verbatim TEXT NOT NULL,
  -- What the screen found (JSON): events, complaints, seriousness, patient, cues, ignored matches.
  detection TEXT NOT NULL,
  -- The four minimum elements, each present or missing with its evidence (JSON).
  elements TEXT NOT NULL,
  -- Restricted copy of the reporter's contact details, taken when the case opened (JSON).
  reporter TEXT NOT NULL,
  posted_at INTEGER NOT NULL,
  -- The clock start: when the company first received the text (its storage time).
  received_at INTEGER NOT NULL,
  due_at INTEGER NOT NULL,
  triaged_at INTEGER,
  closed_at INTEGER,
  regulator TEXT,
  reference TEXT,
  reported_at INTEGER,
  -- Number of history entries; a status change names the version it saw (optimistic concurrency).
  version INTEGER NOT NULL DEFAULT 1,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX safety_cases_number ON safety_cases(community_id, number);
CREATE UNIQUE INDEX safety_cases_content ON safety_cases(community_id, content_id);
CREATE INDEX safety_cases_due ON safety_cases(community_id, due_at, id);
CREATE INDEX safety_cases_received ON safety_cases(community_id, received_at, id);
CREATE TRIGGER safety_cases_no_delete BEFORE DELETE ON safety_cases
BEGIN SELECT RAISE(ABORT, 'safety cases are retained'); END;

CREATE TABLE safety_case_history (
  case_id TEXT NOT NULL REFERENCES safety_cases(id),
  seq INTEGER NOT NULL,
  community_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('opened', 'status', 'note', 'follow_up')),
  from_status TEXT,
  to_status TEXT,
  note TEXT,
  data TEXT,
  actor_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (case_id, seq)
);
CREATE TRIGGER safety_case_history_no_update BEFORE UPDATE ON safety_case_history
BEGIN SELECT RAISE(ABORT, 'safety_case_history is append-only'); END;
CREATE TRIGGER safety_case_history_no_delete BEFORE DELETE ON safety_case_history
BEGIN SELECT RAISE(ABORT, 'safety_case_history is append-only'); END;
