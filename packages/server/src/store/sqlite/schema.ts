import type Database from 'better-sqlite3';

/** Bump when the schema changes; cached seeded databases with another version are rebuilt. */
export const SCHEMA_VERSION = 1;

export const CONVERSATION_COLUMNS = [
  'n', 'seed', 'channel', 'direction', 'language', 'intent', 'flags', 'start_ms', 'planned_end_ms', 'ai_agent', 'script_agents',
  'consult_agent', 'supervisor', 'customer_name', 'customer_phone', 'customer_email', 'user_id', 'session_id', 'end_ms', 'status',
  'completion_reason', 'smart_status', 'sentiment', 'support_agent', 'agents', 'consulting_agents', 'joined_users', 'queues', 'skills',
  'mode', 'csat_score', 'csat_feedback', 'custom_tags', 'campaign_id', 'session_tags', 'user_tags', 'snooze_count', 'snooze_seconds',
  'notes', 'has_recording', 'has_transcript', 'has_latency', 'disp_code', 'disp_notes', 'disp_updated_ms', 'disp_updated_by',
  'disp_version', 'rec_state', 'rec_enabled', 'rec_since_ms', 'rec_attempts', 'rec_failed_at_ms',
] as const;

export function createSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS conversations (
      n INTEGER PRIMARY KEY,
      seed INTEGER NOT NULL,
      channel TEXT NOT NULL,
      direction TEXT NOT NULL,
      language TEXT NOT NULL,
      intent TEXT NOT NULL,
      flags INTEGER NOT NULL,
      start_ms INTEGER NOT NULL,
      planned_end_ms INTEGER NOT NULL,
      ai_agent TEXT,
      script_agents TEXT NOT NULL,
      consult_agent TEXT,
      supervisor INTEGER NOT NULL,
      customer_name TEXT NOT NULL,
      customer_phone TEXT NOT NULL,
      customer_email TEXT NOT NULL,
      user_id TEXT NOT NULL,
      session_id TEXT NOT NULL,
      end_ms INTEGER,
      status TEXT NOT NULL,
      completion_reason TEXT,
      smart_status TEXT NOT NULL,
      sentiment TEXT,
      support_agent TEXT,
      agents TEXT NOT NULL,            -- ",id1,id2," so membership is a LIKE
      consulting_agents TEXT NOT NULL,
      joined_users TEXT NOT NULL,      -- JSON
      queues TEXT NOT NULL,            -- ",q1,q2,"
      skills TEXT NOT NULL,            -- ",s1,s2,"
      mode TEXT NOT NULL,
      csat_score INTEGER,
      csat_feedback TEXT,
      custom_tags TEXT NOT NULL,       -- JSON [{name,value}]
      campaign_id TEXT,
      session_tags TEXT NOT NULL,
      user_tags TEXT NOT NULL,
      snooze_count INTEGER NOT NULL,
      snooze_seconds INTEGER NOT NULL,
      notes TEXT NOT NULL,             -- JSON
      has_recording INTEGER NOT NULL,
      has_transcript INTEGER NOT NULL,
      has_latency INTEGER NOT NULL,
      disp_code TEXT,
      disp_notes TEXT,
      disp_updated_ms INTEGER,
      disp_updated_by TEXT,
      disp_version INTEGER NOT NULL,
      rec_state TEXT,
      rec_enabled INTEGER NOT NULL,
      rec_since_ms INTEGER,
      rec_attempts INTEGER NOT NULL,
      rec_failed_at_ms INTEGER
    );
    CREATE TABLE IF NOT EXISTS events (
      id INTEGER PRIMARY KEY,
      n INTEGER NOT NULL,
      type TEXT NOT NULL,
      at_ms INTEGER NOT NULL,
      actor TEXT,
      details TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS events_by_conversation ON events (n, at_ms);
    CREATE TABLE IF NOT EXISTS disposition_audit (
      id INTEGER PRIMARY KEY,
      n INTEGER NOT NULL,
      at_ms INTEGER NOT NULL,
      actor TEXT NOT NULL,
      from_code TEXT,
      from_notes TEXT,
      to_code TEXT NOT NULL,
      to_notes TEXT,
      version INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS audit_by_conversation ON disposition_audit (n, id);
    CREATE TABLE IF NOT EXISTS saved_filters (
      id TEXT PRIMARY KEY,
      user_id TEXT NOT NULL,
      name TEXT NOT NULL,
      is_default INTEGER NOT NULL,
      query TEXT NOT NULL,
      created_ms INTEGER NOT NULL,
      updated_ms INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS filters_by_user ON saved_filters (user_id, created_ms);
    CREATE TABLE IF NOT EXISTS live_events (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      type TEXT NOT NULL,
      at_ms INTEGER NOT NULL,
      data TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS idempotency_keys (
      scope TEXT NOT NULL,
      key TEXT NOT NULL,
      request_hash TEXT NOT NULL,
      status INTEGER NOT NULL,
      body TEXT NOT NULL,              -- JSON
      at_ms INTEGER NOT NULL,
      PRIMARY KEY (scope, key)
    );
  `);
}

/** Indexes over conversations, built after a bulk load (faster than maintaining them row by row). */
export function createConversationIndexes(db: Database.Database): void {
  db.exec(`
    CREATE INDEX IF NOT EXISTS conv_by_start ON conversations (start_ms, n);
    CREATE INDEX IF NOT EXISTS conv_by_session ON conversations (session_id);
    CREATE INDEX IF NOT EXISTS conv_by_user ON conversations (user_id);
    CREATE INDEX IF NOT EXISTS conv_in_progress ON conversations (status) WHERE status = 'in_progress';
  `);
}

/** Full-text index: one row per conversation (rowid = n). Contentless: text is regenerated from the script. */
export function createSearchSchema(db: Database.Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS conv_fts USING fts5(
      transcript, agent_notes, disposition_notes,
      content='', contentless_delete=1,
      tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
    );
  `);
}
