import type {
  AuditEventInput,
  AuditLog,
  IdempotencyStore,
  LockoutRule,
  LockoutState,
  LockoutStore,
} from './types';

export interface MemoryAuditRow extends Omit<AuditEventInput, 'documento'> {
  at: number;
  documentoHash: string | null;
}

export interface MemoryStore {
  audit: AuditLog;
  idempotency: IdempotencyStore;
  lockouts: LockoutStore;
  /** What was appended, for assertions. */
  auditRows: MemoryAuditRow[];
}

/**
 * In-process audit, idempotency and lockouts for unit tests of services (no database). The app uses the
 * SQLite/PostgreSQL store (lib/store/sql-store.ts); the store contract suite runs both engines, not this.
 */
export function createMemoryStore(options: { hashDocumento: (doc: string) => string }): MemoryStore {
  const auditRows: MemoryAuditRow[] = [];
  const done = new Map<string, unknown>();
  const running = new Map<string, Promise<unknown>>();
  const locks = new Map<string, { failures: number; lockedUntil: number }>();

  const state = (key: string, now: number): LockoutState => {
    const l = locks.get(key);
    if (!l) return { locked: false, failures: 0, retryAfterSeconds: 0 };
    const locked = l.lockedUntil > now;
    return {
      locked,
      failures: l.failures,
      retryAfterSeconds: locked ? Math.ceil((l.lockedUntil - now) / 1000) : 0,
    };
  };

  return {
    auditRows,
    audit: {
      async append(event) {
        const { documento, ...rest } = event;
        auditRows.push({
          ...rest,
          at: Date.now(),
          documentoHash: documento ? options.hashDocumento(documento) : null,
        });
      },
    },
    idempotency: {
      async run<T>(scope: string, key: string, fn: () => Promise<T>) {
        const id = `${scope}\u0000${key}`;
        if (done.has(id)) return { value: done.get(id) as T, replayed: true };
        const inFlight = running.get(id);
        if (inFlight) return { value: (await inFlight) as T, replayed: true };
        const p = fn();
        running.set(id, p);
        try {
          const value = await p;
          done.set(id, JSON.parse(JSON.stringify(value ?? null)));
          return { value, replayed: false };
        } finally {
          running.delete(id);
        }
      },
    },
    lockouts: {
      async status(key, now = Date.now()) {
        return state(key, now);
      },
      async lockedKeys(prefix: string, now = Date.now()) {
        return [...locks.keys()]
          .filter((key) => key.startsWith(prefix) && state(key, now).locked)
          .sort()
          .slice(0, 500)
          .map((key) => {
            const { failures, retryAfterSeconds } = state(key, now);
            return { key, failures, retryAfterSeconds };
          });
      },
      async fail(key: string, rule: LockoutRule, now = Date.now()) {
        const l = locks.get(key) ?? { failures: 0, lockedUntil: 0 };
        if (l.lockedUntil <= now && l.lockedUntil !== 0) {
          l.failures = 0;
          l.lockedUntil = 0;
        }
        l.failures += 1;
        if (l.failures >= rule.maxFailures) l.lockedUntil = now + rule.lockSeconds * 1000;
        locks.set(key, l);
        return state(key, now);
      },
      async clear(key) {
        locks.delete(key);
      },
    },
  };
}
