-- Questions and answers. Public rows are denormalised (author line, counts, state) so a list page reads one row
-- per item; `seq` is an explicit INTEGER PRIMARY KEY so it is stable and can serve as the full-text rowid.

-- Per-community settings an admin manages: the topic list and the medical-information contact.
CREATE TABLE qa_settings (
  community_id TEXT PRIMARY KEY REFERENCES communities(id),
  settings TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE qa_questions (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  community_id TEXT NOT NULL REFERENCES communities(id),
  author_id TEXT NOT NULL,
  author_pseudonym TEXT NOT NULL,
  author_badges TEXT NOT NULL DEFAULT '[]',
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  tags TEXT NOT NULL DEFAULT '[]',
  locale TEXT NOT NULL,
  -- Mirrors the core content status.
  status TEXT NOT NULL CHECK (status IN ('published', 'pending', 'rejected', 'withdrawn', 'removed')),
  -- `medical_information`: no public answers; the asker gets a private reply (see qa_route_log for why).
  route TEXT NOT NULL DEFAULT 'public' CHECK (route IN ('public', 'medical_information')),
  route_source TEXT NOT NULL DEFAULT 'auto' CHECK (route_source IN ('auto', 'expert')),
  route_cues TEXT NOT NULL DEFAULT '[]',
  answer_count INTEGER NOT NULL DEFAULT 0,
  official_count INTEGER NOT NULL DEFAULT 0,
  accepted_answer_id TEXT,
  first_official_at INTEGER,
  private_reply_at INTEGER,
  edited_by TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  state TEXT GENERATED ALWAYS AS (
    CASE
      WHEN route = 'medical_information' THEN 'medical_information'
      WHEN official_count > 0 THEN 'official'
      WHEN answer_count > 0 THEN 'answered'
      ELSE 'unanswered'
    END
  ) VIRTUAL
);
CREATE INDEX qa_questions_list ON qa_questions(community_id, status, created_at);
CREATE INDEX qa_questions_state ON qa_questions(community_id, status, state, created_at);
CREATE INDEX qa_questions_author ON qa_questions(community_id, author_id, created_at);

CREATE TABLE qa_question_tags (
  question_id TEXT NOT NULL,
  community_id TEXT NOT NULL,
  tag TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (question_id, tag)
);
CREATE INDEX qa_question_tags_list ON qa_question_tags(community_id, tag, created_at);

CREATE TABLE qa_answers (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  community_id TEXT NOT NULL REFERENCES communities(id),
  question_id TEXT NOT NULL,
  -- `expert` answers are never public until a reviewer approves a version (then `official_*` holds it).
  kind TEXT NOT NULL CHECK (kind IN ('peer', 'expert')),
  author_id TEXT NOT NULL,
  author_pseudonym TEXT NOT NULL,
  author_badges TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL CHECK (status IN ('published', 'pending', 'rejected', 'withdrawn', 'removed')),
  -- Latest text after the content pipeline: the public text of a peer answer, the working draft of an expert's.
  body TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  article_ids TEXT NOT NULL DEFAULT '[]',
  review_state TEXT CHECK (review_state IN ('draft', 'in_review', 'changes_requested', 'approved', 'retired')),
  submitted_at INTEGER,
  official_body TEXT,
  official_version INTEGER,
  official_article_ids TEXT,
  approved_by TEXT,
  approved_at INTEGER,
  helpful_count INTEGER NOT NULL DEFAULT 0,
  edited_by TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX qa_answers_question ON qa_answers(question_id, created_at);
CREATE INDEX qa_answers_review ON qa_answers(community_id, review_state, updated_at);

-- Every approved version of an expert answer, as approved: the regulatory record of what was published.
CREATE TABLE qa_approvals (
  answer_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  community_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  body TEXT NOT NULL,
  article_ids TEXT NOT NULL DEFAULT '[]',
  approved_by TEXT NOT NULL,
  approved_at INTEGER NOT NULL,
  PRIMARY KEY (answer_id, version)
);

CREATE TABLE qa_votes (
  answer_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  community_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (answer_id, member_id)
);
CREATE INDEX qa_votes_member ON qa_votes(member_id, answer_id);

-- Why a question is (or is no longer) routed to medical information, automatically or by an expert.
CREATE TABLE qa_route_log (
  id TEXT PRIMARY KEY,
  question_id TEXT NOT NULL,
  community_id TEXT NOT NULL,
  route TEXT NOT NULL CHECK (route IN ('public', 'medical_information')),
  source TEXT NOT NULL CHECK (source IN ('auto', 'expert')),
  actor_id TEXT NOT NULL,
  cues TEXT NOT NULL DEFAULT '[]',
  note TEXT,
  at INTEGER NOT NULL
);
CREATE INDEX qa_route_log_question ON qa_route_log(question_id, at);

-- Private replies of medical information to the asker: never public, readable by the asker and staff.
CREATE TABLE qa_private_replies (
  id TEXT PRIMARY KEY,
  question_id TEXT NOT NULL,
  community_id TEXT NOT NULL,
  author_id TEXT NOT NULL,
  author_pseudonym TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX qa_private_replies_question ON qa_private_replies(question_id, created_at);

-- Full-text index of published questions with their official answers (one document per question; rowid is
-- qa_questions.seq). `scope` holds the community id so the MATCH itself is tenant-scoped.
CREATE VIRTUAL TABLE qa_search USING fts5(
  title,
  body,
  answers,
  scope,
  locale UNINDEXED,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
