import type { RateLimitCounters } from '@/lib/session/rate-limit';

/**
 * What the rest of Totem asks of the store (the state Totem owns). Services depend on these interfaces only;
 * `getStore()` (lib/store/index.ts) returns the configured implementation.
 *
 * Every method is async: the real implementations talk to SQLite or PostgreSQL.
 */

/** Who did something: a registered totem, a staff member at the desk, or the server itself (jobs). */
export type AuditActor =
  | { kind: 'kiosk'; kioskId: string }
  | { kind: 'staff'; userId: string; username: string }
  | { kind: 'system' };

export type AuditResult = 'ok' | 'recusado' | 'erro';

export interface AuditEventInput {
  actor: AuditActor;
  /** The customer's CPF/CNPJ (normalised). Stored only as a keyed hash, never in clear. */
  documento?: string;
  /** Dotted name, e.g. `kiosk.identificar`, `kiosk.desbloqueio`, `desk.cadastro.editar`. */
  action: string;
  result: AuditResult;
  correlationId?: string;
  /** Without personal data: ids, codes, counts. */
  details?: Record<string, string | number | boolean | null>;
}

/** One row of the trail as the supervisor screen sees it (the document only as its keyed hash). */
export interface AuditRecord {
  /** Position in the chain (contiguous; pruned rows leave a checkpoint). */
  seq: number;
  /** Epoch milliseconds. */
  at: number;
  actor: AuditActor;
  documentoHash: string | null;
  action: string;
  result: AuditResult;
  correlationId: string | null;
  details: Record<string, string | number | boolean | null> | null;
}

export interface AuditFilter {
  /** Inclusive lower bound, epoch ms or Date. */
  from?: number | Date;
  /** Exclusive upper bound, epoch ms or Date. */
  to?: number | Date;
  actorKind?: AuditActor['kind'];
  /** Kiosk id or staff user id (with `actorKind`, or alone). */
  actorId?: string;
  /** Staff username. */
  staffUsername?: string;
  /** Exact action, or a prefix when it ends with `.` or `*` (`desk.` / `desk.*` = every desk action). */
  action?: string;
  result?: AuditResult;
  /** A customer's document in clear (hashed here, never stored or logged) … */
  documento?: string;
  /** … or its keyed hash. */
  documentoHash?: string;
  /** Default 50, at most 500. */
  limit?: number;
  offset?: number;
}

export interface AuditPage {
  /** Newest first. */
  rows: AuditRecord[];
  /** Rows matching the filter (for paging). */
  total: number;
}

export type AuditVerifyResult =
  | { ok: true; rows: number; firstSeq: number | null; lastSeq: number | null; checkpointSeq: number | null }
  | { ok: false; rows: number; problem: string; seq: number | null };

/** What services need to record an event. */
export interface AuditLog {
  append(event: AuditEventInput): Promise<void>;
}

/** The whole trail: recording, the supervisor's search, verification and retention. */
export interface AuditTrail extends AuditLog {
  /** Rows matching every given criterion, newest first. */
  query(filter?: AuditFilter): Promise<AuditPage>;
  /** Walks the whole chain: every row's hash, links, contiguity, the head and the prune checkpoint. */
  verify(): Promise<AuditVerifyResult>;
  /**
   * Removes rows older than `before` (epoch ms), leaving a checkpoint so the rest still verifies, and records
   * the prune itself in the trail. Returns how many rows went.
   */
  prune(before: number): Promise<number>;
}

export interface IdempotencyStore {
  /**
   * Runs `fn` at most once per (scope, key): a concurrent or later call with the same pair waits for and
   * returns the first call's result (`replayed: true`). The value must be JSON-serialisable. If `fn` throws,
   * the key is released so the operation can be tried again.
   */
  run<T>(scope: string, key: string, fn: () => Promise<T>): Promise<{ value: T; replayed: boolean }>;
}

export interface LockoutRule {
  maxFailures: number;
  lockSeconds: number;
}

export interface LockoutState {
  locked: boolean;
  failures: number;
  retryAfterSeconds: number;
}

/** A key locked right now (for the supervisor's unlock screens). */
export interface LockedKey {
  key: string;
  failures: number;
  retryAfterSeconds: number;
}

/** Wrong-answer lockouts (ownership proof, staff login): a key is locked after `maxFailures` failures in a row. */
export interface LockoutStore {
  status(key: string, now?: number): Promise<LockoutState>;
  /** The keys starting with `prefix` that are locked at `now`, by key (at most 500). */
  lockedKeys(prefix: string, now?: number): Promise<LockedKey[]>;
  /** Counts one failure (atomically); locks the key when the rule's limit is reached. */
  fail(key: string, rule: LockoutRule, now?: number): Promise<LockoutState>;
  /** A success or a supervisor's unlock clears the key. */
  clear(key: string): Promise<void>;
}

/** A registered totem: a stable id (the kiosk cookie's), a name people use, and when it was last seen. */
export interface KioskRecord {
  id: string;
  /** "Loja Centro — Totem 1"; defaults to "Totem <first 8 of the id>". */
  name: string;
  /** The shop it stands in; '' when not set. */
  storeName: string;
  enabled: boolean;
  createdAt: number;
  lastSeen: number;
}

export interface KioskRegistry {
  /**
   * Registers a kiosk on first sight and refreshes its last-seen time (at most once a minute per kiosk and
   * process, so it costs nothing per request). Returns the record (callers check `enabled`).
   */
  seen(id: string, now?: number): Promise<KioskRecord>;
  get(id: string): Promise<KioskRecord | null>;
  /** Every kiosk, by store then name. */
  list(): Promise<KioskRecord[]>;
  /** Null when the id is unknown. */
  rename(id: string, name: string, storeName?: string): Promise<KioskRecord | null>;
  setEnabled(id: string, enabled: boolean): Promise<KioskRecord | null>;
}

/** Server-side record of a kiosk session: what makes a sealed cookie valid (and revocable on any instance). */
export interface KioskSessionRecord {
  sid: string;
  documentoHash: string;
  kioskId: string;
  createdAt: number;
  lastSeen: number;
}

export interface SessionLimits {
  /** Ms without any request after which the session is dead. */
  idleMs: number;
  /** Absolute lifetime in ms. */
  maxMs: number;
}

export interface KioskSessionStore {
  open(session: { sid: string; documentoHash: string; kioskId: string }, now?: number): Promise<void>;
  /** The live record, refreshed (one atomic statement); null when unknown, revoked or expired. */
  touch(sid: string, limits: SessionLimits, now?: number): Promise<KioskSessionRecord | null>;
  close(sid: string): Promise<void>;
}

export interface StoreHealth {
  engine: 'sqlite' | 'postgres';
  ok: boolean;
  /** pt-BR, without URLs or credentials. */
  detail?: string;
}

export interface Store {
  audit: AuditTrail;
  /** Lookup rate limits (semantics in lib/session/rate-limit.ts), shared by every instance. */
  rateLimits: RateLimitCounters;
  idempotency: IdempotencyStore;
  lockouts: LockoutStore;
  kiosks: KioskRegistry;
  sessions: KioskSessionStore;
  /** The keyed hash under which a document appears in the audit trail and session records. */
  hashDocumento(documento: string): string;
  /** Whether the database answers (for /api/health); never throws. */
  health(): Promise<StoreHealth>;
  /** Housekeeping: expired sessions, old idempotency keys, stale counters, audit rows past retention. */
  housekeeping(now?: number): Promise<HousekeepingReport>;
}

export interface HousekeepingReport {
  sessions: number;
  idempotencyKeys: number;
  lockouts: number;
  counters: number;
  auditRows: number;
}
