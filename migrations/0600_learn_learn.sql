-- Generated from worker/plugins/learn/migrations/0600_learn.sql by scripts/migrations.mjs. Edit the source, not this file.
-- Learn: HCO-authored articles and updates. Authors write Markdown; every version keeps the source and the
-- sanitized tree for each locale; a reviewer who did not write a version approves it, and only then is it copied
-- into learn_published (one row per locale, what the public reads) and the full-text index.

CREATE TABLE learn_articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  community_id TEXT NOT NULL REFERENCES communities(id),
  kind TEXT NOT NULL CHECK (kind IN ('guide', 'update')),
  topic TEXT,
  position INTEGER NOT NULL DEFAULT 100,
  -- The review state of the latest version; the public keeps seeing `published_version` meanwhile.
  review_state TEXT NOT NULL CHECK (review_state IN ('draft', 'in_review', 'changes_requested', 'approved')),
  version INTEGER NOT NULL,
  published_version INTEGER,
  archived_at INTEGER,
  author_id TEXT NOT NULL,
  helpful_yes INTEGER NOT NULL DEFAULT 0,
  helpful_no INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX learn_articles_community ON learn_articles(community_id, updated_at);

CREATE TABLE learn_versions (
  article_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  community_id TEXT NOT NULL,
  -- {"en": {"title", "summary", "markdown", "tree", "removed"}, "es": {...}}
  content TEXT NOT NULL,
  editor_id TEXT NOT NULL,
  editor_pseudonym TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (article_id, version)
);

CREATE TABLE learn_published (
  seq INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL,
  community_id TEXT NOT NULL,
  locale TEXT NOT NULL,
  kind TEXT NOT NULL,
  topic TEXT,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  tree TEXT NOT NULL,
  body_text TEXT NOT NULL,
  version INTEGER NOT NULL,
  published_at INTEGER NOT NULL,
  UNIQUE (community_id, article_id, locale)
);
CREATE INDEX learn_published_list ON learn_published(community_id, position, published_at);

-- "Did this help?": one answer per member and article (they can change it).
CREATE TABLE learn_feedback (
  article_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  community_id TEXT NOT NULL,
  helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
  locale TEXT NOT NULL,
  version INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (article_id, member_id)
);
CREATE INDEX learn_feedback_window ON learn_feedback(community_id, updated_at);

-- Full-text index of published translations; rowid is learn_published.seq, `scope` the community id.
CREATE VIRTUAL TABLE learn_search USING fts5(
  title,
  summary,
  body,
  scope,
  locale UNINDEXED,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
