-- Generated from worker/plugins/privacy/migrations/0100_privacy_settings.sql by scripts/migrations.mjs. Edit the source, not this file.
-- Privacy redaction settings per community. The verbatim originals themselves stay in core
-- `content_versions.original` (restricted); reads of them are recorded in the core audit log.

CREATE TABLE privacy_settings (
  community_id TEXT PRIMARY KEY REFERENCES communities(id),
  -- Words never redacted as people's names (clinic, programme or brand names), as a JSON array.
  keep_terms TEXT NOT NULL DEFAULT '[]',
  updated_at INTEGER NOT NULL
);
