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

export interface AuditLog {
  append(event: AuditEventInput): Promise<void>;
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

/** Wrong-answer lockouts (ownership proof, staff login): a key is locked after `maxFailures` failures in a row. */
export interface LockoutStore {
  status(key: string, now?: number): Promise<LockoutState>;
  /** Counts one failure (atomically); locks the key when the rule's limit is reached. */
  fail(key: string, rule: LockoutRule, now?: number): Promise<LockoutState>;
  /** A success or a supervisor's unlock clears the key. */
  clear(key: string): Promise<void>;
}

export interface Store {
  audit: AuditLog;
  idempotency: IdempotencyStore;
  lockouts: LockoutStore;
}
