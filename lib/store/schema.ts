/**
 * The tables of the store, as Kysely sees them. One interface per table; times are epoch milliseconds in a
 * BIGINT column (portable between SQLite and PostgreSQL, and cheap to compare), flags are 0/1 integers, JSON is
 * text. A migration that adds a table adds its interface here (see lib/store/migrations/README.md).
 */
import type { Kysely } from 'kysely';

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: number;
}

export interface StoreMetaTable {
  key: string;
  value: string;
}

export interface AuditLogTable {
  /** Position in the chain: contiguous from 1 (pruned rows leave a checkpoint, see audit_checkpoints). */
  seq: number;
  at: number;
  actor_kind: 'kiosk' | 'staff' | 'system';
  /** Kiosk id, staff user id, or '' for the system. */
  actor_id: string;
  /** Staff username (for the supervisor's filter); '' otherwise. */
  actor_name: string;
  documento_hash: string | null;
  action: string;
  result: 'ok' | 'recusado' | 'erro';
  correlation_id: string | null;
  /** JSON object without personal data, or null. */
  details: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditCheckpointsTable {
  /** The last pruned seq: the first kept row has seq = through_seq + 1 and prev_hash = last_hash. */
  through_seq: number;
  last_hash: string;
  at: number;
  pruned: number;
  /** MAC over (through_seq, last_hash, at, pruned) with the audit key. */
  mac: string;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  state: 'running' | 'done';
  /** JSON of the first call's result once done. */
  result: string | null;
  owner: string;
  created_at: number;
  completed_at: number | null;
}

export interface LockoutsTable {
  key: string;
  failures: number;
  /** 0 when not locked. */
  locked_until: number;
  updated_at: number;
}

export interface KiosksTable {
  id: string;
  name: string;
  /** The shop the totem stands in ("Loja Centro"); '' when not set. */
  store_name: string;
  enabled: number;
  created_at: number;
  last_seen: number;
}

export interface KioskSessionsTable {
  sid: string;
  documento_hash: string;
  kiosk_id: string;
  created_at: number;
  last_seen: number;
}

export interface RateCountersTable {
  key: string;
  /** Unused (always 0): the per-minute window is rate_events. */
  tat: number;
  /** Failed lookups in a row. */
  failures: number;
  /** 0 when not blocked. */
  blocked_until: number;
  updated_at: number;
}

/** Staff desk users (issue #13, migration 0002). */
export interface StaffUsersTable {
  id: string;
  /** Lower case, unique. */
  username: string;
  nome: string;
  role: string;
  /** scrypt hash (lib/staff/password.ts). */
  password_hash: string;
  must_change_password: number;
  disabled: number;
  created_at: number;
  updated_at: number;
}

/** Desk sessions: only the SHA-256 of the cookie's token. */
export interface StaffSessionsTable {
  token_hash: string;
  user_id: string;
  created_at: number;
  last_seen: number;
}

export interface RateEventsTable {
  key: string;
  /** When a counted (allowed) attempt happened; rows older than 60 s are deleted. */
  at: number;
}

export interface Database {
  schema_migrations: SchemaMigrationsTable;
  store_meta: StoreMetaTable;
  audit_log: AuditLogTable;
  audit_checkpoints: AuditCheckpointsTable;
  idempotency_keys: IdempotencyKeysTable;
  lockouts: LockoutsTable;
  kiosks: KiosksTable;
  kiosk_sessions: KioskSessionsTable;
  rate_counters: RateCountersTable;
  staff_users: StaffUsersTable;
  staff_sessions: StaffSessionsTable;
  rate_events: RateEventsTable;
}

export type Engine = 'sqlite' | 'postgres';

/** The query layer handed to lib/ modules: a typed Kysely plus the engine (for the rare engine-specific SQL). */
export interface Db {
  kysely: Kysely<Database>;
  engine: Engine;
}
