-- Core tables: communities (tenants), members and their private details, consent, sessions, invites, the
-- append-only audit log, the content registry with every version, and idempotency records.

CREATE TABLE communities (
  id TEXT PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  settings TEXT NOT NULL,
  sso_secret TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE members (
  id TEXT PRIMARY KEY,
  community_id TEXT NOT NULL REFERENCES communities(id),
  pseudonym TEXT NOT NULL,
  roles TEXT NOT NULL DEFAULT '[]',
  badges TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked', 'deleted')),
  joined_via TEXT NOT NULL,
  cohort TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX members_pseudonym ON members(community_id, pseudonym COLLATE NOCASE);
CREATE INDEX members_created ON members(community_id, created_at);

-- Restricted store: contact details needed for safety follow-up, never returned by public endpoints.
CREATE TABLE member_private (
  member_id TEXT PRIMARY KEY REFERENCES members(id),
  community_id TEXT NOT NULL,
  email TEXT,
  display_name TEXT,
  sso_subject TEXT
);
CREATE UNIQUE INDEX member_private_sso_subject ON member_private(community_id, sso_subject)
  WHERE sso_subject IS NOT NULL;

CREATE TABLE member_consents (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members(id),
  community_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  version TEXT NOT NULL,
  granted_at INTEGER NOT NULL,
  withdrawn_at INTEGER
);
CREATE INDEX member_consents_member ON member_consents(member_id);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  member_id TEXT NOT NULL REFERENCES members(id),
  community_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE INDEX sessions_member ON sessions(member_id);

CREATE TABLE invites (
  id TEXT PRIMARY KEY,
  community_id TEXT NOT NULL REFERENCES communities(id),
  code_hash TEXT NOT NULL UNIQUE,
  code_hint TEXT NOT NULL,
  cohort TEXT NOT NULL,
  badges TEXT NOT NULL DEFAULT '[]',
  max_uses INTEGER NOT NULL,
  uses INTEGER NOT NULL DEFAULT 0,
  expires_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE INDEX invites_community ON invites(community_id, created_at);
-- Two people racing for the last use of a code: the second batch aborts as a whole.
CREATE TRIGGER invites_max_uses BEFORE UPDATE OF uses ON invites
WHEN NEW.uses > NEW.max_uses
BEGIN SELECT RAISE(ABORT, 'invite_exhausted'); END;

CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  community_id TEXT,
  actor_id TEXT NOT NULL,
  actor_roles TEXT NOT NULL,
  action TEXT NOT NULL,
  target_type TEXT NOT NULL,
  target_id TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  at INTEGER NOT NULL
);
CREATE INDEX audit_log_community ON audit_log(community_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Registry of every piece of consumer text, whatever plugin owns it. Owners keep their public rows in step.
CREATE TABLE content (
  id TEXT PRIMARY KEY,
  community_id TEXT NOT NULL REFERENCES communities(id),
  type TEXT NOT NULL,
  parent_id TEXT,
  author_id TEXT NOT NULL REFERENCES members(id),
  status TEXT NOT NULL CHECK (status IN ('published', 'pending', 'rejected', 'withdrawn', 'removed')),
  -- Why the item has its status, shown to its author (e.g. a moderator's rejection reason code).
  status_reason TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  flags TEXT NOT NULL DEFAULT '[]',
  locale TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX content_status ON content(community_id, status, created_at);
CREATE INDEX content_author ON content(community_id, author_id, created_at);

-- Every version as sent (verbatim, restricted) and as published, with the pipeline's decision.
CREATE TABLE content_versions (
  content_id TEXT NOT NULL REFERENCES content(id),
  version INTEGER NOT NULL,
  community_id TEXT NOT NULL,
  editor_id TEXT NOT NULL,
  editor_kind TEXT NOT NULL CHECK (editor_kind IN ('author', 'moderator', 'system')),
  original TEXT NOT NULL,
  public TEXT NOT NULL,
  data TEXT,
  decision TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (content_id, version)
);

CREATE TABLE idempotency_keys (
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'done')),
  status INTEGER,
  body TEXT,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (scope, key)
);
