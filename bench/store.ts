/**
 * Store figures (issue #12): what the store adds per request, on SQLite and on PostgreSQL.
 *
 *   session check — `sessions.touch` (one atomic UPDATE … RETURNING), what every customer page costs;
 *   lookup limit  — `rateLimits.attempt` over the global, kiosk and address keys (one transaction under the
 *                   rate lock) plus `record`, what every identification costs;
 *   audit append  — one hash-chained row (transaction under the audit lock).
 * Median and p99 of sequential calls, then session checks/s and lookups/s with 50 concurrent callers, and the
 * process RSS with the store loaded. Targets: session check + rate limit ≤ 1 ms median on SQLite, ≤ 3 ms on
 * local PostgreSQL.
 *
 * PostgreSQL: TEST_DATABASE_URL, or a throwaway private cluster (test/store/pg-cluster.ts).
 * Run: node --import tsx bench/store.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lookupChecks, type LookupPolicy } from '@/lib/session/rate-limit';
import { openDb, type StoreTarget } from '@/lib/store/db';
import { migrate } from '@/lib/store/migrate';
import { hashDocumento } from '@/lib/store/open';
import { createSqlStore } from '@/lib/store/sql-store';
import { startTestPostgres } from '../test/store/pg-cluster';
import { percentile } from './lib';

const N = Number(process.env.BENCH_SEQUENTIAL ?? 2000);
const LOAD_MS = Number(process.env.BENCH_LOAD_SECONDS ?? 4) * 1000;
const KEY = 'b'.repeat(40);
const policy: LookupPolicy = {
  perKiosk: { maxPerMinute: 1e9, maxFailures: 1e9, blockSeconds: 30 },
  global: { maxPerMinute: 1e9, maxFailures: 1e9, blockSeconds: 30 },
  mint: { maxPerMinute: 1e9, blockSeconds: 60 },
};
const limits = { idleMs: 3_600_000, maxMs: 3_600_000 };

async function timeEach(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

async function throughput(fn: (i: number) => Promise<unknown>): Promise<number> {
  let done = 0;
  const end = performance.now() + LOAD_MS;
  await Promise.all(
    Array.from({ length: 50 }, async (_, w) => {
      while (performance.now() < end) await fn(w * 1_000_000 + done++);
    }),
  );
  return done / (LOAD_MS / 1000);
}

const fmt = (xs: number[]) =>
  `median ${percentile(xs, 50).toFixed(3)} ms, p99 ${percentile(xs, 99).toFixed(3)} ms`;

async function run(label: string, target: StoreTarget): Promise<void> {
  const db = openDb(target);
  await migrate(db);
  const store = createSqlStore(db, {
    auditKey: KEY,
    hashDocumento: (d) => hashDocumento(KEY, d),
    auditRetentionDays: 180,
    idempotencyRetentionDays: 30,
    sessionLimits: limits,
  });
  const sids = Array.from({ length: 50 }, (_, i) => `sid-${i}`);
  for (const sid of sids) await store.sessions.open({ sid, documentoHash: 'h', kioskId: 'k' });
  // Warm-up.
  for (let i = 0; i < 200; i++) await store.sessions.touch(sids[0] ?? '', limits);

  const touch = await timeEach(N, (i) => store.sessions.touch(sids[i % 50] ?? '', limits));
  const lookup = await timeEach(N, async (i) => {
    const checks = lookupChecks({ kioskId: `k${i % 20}`, trustedAddress: `10.0.0.${i % 20}` }, policy);
    await store.rateLimits.attempt(checks, Date.now());
    await store.rateLimits.record(checks, 'found', Date.now());
  });
  const audit = await timeEach(Math.min(N, 1000), () =>
    store.audit.append({
      actor: { kind: 'kiosk', kioskId: 'k1' },
      documento: '52998224725',
      action: 'bench',
      result: 'ok',
    }),
  );
  const touchPerSec = await throughput((i) => store.sessions.touch(sids[i % 50] ?? '', limits));
  const lookupsPerSec = await throughput(async (i) => {
    const checks = lookupChecks({ kioskId: `k${i % 20}`, trustedAddress: null }, policy);
    await store.rateLimits.attempt(checks, Date.now());
    await store.rateLimits.record(checks, 'found', Date.now());
  });
  console.log(`\n${label}`);
  console.log(`  session check (touch):           ${fmt(touch)}`);
  console.log(`  lookup limit (attempt + record): ${fmt(lookup)}`);
  console.log(`  audit append:                    ${fmt(audit)}`);
  console.log(
    `  50 concurrent: ${touchPerSec.toFixed(0)} session checks/s, ${lookupsPerSec.toFixed(0)} lookup limits/s`,
  );
  console.log(`  RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
  await db.kysely.destroy();
}

const rssBefore = process.memoryUsage().rss;
console.log(
  `Node ${process.version}, ${N} sequential calls each, ${LOAD_MS / 1000} s of load; RSS before ${(rssBefore / 1048576).toFixed(0)} MB`,
);
const dir = mkdtempSync(join(tmpdir(), 'totem-bench-'));
try {
  await run('SQLite (arquivo, WAL)', { engine: 'sqlite', file: join(dir, 'bench.db') });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const pgServer = await startTestPostgres();
try {
  await run(
    `PostgreSQL (${process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : 'cluster local descartável'})`,
    {
      engine: 'postgres',
      url: pgServer.url,
      poolMax: 10,
    },
  );
} finally {
  await pgServer.stop();
}
