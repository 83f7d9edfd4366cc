/**
 * The lookup rate limits (lib/session/rate-limit: RateLimitCounters) in the store, shared by every instance.
 * `attempt` checks and counts all its keys in one transaction under the store's rate lock (every lookup has
 * the global key, so lookups serialise there anyway); `record` changes each key's streak in one atomic upsert.
 * Same semantics as MemoryRateLimitCounters: an exact sliding 60 s window, a refused attempt counts nowhere.
 */
import { sql } from 'kysely';
import type { LimitDecision, LookupOutcome, RateCheck, RateLimitCounters } from '@/lib/session/rate-limit';
import { withWriteLock } from './db';
import type { Db } from './schema';

const WINDOW_MS = 60_000;

export function createSqlRateCounters(db: Db): RateLimitCounters {
  const k = db.kysely;
  return {
    async status(checks: readonly RateCheck[], now: number): Promise<LimitDecision> {
      return checks.length === 0 ? { allowed: true } : waitNow(k, checks, now);
    },

    async attempt(checks: readonly RateCheck[], now: number): Promise<LimitDecision> {
      if (checks.length === 0) return { allowed: true };
      const keys = [...new Set(checks.map((c) => c.key))];
      return withWriteLock(db, 'rate', async (trx) => {
        const decision = await waitNow(trx, checks, now);
        if (!decision.allowed) return decision;
        await trx
          .insertInto('rate_events')
          .values(keys.map((key) => ({ key, at: now })))
          .execute();
        // Old rows never change a decision (only the newest maxPerMinute count); clear them now and then.
        if (Math.random() < 0.02) {
          await trx
            .deleteFrom('rate_events')
            .where('at', '<=', now - WINDOW_MS)
            .execute();
        }
        return { allowed: true };
      });
    },

    async record(checks: readonly RateCheck[], outcome: LookupOutcome, now: number): Promise<LimitDecision> {
      if (outcome === 'found') {
        // One statement for every key; a key with no streak is not written at all.
        await k
          .updateTable('rate_counters')
          .set({ failures: 0, updated_at: now })
          .where(
            'key',
            'in',
            checks.map((c) => c.key),
          )
          .where('failures', '<>', 0)
          .execute();
        return { allowed: true };
      }
      const blockedBy: string[] = [];
      let wait = 0;
      for (const { key, rule } of checks) {
        if (rule.maxFailures === undefined) continue;
        const max = rule.maxFailures;
        const until = now + rule.blockSeconds * 1000;
        // Streak + 1; reaching the limit blocks the key and starts the streak again. One statement.
        const next = sql`(rate_counters.failures + 1)`;
        const row = await k
          .insertInto('rate_counters')
          .values({
            key,
            tat: 0,
            failures: max <= 1 ? 0 : 1,
            blocked_until: max <= 1 ? until : 0,
            updated_at: now,
          })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet({
              failures: sql<number>`case when ${next} >= ${max} then 0 else ${next} end`,
              blocked_until: sql<number>`case when ${next} >= ${max} then ${until} else rate_counters.blocked_until end`,
              updated_at: now,
            }),
          )
          .returning(['failures', 'blocked_until'])
          .executeTakeFirstOrThrow();
        if (row.blocked_until === until && row.failures === 0) {
          blockedBy.push(key);
          wait = Math.max(wait, rule.blockSeconds);
        }
      }
      return blockedBy.length > 0
        ? { allowed: false, retryAfterSeconds: wait, blockedBy }
        : { allowed: true };
    },

    async activeKeys(now: number): Promise<string[]> {
      const { rows } = await sql<{ key: string }>`
        select key from rate_counters where blocked_until > ${now}
        union
        select distinct key from rate_events where at > ${now - WINDOW_MS}
        order by key limit 1000`.execute(k);
      return rows.map((r) => r.key);
    },

    async clear(keys: readonly string[]): Promise<void> {
      if (keys.length === 0) return;
      const list = [...new Set(keys)];
      // Under the rate lock, like `attempt`: an attempt counted during the unlock is not half-forgotten.
      await withWriteLock(db, 'rate', async (trx) => {
        await trx.deleteFrom('rate_events').where('key', 'in', list).execute();
        await trx.deleteFrom('rate_counters').where('key', 'in', list).execute();
      });
    },
  };
}

/**
 * Whether every check passes now, counting nothing. One round trip for every key: its block, and the
 * maxPerMinute-th newest counted attempt (the window is full while that one is less than 60 s old). Scalar
 * subqueries: the same SQL on both engines.
 */
async function waitNow(
  executor: Parameters<ReturnType<typeof sql>['execute']>[0],
  checks: readonly RateCheck[],
  now: number,
): Promise<LimitDecision> {
  const parts = checks.map(
    ({ key, rule }) =>
      sql`select ${key} as key,
        (select blocked_until from rate_counters where key = ${key}) as blocked_until,
        (select at from rate_events where key = ${key} order by at desc limit 1 offset ${rule.maxPerMinute - 1}) as nth`,
  );
  const { rows } = await sql<{
    key: string;
    blocked_until: number | null;
    nth: number | null;
  }>`${sql.join(parts, sql` union all `)}`.execute(executor);
  let wait = 0;
  const blockedBy: string[] = [];
  for (const r of rows) {
    const keyWait = Math.max(
      0,
      Number(r.blocked_until ?? 0) - now,
      r.nth === null ? 0 : Number(r.nth) + WINDOW_MS - now,
    );
    if (keyWait > 0 && !blockedBy.includes(r.key)) {
      blockedBy.push(r.key);
      wait = Math.max(wait, keyWait);
    }
  }
  return wait > 0
    ? { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000), blockedBy }
    : { allowed: true };
}
