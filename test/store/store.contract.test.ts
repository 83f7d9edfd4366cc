/**
 * The store's contract, run against both engines: SQLite in a temp file and a real PostgreSQL (private cluster,
 * see ./pg-cluster.ts). On PostgreSQL "two instances" are two independent pools on one database, as two
 * `next start` processes would hold. SQLite is one process's store: its two "instances" are two store objects
 * (own caches, own in-flight maps) over the process's one connection — two synchronous connections in one
 * process would wait on each other's lock while blocking the event loop that would release it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type StoreTarget } from '@/lib/store/db';
import { checkSchema, migrate, SchemaTooNewError } from '@/lib/store/migrate';
import { MIGRATIONS } from '@/lib/store/migrations';
import type { Db } from '@/lib/store/schema';
import { createSqlStore, IdempotencyPendingError, type SqlStoreOptions } from '@/lib/store/sql-store';
import { hashDocumento } from '@/lib/store/open';
import { headMac, rowHash } from '@/lib/store/audit-chain';
import { startTestPostgres, type TestPostgres } from './pg-cluster';

const KEY = 'k'.repeat(40);
const CPF = '52998224725';
const options: SqlStoreOptions = {
  auditKey: KEY,
  hashDocumento: (d) => hashDocumento(KEY, d),
  auditRetentionDays: 180,
  idempotencyRetentionDays: 30,
  sessionLimits: { idleMs: 60_000, maxMs: 900_000 },
};

interface Engine {
  name: string;
  /** A target for a fresh, empty database. */
  fresh(): Promise<StoreTarget>;
  done(): Promise<void>;
}

const sqliteEngine = (): Engine => {
  const dir = mkdtempSync(join(tmpdir(), 'totem-store-'));
  let n = 0;
  return {
    name: 'sqlite',
    fresh: async () => ({ engine: 'sqlite', file: join(dir, `t${++n}.db`) }),
    done: async () => rmSync(dir, { recursive: true, force: true }),
  };
};

const postgresEngine = (): Engine => {
  let pgServer: TestPostgres | null = null;
  return {
    name: 'postgres',
    async fresh() {
      pgServer ??= await startTestPostgres();
      return { engine: 'postgres', url: await pgServer.newDatabase(), poolMax: 5 };
    },
    done: async () => pgServer?.stop(),
  };
};

describe.each([{ make: sqliteEngine }, { make: postgresEngine }])('store contract', ({ make }) => {
  const engine = make();
  const opened: Db[] = [];

  /** Two "instances" on one fresh, migrated database. */
  async function twoInstances() {
    const target = await engine.fresh();
    const a = openDb(target);
    const b = target.engine === 'sqlite' ? a : openDb(target);
    opened.push(a);
    if (b !== a) opened.push(b);
    await Promise.all([migrate(a), migrate(b)]);
    return { a: createSqlStore(a, options), b: createSqlStore(b, options), dbA: a, dbB: b };
  }

  beforeAll(async () => {
    await engine.fresh();
  }, 60_000);

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((d) => d.kysely.destroy()));
  });

  afterAll(async () => {
    await engine.done();
  }, 60_000);

  describe(`${engine.name}`, () => {
    it('migrates once even when two instances start together, and refuses a newer schema', async () => {
      const { dbA, dbB } = await twoInstances();
      const rows = await dbA.kysely.selectFrom('schema_migrations').selectAll().execute();
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      expect((await migrate(dbB)).applied).toEqual([]);

      await dbA.kysely
        .insertInto('schema_migrations')
        .values({ version: MIGRATIONS.length + 1, name: 'do_futuro', applied_at: Date.now() })
        .execute();
      await expect(checkSchema(dbB)).rejects.toBeInstanceOf(SchemaTooNewError);
      const latest = MIGRATIONS.length;
      await expect(migrate(dbB)).rejects.toThrow(
        new RegExp(`versão ${latest + 1} do esquema, mais nova que a deste código \\(${latest}\\)`),
      );
    });

    it('idempotency: 50 concurrent calls on two instances run the operation once', async () => {
      const { a, b } = await twoInstances();
      let runs = 0;
      const op = async () => {
        runs += 1;
        await new Promise((r) => setTimeout(r, 30));
        return { protocolo: 'P-1', quando: 42 };
      };
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).idempotency.run('erp.desbloqueio', 'c1:f9', op)),
      );
      expect(runs).toBe(1);
      expect(results.filter((r) => !r.replayed)).toHaveLength(1);
      for (const r of results) expect(r.value).toEqual({ protocolo: 'P-1', quando: 42 });
      // Later, on the other instance: still the first result.
      const again = await b.idempotency.run('erp.desbloqueio', 'c1:f9', op);
      expect(again).toEqual({ value: { protocolo: 'P-1', quando: 42 }, replayed: true });
      expect(runs).toBe(1);
      // Another key or scope runs.
      await a.idempotency.run('erp.desbloqueio', 'c1:f10', op);
      await a.idempotency.run('erp.chamado', 'c1:f9', op);
      expect(runs).toBe(3);
    });

    it('idempotency: a failed call releases the key; a call still running elsewhere makes others wait', async () => {
      const { a, b } = await twoInstances();
      await expect(
        a.idempotency.run('s', 'k', async () => {
          throw new Error('ERP fora');
        }),
      ).rejects.toThrow('ERP fora');
      expect(await b.idempotency.run('s', 'k', async () => 7)).toEqual({ value: 7, replayed: false });

      const impatient = createSqlStore(b.db, { ...options, idempotencyWaitMs: 100 });
      let release: () => void = () => {};
      const slow = a.idempotency.run('s', 'lento', () => new Promise<number>((r) => (release = () => r(1))));
      await new Promise((r) => setTimeout(r, 50));
      await expect(impatient.idempotency.run('s', 'lento', async () => 2)).rejects.toBeInstanceOf(
        IdempotencyPendingError,
      );
      release();
      expect(await slow).toEqual({ value: 1, replayed: false });
      expect(await impatient.idempotency.run('s', 'lento', async () => 2)).toEqual({
        value: 1,
        replayed: true,
      });
    });

    it('lockouts: 50 concurrent failures on two instances are all counted; the lock and its expiry', async () => {
      const { a, b } = await twoInstances();
      const wide = { maxFailures: 1000, lockSeconds: 60 };
      await Promise.all(
        Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).lockouts.fail('staff:ana', wide, 1000)),
      );
      expect(await a.lockouts.status('staff:ana', 1000)).toEqual({
        locked: false,
        failures: 50,
        retryAfterSeconds: 0,
      });

      const rule = { maxFailures: 3, lockSeconds: 30 };
      expect((await a.lockouts.fail('prova:1', rule, 0)).locked).toBe(false);
      expect((await b.lockouts.fail('prova:1', rule, 1)).failures).toBe(2);
      expect(await a.lockouts.fail('prova:1', rule, 2)).toEqual({
        locked: true,
        failures: 3,
        retryAfterSeconds: 30,
      });
      expect(await b.lockouts.status('prova:1', 10_002)).toEqual({
        locked: true,
        failures: 3,
        retryAfterSeconds: 20,
      });
      // After the lock expires, the next failure starts a new streak.
      expect(await a.lockouts.fail('prova:1', rule, 40_000)).toEqual({
        locked: false,
        failures: 1,
        retryAfterSeconds: 0,
      });
      await b.lockouts.clear('prova:1');
      expect(await a.lockouts.status('prova:1', 40_001)).toEqual({
        locked: false,
        failures: 0,
        retryAfterSeconds: 0,
      });
    });

    it('lockouts: lockedKeys lists the locked keys under a prefix, with the time left, on every instance', async () => {
      const { a, b } = await twoInstances();
      const rule = { maxFailures: 2, lockSeconds: 60 };
      await a.lockouts.fail('staff-login:usuario:ana', rule, 1000);
      await b.lockouts.fail('staff-login:usuario:ana', rule, 1000); // locked until 61 000
      await a.lockouts.fail('staff-login:usuario:bia', rule, 1000); // one failure: not locked
      await b.lockouts.fail('staff-login:endereco:10.0.0.9', { maxFailures: 1, lockSeconds: 10 }, 5000);
      await a.lockouts.fail('cadastro.prova:h1', { maxFailures: 1, lockSeconds: 600 }, 1000); // other prefix
      // '%' and '_' are not wildcards here.
      await a.lockouts.fail('staff-login%x', { maxFailures: 1, lockSeconds: 600 }, 1000);
      expect(await b.lockouts.lockedKeys('staff-login:', 10_000)).toEqual([
        { key: 'staff-login:endereco:10.0.0.9', failures: 1, retryAfterSeconds: 5 },
        { key: 'staff-login:usuario:ana', failures: 2, retryAfterSeconds: 51 },
      ]);
      expect(await a.lockouts.lockedKeys('staff-login:usuario:', 10_000)).toEqual([
        { key: 'staff-login:usuario:ana', failures: 2, retryAfterSeconds: 51 },
      ]);
      // Expired locks are not listed; a cleared one is gone on the other instance.
      expect(await a.lockouts.lockedKeys('staff-login:', 15_000)).toEqual([
        { key: 'staff-login:usuario:ana', failures: 2, retryAfterSeconds: 46 },
      ]);
      await a.lockouts.clear('staff-login:usuario:ana');
      expect(await b.lockouts.lockedKeys('staff-login:', 15_000)).toEqual([]);
    });

    it('rate limits: 50 concurrent lookups on two instances — exactly the cap gets through, nothing lost', async () => {
      const { a, b } = await twoInstances();
      const checks = [
        { key: 'lookup:global', rule: { maxPerMinute: 30, maxFailures: 1000, blockSeconds: 30 } },
        { key: 'lookup:kiosk:k1', rule: { maxPerMinute: 1000, maxFailures: 1000, blockSeconds: 30 } },
      ];
      const now = 1_000_000;
      const decisions = await Promise.all(
        Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).rateLimits.attempt(checks, now + i)),
      );
      expect(decisions.filter((d) => d.allowed)).toHaveLength(30);
      expect(decisions.find((d) => !d.allowed)).toMatchObject({ blockedBy: ['lookup:global'] });
      // The per-kiosk key counted only the 30 allowed ones: with a cap of 31 it lets exactly one more in.
      const kioskOnly = [{ key: 'lookup:kiosk:k1', rule: { maxPerMinute: 31, blockSeconds: 30 } }];
      expect((await a.rateLimits.attempt(kioskOnly, now + 100)).allowed).toBe(true);
      expect((await b.rateLimits.attempt(kioskOnly, now + 101)).allowed).toBe(false);

      // 50 concurrent failures with a streak limit of 50: exactly one of them blocks the key.
      const streak = [
        { key: 'lookup:kiosk:k2', rule: { maxPerMinute: 1000, maxFailures: 50, blockSeconds: 30 } },
      ];
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).rateLimits.record(streak, 'failure', now)),
      );
      expect(outcomes.filter((d) => !d.allowed)).toHaveLength(1);
      expect(await a.rateLimits.attempt(streak, now + 1000)).toEqual({
        allowed: false,
        retryAfterSeconds: 29,
        blockedBy: ['lookup:kiosk:k2'],
      });
    });

    it('rate limits: the same rules as the in-memory counters (streak, block, sliding minute)', async () => {
      const { a, b } = await twoInstances();
      const rule = { maxFailures: 3, blockSeconds: 30, maxPerMinute: 5 };
      const k = [{ key: 'kiosk:a', rule }];
      for (let i = 0; i < 2; i++) {
        expect((await a.rateLimits.attempt(k, 1000 + i)).allowed).toBe(true);
        expect((await b.rateLimits.record(k, 'failure', 1000 + i)).allowed).toBe(true);
      }
      expect((await a.rateLimits.attempt(k, 1010)).allowed).toBe(true);
      expect(await b.rateLimits.record(k, 'failure', 1010)).toEqual({
        allowed: false,
        retryAfterSeconds: 30,
        blockedBy: ['kiosk:a'],
      });
      expect(await a.rateLimits.attempt(k, 2000)).toEqual({
        allowed: false,
        retryAfterSeconds: 30,
        blockedBy: ['kiosk:a'],
      });
      expect((await a.rateLimits.attempt(k, 1010 + 30_000)).allowed).toBe(true);

      const c = [{ key: 'kiosk:c', rule }];
      await a.rateLimits.record(c, 'failure', 0);
      await a.rateLimits.record(c, 'failure', 1);
      await b.rateLimits.record(c, 'found', 2);
      expect((await a.rateLimits.record(c, 'failure', 3)).allowed).toBe(true);
      expect((await a.rateLimits.record(c, 'failure', 4)).allowed).toBe(true);

      const w = [{ key: 'kiosk:w', rule }];
      for (let i = 0; i < 5; i++)
        expect((await (i % 2 ? a : b).rateLimits.attempt(w, i * 1000)).allowed).toBe(true);
      expect(await a.rateLimits.attempt(w, 5000)).toEqual({
        allowed: false,
        retryAfterSeconds: 55,
        blockedBy: ['kiosk:w'],
      });
      expect((await b.rateLimits.attempt(w, 60_001)).allowed).toBe(true);
    });

    it("rate limits: a supervisor's unlock on one instance frees the key on the other, and only that key", async () => {
      const { a, b } = await twoInstances();
      const rule = { maxFailures: 2, blockSeconds: 600, maxPerMinute: 2 };
      const blocked = [{ key: 'lookup:kiosk:b', rule }];
      const full = [{ key: 'lookup:kiosk:f', rule }];
      const other = [{ key: 'lookup:kiosk:o', rule }];
      for (const k of [blocked, other]) {
        await a.rateLimits.record(k, 'failure', 1000);
        expect((await a.rateLimits.record(k, 'failure', 1001)).allowed).toBe(false);
      }
      for (let i = 0; i < 2; i++) expect((await b.rateLimits.attempt(full, 1000 + i)).allowed).toBe(true);
      expect((await a.rateLimits.attempt(full, 1010)).allowed).toBe(false);
      // Listed while refusing: streak blocks for 600 s, counted attempts for a minute.
      expect(await b.rateLimits.activeKeys(2000)).toEqual([
        'lookup:kiosk:b',
        'lookup:kiosk:f',
        'lookup:kiosk:o',
      ]);
      expect(await b.rateLimits.activeKeys(61_002)).toEqual(['lookup:kiosk:b', 'lookup:kiosk:o']);

      await b.rateLimits.clear(['lookup:kiosk:b', 'lookup:kiosk:f']);
      expect(await a.rateLimits.status(blocked, 2000)).toEqual({ allowed: true });
      expect(await a.rateLimits.status(full, 2000)).toEqual({ allowed: true });
      expect((await a.rateLimits.status(other, 2000)).allowed).toBe(false);
      expect(await a.rateLimits.activeKeys(2000)).toEqual(['lookup:kiosk:o']);
      // The streak starts again from zero: one failure does not re-block.
      expect((await a.rateLimits.record(blocked, 'failure', 2001)).allowed).toBe(true);
    });

    it('sessions: opened on one instance, refreshed and revoked on the other; idle and absolute expiry', async () => {
      const { a, b } = await twoInstances();
      const limits = { idleMs: 1000, maxMs: 2500 };
      await a.sessions.open({ sid: 's1', documentoHash: 'h', kioskId: 'k1' }, 0);
      expect((await b.sessions.touch('s1', limits, 900))?.kioskId).toBe('k1');
      expect(await a.sessions.touch('s1', limits, 1800)).not.toBeNull();
      expect(await a.sessions.touch('s1', limits, 2600)).toBeNull(); // absolute lifetime
      await a.sessions.open({ sid: 's2', documentoHash: 'h', kioskId: 'k1' }, 0);
      expect(await b.sessions.touch('s2', limits, 1001)).toBeNull(); // idle
      await a.sessions.open({ sid: 's3', documentoHash: 'h', kioskId: 'k1' }, 0);
      await b.sessions.close('s3');
      expect(await a.sessions.touch('s3', limits, 1)).toBeNull();
      expect(await a.sessions.touch('desconhecida', limits, 1)).toBeNull();
    });

    it('kiosk registry: registered on first sight, renamed, disabled, listed', async () => {
      const { a, b } = await twoInstances();
      const k = await a.kiosks.seen('0f3c2a9e-aaaa-bbbb-cccc-000000000001', 1000);
      expect(k).toMatchObject({
        name: 'Totem 0f3c2a9e',
        storeName: '',
        enabled: true,
        createdAt: 1000,
        lastSeen: 1000,
      });
      await b.kiosks.seen('0f3c2a9e-aaaa-bbbb-cccc-000000000001', 5000);
      expect((await a.kiosks.get(k.id))?.lastSeen).toBe(5000);
      expect(await b.kiosks.rename(k.id, 'Totem 1', 'Loja Centro')).toMatchObject({
        name: 'Totem 1',
        storeName: 'Loja Centro',
      });
      expect((await b.kiosks.setEnabled(k.id, false))?.enabled).toBe(false);
      await a.kiosks.seen('zz-outro', 6000);
      expect((await a.kiosks.list()).map((x) => [x.storeName, x.name, x.enabled])).toEqual([
        ['', 'Totem zz-outro', true],
        ['Loja Centro', 'Totem 1', false],
      ]);
      expect(await a.kiosks.rename('nao-existe', 'x')).toBeNull();
    });

    it('audit: 50 concurrent appends from two instances form one verifiable chain; the document never in clear', async () => {
      const { a, b, dbA } = await twoInstances();
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          (i % 2 ? a : b).audit.append({
            actor: { kind: 'kiosk', kioskId: `k${i % 3}` },
            documento: CPF,
            action: 'kiosk.identificar',
            result: i % 5 === 0 ? 'recusado' : 'ok',
            correlationId: `c${i}`,
            details: { n: i },
          }),
        ),
      );
      expect(await b.audit.verify()).toEqual({
        ok: true,
        rows: 50,
        firstSeq: 1,
        lastSeq: 50,
        checkpointSeq: null,
      });
      const raw = await dbA.kysely.selectFrom('audit_log').selectAll().execute();
      expect(JSON.stringify(raw)).not.toContain(CPF);
      expect(new Set(raw.map((r) => r.seq)).size).toBe(50);
    });

    it('audit: query by actor, staff user, action prefix, result, document and dates, newest first, paged', async () => {
      const { a } = await twoInstances();
      const t0 = Date.now();
      await a.audit.append({
        actor: { kind: 'kiosk', kioskId: 'k1' },
        documento: CPF,
        action: 'kiosk.identificar',
        result: 'ok',
      });
      await a.audit.append({
        actor: { kind: 'staff', userId: 'u1', username: 'ana' },
        documento: CPF,
        action: 'desk.cadastro.editar',
        result: 'ok',
        details: { campo: 'email' },
      });
      await a.audit.append({
        actor: { kind: 'staff', userId: 'u2', username: 'bia' },
        action: 'desk.login',
        result: 'recusado',
      });
      await a.audit.append({ actor: { kind: 'system' }, action: 'sistema.inicio', result: 'ok' });

      const all = await a.audit.query();
      expect(all.total).toBe(4);
      expect(all.rows.map((r) => r.seq)).toEqual([4, 3, 2, 1]);
      expect(all.rows[2]).toMatchObject({
        actor: { kind: 'staff', userId: 'u1', username: 'ana' },
        documentoHash: options.hashDocumento(CPF),
        details: { campo: 'email' },
      });
      const actions = async (f: Parameters<typeof a.audit.query>[0]) =>
        (await a.audit.query(f)).rows.map((r) => r.action);
      expect(await actions({ actorKind: 'staff' })).toEqual(['desk.login', 'desk.cadastro.editar']);
      expect(await actions({ staffUsername: 'ana' })).toEqual(['desk.cadastro.editar']);
      expect(await actions({ actorKind: 'kiosk', actorId: 'k1' })).toEqual(['kiosk.identificar']);
      expect(await actions({ action: 'desk.*' })).toEqual(['desk.login', 'desk.cadastro.editar']);
      expect(await actions({ action: 'desk.login' })).toEqual(['desk.login']);
      expect(await actions({ result: 'recusado' })).toEqual(['desk.login']);
      expect(await actions({ documento: CPF })).toEqual(['desk.cadastro.editar', 'kiosk.identificar']);
      expect(await actions({ documentoHash: options.hashDocumento(CPF), limit: 1, offset: 1 })).toEqual([
        'kiosk.identificar',
      ]);
      expect((await a.audit.query({ documento: CPF, limit: 1 })).total).toBe(2);
      expect(await actions({ from: t0 - 1000, to: new Date(t0 - 1) })).toEqual([]);
      expect((await a.audit.query({ from: new Date(t0 - 1000) })).total).toBe(4);
    });

    it('audit: an altered, removed or cut-off row is detected', async () => {
      const { a, dbA } = await twoInstances();
      for (let i = 0; i < 5; i++) {
        await a.audit.append({ actor: { kind: 'system' }, action: `t.${i}`, result: 'ok', details: { i } });
      }
      expect((await a.audit.verify()).ok).toBe(true);
      const k = dbA.kysely;

      await k.updateTable('audit_log').set({ result: 'erro' }).where('seq', '=', 3).execute();
      expect(await a.audit.verify()).toMatchObject({
        ok: false,
        seq: 3,
        problem: 'conteúdo do registro foi alterado',
      });
      await k.updateTable('audit_log').set({ result: 'ok' }).where('seq', '=', 3).execute();
      expect((await a.audit.verify()).ok).toBe(true);

      const row2 = await k.selectFrom('audit_log').selectAll().where('seq', '=', 2).executeTakeFirstOrThrow();
      await k.deleteFrom('audit_log').where('seq', '=', 2).execute();
      expect(await a.audit.verify()).toMatchObject({ ok: false, seq: 3 });
      await k.insertInto('audit_log').values(row2).execute();
      expect((await a.audit.verify()).ok).toBe(true);

      await k.deleteFrom('audit_log').where('seq', '=', 5).execute();
      expect(await a.audit.verify()).toMatchObject({
        ok: false,
        problem: expect.stringMatching(/termina em 4/),
      });
    });

    it('audit: pruning old rows leaves a checkpoint; the rest still verifies and later appends chain on', async () => {
      const { a, b, dbA } = await twoInstances();
      for (let i = 0; i < 6; i++)
        await a.audit.append({ actor: { kind: 'system' }, action: `t.${i}`, result: 'ok' });
      // Age the first four rows (their hashes cover `at`: re-chain them with the key, as if written back then).
      const k = dbA.kysely;
      const old = Date.now() - 400 * 86_400_000;
      const rows = await k.selectFrom('audit_log').selectAll().orderBy('seq').execute();
      expect(rows).toHaveLength(6);
      await k.deleteFrom('audit_log').execute();
      await k.deleteFrom('store_meta').where('key', '=', 'audit_head').execute();
      let prev = '';
      for (const r of rows) {
        const rest = { ...r, at: r.seq <= 4 ? old + r.seq : r.at, prev_hash: prev };
        const hash = rowHash(KEY, rest);
        await k
          .insertInto('audit_log')
          .values({ ...rest, hash })
          .execute();
        prev = hash;
      }
      const head = { seq: 6, hash: prev };
      await k
        .insertInto('store_meta')
        .values({ key: 'audit_head', value: JSON.stringify({ ...head, mac: headMac(KEY, head) }) })
        .execute();
      expect((await a.audit.verify()).ok).toBe(true);

      const report = await b.housekeeping();
      expect(report.auditRows).toBe(4);
      expect(await a.audit.verify()).toEqual({
        ok: true,
        rows: 3,
        firstSeq: 5,
        lastSeq: 7,
        checkpointSeq: 4,
      });
      const last = (await a.audit.query({ limit: 1 })).rows[0];
      expect(last).toMatchObject({
        action: 'audit.limpeza',
        actor: { kind: 'system' },
        details: { ate_seq: 4, removidos: 4 },
      });
      await b.audit.append({ actor: { kind: 'system' }, action: 'depois', result: 'ok' });
      expect(await a.audit.verify()).toMatchObject({ ok: true, rows: 4, lastSeq: 8 });

      // Deleting the oldest kept row is still detected after a prune.
      await k.deleteFrom('audit_log').where('seq', '=', 5).execute();
      expect(await a.audit.verify()).toMatchObject({ ok: false, seq: 6 });
    });

    it('a restart loses nothing: sessions, lockouts, idempotency keys and the trail are in the database', async () => {
      const target = await engine.fresh();
      const first = openDb(target);
      await migrate(first);
      const s1 = createSqlStore(first, options);
      await s1.sessions.open({ sid: 'antes', documentoHash: 'h', kioskId: 'k' }, Date.now());
      await s1.lockouts.fail('prova:x', { maxFailures: 2, lockSeconds: 600 }, Date.now());
      await s1.idempotency.run('s', 'k', async () => 'feito');
      await s1.audit.append({ actor: { kind: 'system' }, action: 'antes', result: 'ok' });
      await first.kysely.destroy();

      const second = openDb(target);
      opened.push(second);
      expect((await migrate(second)).applied).toEqual([]);
      const s2 = createSqlStore(second, options);
      expect(await s2.sessions.touch('antes', { idleMs: 60_000, maxMs: 900_000 })).not.toBeNull();
      expect((await s2.lockouts.status('prova:x')).failures).toBe(1);
      expect(await s2.idempotency.run('s', 'k', async () => 'de novo')).toEqual({
        value: 'feito',
        replayed: true,
      });
      expect(await s2.audit.verify()).toMatchObject({ ok: true, rows: 1 });
    });

    it('health and housekeeping of dead sessions', async () => {
      const { a, dbA } = await twoInstances();
      expect(await a.health()).toEqual({ engine: engine.name, ok: true });
      const now = Date.now();
      await a.sessions.open({ sid: 'viva', documentoHash: 'h', kioskId: 'k' }, now);
      await a.sessions.open({ sid: 'morta', documentoHash: 'h', kioskId: 'k' }, now - 120_000);
      expect((await a.housekeeping(now)).sessions).toBe(1);
      const left = await dbA.kysely.selectFrom('kiosk_sessions').select('sid').execute();
      expect(left.map((r) => r.sid)).toEqual(['viva']);
      const n = await sql<{ n: number }>`select count(*) as n from kiosk_sessions`.execute(dbA.kysely);
      expect(Number(n.rows[0]?.n)).toBe(1);
    });
  });
});
