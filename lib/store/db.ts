/**
 * Opens the query layer: Kysely over an embedded SQLite file (the `libsql` driver, a better-sqlite3-compatible
 * API whose native binary ships inside the npm package) or over PostgreSQL (`pg`) when DATABASE_URL is set.
 * No `server-only` here: the CLI scripts (db:migrate, audit:verify, db:backup) use it too.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import Libsql from 'libsql';
import pg from 'pg';
import type { Database, Db, Engine } from './schema';

export type StoreTarget =
  { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string; poolMax?: number };

const PG_INT8 = 20;
const PG_NUMERIC = 1700;

export function openDb(target: StoreTarget): Db {
  if (target.engine === 'sqlite') {
    if (target.file !== ':memory:') mkdirSync(dirname(target.file), { recursive: true });
    const database = new Libsql(target.file);
    // WAL: readers never wait for the writer and a commit is one append; NORMAL sync is durable across an app
    // crash (only an OS crash can lose the last commits). busy_timeout lets a CLI script and the app share it.
    database.exec('PRAGMA journal_mode = WAL');
    database.exec('PRAGMA synchronous = NORMAL');
    database.exec('PRAGMA busy_timeout = 5000');
    database.exec('PRAGMA foreign_keys = ON');
    const kysely = new Kysely<Database>({
      dialect: new SqliteDialect({ database: cachingStatements(database as unknown as SqliteDatabase) }),
    });
    return { kysely, engine: 'sqlite' };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolMax ?? 10,
    // Fail fast when the database is down: a kiosk request must not hang on a dead connection.
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
    // Epoch milliseconds live in BIGINT columns; they fit a JS number, so read them as numbers.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === PG_INT8 || oid === PG_NUMERIC
          ? (v: string) => Number(v)
          : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection (database restarted) must not crash the process.
  pool.on('error', () => {});
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, engine: 'postgres' };
}

const STATEMENT_CACHE_SIZE = 200;

/**
 * Kysely prepares every query afresh; on libsql that was a fifth of the store's CPU time (bench/erp.ts
 * BENCH_PROFILE). The store issues a few dozen distinct statements, so prepared ones are kept by SQL text
 * (bounded, oldest out first). A statement runs to completion before the next one starts (the driver is
 * synchronous and Kysely reads every row), so reusing one is safe; SQLite re-prepares it after a schema change.
 */
export function cachingStatements(database: SqliteDatabase, max = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const prepared = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  return {
    close: () => {
      prepared.clear();
      database.close();
    },
    prepare: (text) => {
      const known = prepared.get(text);
      if (known) return known;
      const statement = database.prepare(text);
      if (prepared.size >= max) {
        const oldest = prepared.keys().next();
        if (!oldest.done) prepared.delete(oldest.value);
      }
      prepared.set(text, statement);
      return statement;
    },
  };
}

/**
 * Runs `fn` holding the store's write lock for `lock`: one writer at a time across every instance (PostgreSQL
 * advisory transaction lock; SQLite BEGIN IMMEDIATE, which also serialises other processes on the file).
 * `fn` runs inside the transaction; it commits when `fn` resolves and rolls back when it throws.
 */
export async function withWriteLock<T>(
  db: Db,
  lock: StoreLock,
  fn: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (db.engine === 'postgres') {
    return db.kysely.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${LOCK_IDS[lock]})`.execute(trx);
      return fn(trx);
    });
  }
  return db.kysely.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const value = await fn(conn);
      await sql`commit`.execute(conn);
      return value;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => {});
      throw error;
    }
  });
}

export type StoreLock = 'migrations' | 'audit' | 'rate';

/** Advisory lock ids (arbitrary, fixed): "TOTM" + a small number. */
const LOCK_IDS: Record<StoreLock, number> = {
  migrations: 0x544f544d01,
  audit: 0x544f544d02,
  rate: 0x544f544d03,
};

export function engineLabel(engine: Engine): string {
  return engine === 'sqlite' ? 'SQLite' : 'PostgreSQL';
}
