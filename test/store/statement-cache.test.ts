/**
 * The SQLite statement cache (lib/store/db.ts cachingStatements): a reused prepared statement must behave as a
 * fresh one — new parameters, a failure in between, a schema change — and the cache stays bounded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Libsql from 'libsql';
import type { SqliteDatabase } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { cachingStatements } from '@/lib/store/db';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function open(): { raw: Libsql.Database; db: SqliteDatabase; prepares: () => number } {
  const dir = mkdtempSync(join(tmpdir(), 'totem-stmt-'));
  dirs.push(dir);
  const raw = new Libsql(join(dir, 't.db'));
  raw.exec('create table t (k text primary key, v integer not null)');
  let count = 0;
  const counting: SqliteDatabase = {
    close: () => raw.close(),
    prepare: (text) => {
      count++;
      return raw.prepare(text) as unknown as ReturnType<SqliteDatabase['prepare']>;
    },
  };
  return { raw, db: cachingStatements(counting, 3), prepares: () => count };
}

describe('SQLite statement cache', () => {
  it('prepares a statement once and runs it again with new parameters', () => {
    const { db, prepares } = open();
    const insert = 'insert into t (k, v) values (?, ?)';
    for (let i = 0; i < 5; i++) db.prepare(insert).run([`k${i}`, i]);
    const select = 'select v from t where k = ?';
    expect(db.prepare(select).all(['k3'])).toEqual([{ v: 3 }]);
    expect(db.prepare(select).all(['k1'])).toEqual([{ v: 1 }]);
    expect(db.prepare(select).all(['nope'])).toEqual([]);
    expect(prepares()).toBe(2);
  });

  it('a statement that failed runs again', () => {
    const { db } = open();
    const insert = 'insert into t (k, v) values (?, ?)';
    db.prepare(insert).run(['a', 1]);
    expect(() => db.prepare(insert).run(['a', 2])).toThrow(/UNIQUE|constraint/i);
    db.prepare(insert).run(['b', 2]);
    expect(db.prepare('select k, v from t order by k').all([])).toEqual([
      { k: 'a', v: 1 },
      { k: 'b', v: 2 },
    ]);
  });

  it('a cached statement sees a column added after it was prepared', () => {
    const { raw, db } = open();
    const all = 'select * from t';
    db.prepare('insert into t (k, v) values (?, ?)').run(['a', 1]);
    expect(db.prepare(all).all([])).toEqual([{ k: 'a', v: 1 }]);
    raw.exec("alter table t add column w text not null default 'x'");
    expect(db.prepare(all).all([])).toEqual([{ k: 'a', v: 1, w: 'x' }]);
  });

  it('keeps at most its size, dropping the oldest', () => {
    const { db, prepares } = open();
    const q = (n: number) => `select ${n} as n`;
    for (const n of [1, 2, 3]) db.prepare(q(n));
    db.prepare(q(1));
    expect(prepares()).toBe(3);
    db.prepare(q(4)); // evicts 1 (the oldest insertion)
    db.prepare(q(1));
    expect(prepares()).toBe(5);
    expect(db.prepare(q(4)).all([])).toEqual([{ n: 4 }]);
  });
});
