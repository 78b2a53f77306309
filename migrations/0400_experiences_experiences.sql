-- Generated from worker/plugins/experiences/migrations/0400_experiences.sql by scripts/migrations.mjs. Edit the source, not this file.
-- Structured experience reports: versioned feedback forms, the public rows of reports (denormalised so a feed
-- page reads one row per item), "helpful" marks, and the aggregate tallies kept in step with them.

-- Every saved version of a community's form. Version 1 is the built-in default for the product kind; it is
-- stored the first time an admin saves a form, so reports written against it stay readable afterwards.
CREATE TABLE experiences_forms (
  community_id TEXT NOT NULL REFERENCES communities(id),
  version INTEGER NOT NULL,
  definition TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (community_id, version)
) WITHOUT ROWID;

CREATE TABLE experiences_reports (
  id TEXT PRIMARY KEY,
  community_id TEXT NOT NULL REFERENCES communities(id),
  author_id TEXT NOT NULL,
  -- The author line frozen when posted (pseudonym + disclosure badge codes), replaced on account deletion.
  author_pseudonym TEXT NOT NULL,
  author_badges TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL CHECK (status IN ('published', 'pending', 'rejected', 'withdrawn', 'removed')),
  form_version INTEGER NOT NULL,
  locale TEXT NOT NULL,
  -- Structured answers (no free text), keyed by field id.
  answers TEXT NOT NULL,
  -- Public free text after the content pipeline (redacted where needed), keyed `answers.<fieldId>[.other]`.
  texts TEXT NOT NULL,
  -- The aggregate cells ([field, key] pairs) this report counts in while it is published.
  cells TEXT NOT NULL,
  -- Answers of the form's role fields, for filters and listening metrics.
  rating INTEGER,
  recommend INTEGER,
  side_effects INTEGER,
  duration_bucket TEXT,
  still_using INTEGER,
  helpful_count INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  edited_by TEXT CHECK (edited_by IN ('author', 'moderator')),
  edited_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
-- Feed orders: partial indexes over published rows only, so a page is a range scan of at most limit+1 rows.
CREATE INDEX experiences_reports_newest ON experiences_reports(community_id, created_at, id)
  WHERE status = 'published';
CREATE INDEX experiences_reports_helpful ON experiences_reports(community_id, helpful_count, created_at, id)
  WHERE status = 'published';
CREATE INDEX experiences_reports_rating ON experiences_reports(community_id, rating, created_at, id)
  WHERE status = 'published';
CREATE INDEX experiences_reports_duration ON experiences_reports(community_id, duration_bucket, created_at, id)
  WHERE status = 'published';
CREATE INDEX experiences_reports_rating_duration
  ON experiences_reports(community_id, rating, duration_bucket, created_at, id) WHERE status = 'published';
CREATE INDEX experiences_reports_rating_helpful
  ON experiences_reports(community_id, rating, helpful_count, created_at, id) WHERE status = 'published';
-- A member's own reports (any status), and the metric windows (any status).
CREATE INDEX experiences_reports_author ON experiences_reports(community_id, author_id, created_at);
CREATE INDEX experiences_reports_created ON experiences_reports(community_id, created_at);

-- One "helpful" mark per member and report.
CREATE TABLE experiences_helpful (
  report_id TEXT NOT NULL REFERENCES experiences_reports(id),
  member_id TEXT NOT NULL,
  community_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (report_id, member_id)
) WITHOUT ROWID;
-- "Did I mark these?" for a feed page: a range of the member's own marks, not one probe per report.
CREATE INDEX experiences_helpful_member ON experiences_helpful(member_id, report_id);

-- Aggregate counts over published reports, one row per cell (e.g. overall/4, side_effects/urgency:mild),
-- changed in the same batch as the report's status or answers, so the product-page summary reads a few
-- dozen rows whatever the number of reports.
CREATE TABLE experiences_tallies (
  community_id TEXT NOT NULL,
  field_id TEXT NOT NULL,
  key TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (community_id, field_id, key)
) WITHOUT ROWID;
