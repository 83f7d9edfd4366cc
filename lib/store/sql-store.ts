/**
 * The store over SQLite or PostgreSQL (one implementation, Kysely). Every counter changes in one atomic
 * statement (INSERT … ON CONFLICT DO UPDATE … RETURNING), never read-modify-write, so concurrent requests on
 * any number of instances lose nothing; audit appends are serialised by the store's write lock so the hash
 * chain stays linear across instances.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { checkpointMac, GENESIS, headMac, rowHash, sameMac, type AuditHead } from './audit-chain';
import { withWriteLock } from './db';
import { createSqlRateCounters } from './rate-counters';
import type { AuditLogTable, Database, Db, KiosksTable } from './schema';
import type {
  AuditActor,
  AuditEventInput,
  AuditFilter,
  AuditRecord,
  AuditVerifyResult,
  HousekeepingReport,
  KioskRecord,
  LockoutRule,
  LockoutState,
  SessionLimits,
  Store,
} from './types';

export interface SqlStoreOptions {
  /** Keys the audit chain and the document hashes. Not stored in the database. */
  auditKey: string;
  hashDocumento: (documento: string) => string;
  /** Audit rows older than this are pruned by housekeeping; 0 keeps them forever. */
  auditRetentionDays: number;
  /** Idempotency keys are remembered this long (a repeat after that runs again). */
  idempotencyRetentionDays: number;
  /** Kiosk session limits, for housekeeping of dead sessions. */
  sessionLimits: SessionLimits;
  /** How long a call waits for the same key running elsewhere before giving up. Default 30 s. */
  idempotencyWaitMs?: number;
}

/** A call with the same idempotency key is still running (elsewhere) after the wait: try again later. */
export class IdempotencyPendingError extends Error {
  constructor(
    readonly scope: string,
    readonly key: string,
  ) {
    super(`operação ${scope} ainda em andamento`);
    this.name = 'IdempotencyPendingError';
  }
}

const HEAD_KEY = 'audit_head';
const KIOSK_SEEN_REFRESH_MS = 30_000;
const DAY_MS = 86_400_000;

export function createSqlStore(db: Db, options: SqlStoreOptions): Store & { db: Db; instanceId: string } {
  const k = db.kysely;
  const instanceId = randomUUID();
  const inFlight = new Map<string, Promise<unknown>>();
  const kioskSeen = new Map<string, { record: KioskRecord; refreshedAt: number }>();
  const waitMs = options.idempotencyWaitMs ?? 30_000;

  // ——— audit ———

  async function readHead(trx: Kysely<Database>): Promise<AuditHead> {
    const row = await trx
      .selectFrom('store_meta')
      .select('value')
      .where('key', '=', HEAD_KEY)
      .executeTakeFirst();
    if (!row) return { seq: 0, hash: GENESIS };
    const head = JSON.parse(row.value) as AuditHead & { mac: string };
    return { seq: head.seq, hash: head.hash };
  }

  async function writeHead(trx: Kysely<Database>, head: AuditHead): Promise<void> {
    const value = JSON.stringify({ ...head, mac: headMac(options.auditKey, head) });
    await trx
      .insertInto('store_meta')
      .values({ key: HEAD_KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }

  async function appendIn(trx: Kysely<Database>, event: AuditEventInput, at: number): Promise<void> {
    const head = await readHead(trx);
    const { actor_kind, actor_id, actor_name } = actorColumns(event.actor);
    const row: Omit<AuditLogTable, 'hash'> = {
      seq: head.seq + 1,
      at,
      actor_kind,
      actor_id,
      actor_name,
      documento_hash: event.documento ? options.hashDocumento(event.documento) : null,
      action: event.action,
      result: event.result,
      correlation_id: event.correlationId ?? null,
      details: event.details && Object.keys(event.details).length > 0 ? JSON.stringify(event.details) : null,
      prev_hash: head.hash,
    };
    const hash = rowHash(options.auditKey, row);
    await trx
      .insertInto('audit_log')
      .values({ ...row, hash })
      .execute();
    await writeHead(trx, { seq: row.seq, hash });
  }

  async function verify(): Promise<AuditVerifyResult> {
    const key = options.auditKey;
    const checkpoint = await k
      .selectFrom('audit_checkpoints')
      .selectAll()
      .orderBy('through_seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    let expectSeq = 1;
    let expectPrev = GENESIS;
    if (checkpoint) {
      if (!sameMac(checkpoint.mac, checkpointMac(key, checkpoint))) {
        return { ok: false, rows: 0, problem: 'o ponto de corte da limpeza foi alterado', seq: null };
      }
      expectSeq = checkpoint.through_seq + 1;
      expectPrev = checkpoint.last_hash;
    }
    const headRow = await k
      .selectFrom('store_meta')
      .select('value')
      .where('key', '=', HEAD_KEY)
      .executeTakeFirst();
    let head: (AuditHead & { mac: string }) | null = null;
    if (headRow) {
      head = JSON.parse(headRow.value) as AuditHead & { mac: string };
      if (!sameMac(head.mac, headMac(key, head))) {
        return { ok: false, rows: 0, problem: 'o registro do fim da trilha foi alterado', seq: null };
      }
    }
    let rows = 0;
    let firstSeq: number | null = null;
    let lastSeq: number | null = null;
    let lastHash = expectPrev;
    let cursor: number | null = null;
    for (;;) {
      let q = k.selectFrom('audit_log').selectAll().orderBy('seq', 'asc').limit(1000);
      if (cursor !== null) q = q.where('seq', '>', cursor);
      const batch = await q.execute();
      if (batch.length === 0) break;
      for (const r of batch) {
        if (r.seq !== expectSeq) {
          const problem =
            r.seq > expectSeq
              ? `faltam registros: esperado ${expectSeq}, encontrado ${r.seq}`
              : `registro ${r.seq} anterior ao ponto de corte da limpeza (${expectSeq - 1})`;
          return { ok: false, rows, problem, seq: r.seq };
        }
        if (r.prev_hash !== expectPrev) {
          return { ok: false, rows, problem: 'elo com o registro anterior não confere', seq: r.seq };
        }
        const { hash, ...rest } = r;
        if (!sameMac(hash, rowHash(key, rest))) {
          return { ok: false, rows, problem: 'conteúdo do registro foi alterado', seq: r.seq };
        }
        rows += 1;
        firstSeq ??= r.seq;
        lastSeq = r.seq;
        lastHash = hash;
        expectSeq = r.seq + 1;
        expectPrev = hash;
        cursor = r.seq;
      }
      if (batch.length < 1000) break;
    }
    const endSeq = lastSeq ?? (checkpoint ? checkpoint.through_seq : 0);
    const headSeq = head?.seq ?? 0;
    if (headSeq !== endSeq || (head !== null && head.hash !== lastHash)) {
      return {
        ok: false,
        rows,
        problem: `a trilha termina em ${endSeq}, mas o último registro gravado foi ${headSeq}`,
        seq: endSeq,
      };
    }
    return { ok: true, rows, firstSeq, lastSeq, checkpointSeq: checkpoint?.through_seq ?? null };
  }

  async function prune(before: number): Promise<number> {
    return withWriteLock(db, 'audit', async (trx) => {
      const last = await trx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .where('at', '<', before)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!last) return 0;
      const counted = await trx
        .selectFrom('audit_log')
        .select(sql<number>`count(*)`.as('n'))
        .where('seq', '<=', last.seq)
        .executeTakeFirstOrThrow();
      const pruned = Number(counted.n);
      const now = Date.now();
      const cp = { through_seq: last.seq, last_hash: last.hash, at: now, pruned };
      await trx
        .insertInto('audit_checkpoints')
        .values({ ...cp, mac: checkpointMac(options.auditKey, cp) })
        .execute();
      await trx.deleteFrom('audit_checkpoints').where('through_seq', '<', last.seq).execute();
      await trx.deleteFrom('audit_log').where('seq', '<=', last.seq).execute();
      await appendIn(
        trx,
        {
          actor: { kind: 'system' },
          action: 'audit.limpeza',
          result: 'ok',
          details: { ate_seq: last.seq, removidos: pruned, anteriores_a: new Date(before).toISOString() },
        },
        now,
      );
      return pruned;
    });
  }

  // ——— idempotency ———

  async function runOnce<T>(
    scope: string,
    key: string,
    fn: () => Promise<T>,
  ): Promise<{ value: T; replayed: boolean }> {
    const id = `${scope}\u0000${key}`;
    const local = inFlight.get(id);
    if (local) {
      await local.catch(() => {});
      return runOnce(scope, key, fn);
    }
    const deadline = Date.now() + waitMs;
    let pause = 20;
    for (;;) {
      const claimed = await k
        .insertInto('idempotency_keys')
        .values({
          scope,
          key,
          state: 'running',
          result: null,
          owner: instanceId,
          created_at: Date.now(),
          completed_at: null,
        })
        .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
        .executeTakeFirst();
      if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 1) {
        const p = fn();
        inFlight.set(id, p);
        try {
          const value = await p;
          await k
            .updateTable('idempotency_keys')
            .set({ state: 'done', result: JSON.stringify(value ?? null), completed_at: Date.now() })
            .where('scope', '=', scope)
            .where('key', '=', key)
            .where('owner', '=', instanceId)
            .execute();
          return { value, replayed: false };
        } catch (error) {
          await k
            .deleteFrom('idempotency_keys')
            .where('scope', '=', scope)
            .where('key', '=', key)
            .where('owner', '=', instanceId)
            .where('state', '=', 'running')
            .execute();
          throw error;
        } finally {
          inFlight.delete(id);
        }
      }
      const row = await k
        .selectFrom('idempotency_keys')
        .select(['state', 'result'])
        .where('scope', '=', scope)
        .where('key', '=', key)
        .executeTakeFirst();
      if (row?.state === 'done') return { value: JSON.parse(row.result ?? 'null') as T, replayed: true };
      if (!row) continue; // the first call failed and released the key: claim it now
      if (Date.now() >= deadline) throw new IdempotencyPendingError(scope, key);
      await new Promise((r) => setTimeout(r, pause));
      pause = Math.min(pause * 2, 250);
    }
  }

  // ——— lockouts ———

  const lockState = (
    row: { failures: number; locked_until: number } | undefined,
    now: number,
  ): LockoutState => {
    if (!row) return { locked: false, failures: 0, retryAfterSeconds: 0 };
    const locked = row.locked_until > now;
    return {
      locked,
      failures: row.failures,
      retryAfterSeconds: locked ? Math.ceil((row.locked_until - now) / 1000) : 0,
    };
  };

  // ——— kiosks ———

  const toKiosk = (r: KiosksTable): KioskRecord => ({
    id: r.id,
    name: r.name,
    storeName: r.store_name,
    enabled: Number(r.enabled) === 1,
    createdAt: r.created_at,
    lastSeen: r.last_seen,
  });

  const remember = (record: KioskRecord | null, now: number): KioskRecord | null => {
    if (record) kioskSeen.set(record.id, { record, refreshedAt: now });
    return record;
  };

  return {
    db,
    instanceId,
    hashDocumento: options.hashDocumento,

    audit: {
      async append(event) {
        const at = Date.now();
        await withWriteLock(db, 'audit', (trx) => appendIn(trx, event, at));
      },
      async query(filter: AuditFilter = {}) {
        let q = k.selectFrom('audit_log');
        const ms = (v: number | Date) => (typeof v === 'number' ? v : v.getTime());
        if (filter.from !== undefined) q = q.where('at', '>=', ms(filter.from));
        if (filter.to !== undefined) q = q.where('at', '<', ms(filter.to));
        if (filter.actorKind) q = q.where('actor_kind', '=', filter.actorKind);
        if (filter.actorId) q = q.where('actor_id', '=', filter.actorId);
        if (filter.staffUsername)
          q = q.where('actor_kind', '=', 'staff').where('actor_name', '=', filter.staffUsername);
        if (filter.action) {
          const prefix = filter.action.endsWith('*') ? filter.action.slice(0, -1) : filter.action;
          if (prefix.endsWith('.')) {
            q = q.where('action', '>=', prefix).where('action', '<', prefix.slice(0, -1) + '/');
          } else {
            q = q.where('action', '=', prefix);
          }
        }
        if (filter.result) q = q.where('result', '=', filter.result);
        const docHash = filter.documento ? options.hashDocumento(filter.documento) : filter.documentoHash;
        if (docHash) q = q.where('documento_hash', '=', docHash);
        const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 50), 1), 500);
        const offset = Math.max(Math.trunc(filter.offset ?? 0), 0);
        const [rows, count] = await Promise.all([
          q.selectAll().orderBy('seq', 'desc').limit(limit).offset(offset).execute(),
          q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
        ]);
        return { rows: rows.map(toAuditRecord), total: Number(count.n) };
      },
      verify,
      prune,
    },

    idempotency: { run: runOnce },

    rateLimits: createSqlRateCounters(db),

    lockouts: {
      async status(key, now = Date.now()) {
        const row = await k
          .selectFrom('lockouts')
          .select(['failures', 'locked_until'])
          .where('key', '=', key)
          .executeTakeFirst();
        return lockState(row, now);
      },
      async lockedKeys(prefix: string, now = Date.now()) {
        // substr, not LIKE or a range: no wildcard to escape, and no collation deciding what sorts after ':'.
        const rows = await k
          .selectFrom('lockouts')
          .select(['key', 'failures', 'locked_until'])
          .where(sql<string>`substr(key, 1, ${prefix.length})`, '=', prefix)
          .where('locked_until', '>', now)
          .orderBy('key')
          .limit(500)
          .execute();
        return rows.map((r) => ({
          key: r.key,
          failures: r.failures,
          retryAfterSeconds: lockState(r, now).retryAfterSeconds,
        }));
      },
      async fail(key: string, rule: LockoutRule, now = Date.now()) {
        const lockedUntil = now + rule.lockSeconds * 1000;
        // An expired lock starts a new streak; reaching the limit (re)locks. All in one statement.
        const expired = sql`(lockouts.locked_until <> 0 and lockouts.locked_until <= ${now})`;
        const next = sql`(case when ${expired} then 1 else lockouts.failures + 1 end)`;
        const row = await k
          .insertInto('lockouts')
          .values({
            key,
            failures: 1,
            locked_until: rule.maxFailures <= 1 ? lockedUntil : 0,
            updated_at: now,
          })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet({
              failures: sql<number>`${next}`,
              locked_until: sql<number>`case when ${next} >= ${rule.maxFailures} then ${lockedUntil} when ${expired} then 0 else lockouts.locked_until end`,
              updated_at: now,
            }),
          )
          .returning(['failures', 'locked_until'])
          .executeTakeFirstOrThrow();
        return lockState(row, now);
      },
      async clear(key) {
        await k.deleteFrom('lockouts').where('key', '=', key).execute();
      },
    },

    kiosks: {
      async seen(id, now = Date.now()) {
        const cached = kioskSeen.get(id);
        if (cached && now - cached.refreshedAt < KIOSK_SEEN_REFRESH_MS) return cached.record;
        const row = await k
          .insertInto('kiosks')
          .values({
            id,
            name: `Totem ${id.slice(0, 8)}`,
            store_name: '',
            enabled: 1,
            created_at: now,
            last_seen: now,
          })
          .onConflict((oc) => oc.column('id').doUpdateSet({ last_seen: now }))
          .returningAll()
          .executeTakeFirstOrThrow();
        if (kioskSeen.size > 10_000) kioskSeen.clear();
        return remember(toKiosk(row), now) as KioskRecord;
      },
      async get(id) {
        const row = await k.selectFrom('kiosks').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? toKiosk(row) : null;
      },
      async list() {
        const rows = await k.selectFrom('kiosks').selectAll().orderBy('store_name').orderBy('name').execute();
        return rows.map(toKiosk);
      },
      async rename(id, name, storeName) {
        const row = await k
          .updateTable('kiosks')
          .set(storeName === undefined ? { name } : { name, store_name: storeName })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        return remember(row ? toKiosk(row) : null, Date.now());
      },
      async setEnabled(id, enabled) {
        const row = await k
          .updateTable('kiosks')
          .set({ enabled: enabled ? 1 : 0 })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        return remember(row ? toKiosk(row) : null, Date.now());
      },
    },

    sessions: {
      async open(s, now = Date.now()) {
        await k
          .insertInto('kiosk_sessions')
          .values({
            sid: s.sid,
            documento_hash: s.documentoHash,
            kiosk_id: s.kioskId,
            created_at: now,
            last_seen: now,
          })
          .execute();
      },
      async touch(sid, limits, now = Date.now()) {
        const row = await k
          .updateTable('kiosk_sessions')
          .set({ last_seen: sql<number>`case when last_seen < ${now} then ${now} else last_seen end` })
          .where('sid', '=', sid)
          .where('last_seen', '>=', now - limits.idleMs)
          .where('created_at', '>=', now - limits.maxMs)
          .returningAll()
          .executeTakeFirst();
        if (!row) return null;
        return {
          sid: row.sid,
          documentoHash: row.documento_hash,
          kioskId: row.kiosk_id,
          createdAt: row.created_at,
          lastSeen: row.last_seen,
        };
      },
      async close(sid) {
        await k.deleteFrom('kiosk_sessions').where('sid', '=', sid).execute();
      },
    },

    async health() {
      try {
        await withTimeout(sql`select 1`.execute(k), 2000);
        return { engine: db.engine, ok: true };
      } catch {
        return { engine: db.engine, ok: false, detail: 'banco de dados indisponível' };
      }
    },

    async housekeeping(now = Date.now()): Promise<HousekeepingReport> {
      const { idleMs, maxMs } = options.sessionLimits;
      const sessions = await k
        .deleteFrom('kiosk_sessions')
        .where((eb) => eb.or([eb('last_seen', '<', now - idleMs), eb('created_at', '<', now - maxMs)]))
        .executeTakeFirst();
      const idem = await k
        .deleteFrom('idempotency_keys')
        .where('created_at', '<', now - options.idempotencyRetentionDays * DAY_MS)
        .executeTakeFirst();
      const locks = await k
        .deleteFrom('lockouts')
        .where('locked_until', '<', now)
        .where('updated_at', '<', now - DAY_MS)
        .executeTakeFirst();
      const counters = await k
        .deleteFrom('rate_counters')
        .where('blocked_until', '<', now)
        .where('tat', '<', now)
        .where('updated_at', '<', now - DAY_MS)
        .executeTakeFirst();
      const auditRows =
        options.auditRetentionDays > 0 ? await prune(now - options.auditRetentionDays * DAY_MS) : 0;
      return {
        sessions: Number(sessions.numDeletedRows),
        idempotencyKeys: Number(idem.numDeletedRows),
        lockouts: Number(locks.numDeletedRows),
        counters: Number(counters.numDeletedRows),
        auditRows,
      };
    },
  };
}

function actorColumns(actor: AuditActor): Pick<AuditLogTable, 'actor_kind' | 'actor_id' | 'actor_name'> {
  switch (actor.kind) {
    case 'kiosk':
      return { actor_kind: 'kiosk', actor_id: actor.kioskId, actor_name: '' };
    case 'staff':
      return { actor_kind: 'staff', actor_id: actor.userId, actor_name: actor.username };
    case 'system':
      return { actor_kind: 'system', actor_id: '', actor_name: '' };
  }
}

function toAuditRecord(r: AuditLogTable): AuditRecord {
  const actor: AuditActor =
    r.actor_kind === 'kiosk'
      ? { kind: 'kiosk', kioskId: r.actor_id }
      : r.actor_kind === 'staff'
        ? { kind: 'staff', userId: r.actor_id, username: r.actor_name }
        : { kind: 'system' };
  return {
    seq: r.seq,
    at: r.at,
    actor,
    documentoHash: r.documento_hash,
    action: r.action,
    result: r.result,
    correlationId: r.correlation_id,
    details: r.details ? (JSON.parse(r.details) as AuditRecord['details']) : null,
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
