-- Outbound webhooks (safety cases to the safety system, published posts to internal systems): an outbox row
-- per delivery, written in the same batch as what it reports, then sent through a Cloudflare Queue.

CREATE TABLE delivery_endpoints (
  community_id TEXT NOT NULL REFERENCES communities(id),
  name TEXT NOT NULL,
  url TEXT NOT NULL,
  secret TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (community_id, name)
);

CREATE TABLE deliveries (
  id TEXT PRIMARY KEY,
  community_id TEXT NOT NULL REFERENCES communities(id),
  endpoint TEXT NOT NULL,
  topic TEXT NOT NULL,
  payload TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_status INTEGER,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  delivered_at INTEGER
);
CREATE INDEX deliveries_status ON deliveries(community_id, status, created_at);
CREATE INDEX deliveries_pending ON deliveries(status, updated_at);
