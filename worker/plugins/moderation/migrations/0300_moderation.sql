-- Moderation: per-community rules, the screening log behind rate limits and repeat detection, member reports,
-- the queue of items waiting for a moderator, and every moderator decision.

-- The community's rules (word lists, link limit, repeat window, rate limits, report threshold) as JSON.
CREATE TABLE moderation_settings (
  community_id TEXT PRIMARY KEY REFERENCES communities(id),
  rules TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);

-- One row per screened version of consumer text: who, from which (hashed) IP, a hash of the normalised text,
-- and the verdict when moderation screened it. Holds no text. Rate limits count these rows.
CREATE TABLE moderation_activity (
  id TEXT PRIMARY KEY,
  community_id TEXT NOT NULL,
  content_id TEXT NOT NULL,
  author_id TEXT NOT NULL,
  ip_hash TEXT,
  text_hash TEXT NOT NULL,
  text_length INTEGER NOT NULL,
  is_edit INTEGER NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('publish', 'hold', 'reject')),
  created_at INTEGER NOT NULL
);
CREATE INDEX moderation_activity_author ON moderation_activity(community_id, author_id, created_at);
CREATE INDEX moderation_activity_ip ON moderation_activity(community_id, ip_hash, created_at)
  WHERE ip_hash IS NOT NULL;
CREATE INDEX moderation_activity_text ON moderation_activity(community_id, text_hash, created_at);
CREATE INDEX moderation_activity_created ON moderation_activity(community_id, created_at);

-- Member reports; one per member and item, so reporting twice changes nothing.
CREATE TABLE moderation_reports (
  id TEXT PRIMARY KEY,
  community_id TEXT NOT NULL,
  content_id TEXT NOT NULL,
  reporter_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  note TEXT,
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'upheld', 'dismissed')),
  created_at INTEGER NOT NULL,
  resolved_at INTEGER,
  UNIQUE (content_id, reporter_id)
);
CREATE INDEX moderation_reports_content ON moderation_reports(content_id, state);
CREATE INDEX moderation_reports_created ON moderation_reports(community_id, created_at);

-- The queue: an entry per stay of an item in it. `held` = the item is hidden until decided (a hook or the
-- report threshold held it); 0 = still public but reported. At most one open entry per item. No text is
-- copied here: the list reads the live item, so a redaction or an account deletion is never outlived.
CREATE TABLE moderation_queue (
  id TEXT PRIMARY KEY,
  community_id TEXT NOT NULL,
  content_id TEXT NOT NULL,
  content_type TEXT NOT NULL,
  author_id TEXT NOT NULL,
  held INTEGER NOT NULL CHECK (held IN (0, 1)),
  reasons TEXT NOT NULL DEFAULT '[]',
  state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
  queued_at INTEGER NOT NULL,
  held_at INTEGER,
  closed_at INTEGER,
  outcome TEXT
);
CREATE UNIQUE INDEX moderation_queue_open_item ON moderation_queue(content_id) WHERE state = 'open';
CREATE INDEX moderation_queue_waiting ON moderation_queue(community_id, state, queued_at, id);
CREATE INDEX moderation_queue_held ON moderation_queue(community_id, held_at) WHERE held_at IS NOT NULL;

-- Every moderator decision on an item. (content_id, seq) is the primary key, so two moderators deciding the
-- same item at once cannot both succeed: the second batch fails as a whole.
CREATE TABLE moderation_decisions (
  content_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  community_id TEXT NOT NULL,
  entry_id TEXT,
  moderator_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('approve', 'reject', 'remove', 'edit')),
  reason TEXT,
  note TEXT,
  status_before TEXT NOT NULL,
  status_after TEXT NOT NULL,
  version INTEGER NOT NULL,
  queued_at INTEGER,
  content_created_at INTEGER NOT NULL,
  decided_at INTEGER NOT NULL,
  PRIMARY KEY (content_id, seq)
);
CREATE INDEX moderation_decisions_decided ON moderation_decisions(community_id, decided_at);
