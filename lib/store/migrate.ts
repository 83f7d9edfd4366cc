import { sql, type Kysely } from 'kysely';
import { withWriteLock } from './db';
import { MIGRATIONS, type Migration } from './migrations';
import type { Database, Db } from './schema';

/** The database was migrated by a newer version of Totem: this code must not touch it. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `O banco de dados está na versão ${databaseVersion} do esquema, mais nova que a deste código ` +
        `(${codeVersion}). Atualize o Totem para a versão que migrou este banco (ou restaure um back-up ` +
        `compatível); este processo não vai usá-lo para não corromper os dados.`,
    );
    this.name = 'SchemaTooNewError';
  }
}

export interface MigrateResult {
  from: number;
  to: number;
  applied: string[];
}

export function latestVersion(list: readonly Migration[] = MIGRATIONS): number {
  return list.reduce((max, m) => Math.max(max, m.version), 0);
}

/**
 * Brings the schema up to date: every pending migration, in order, each in its own transaction, under the
 * migration lock (two instances starting together apply each migration once). Refuses a newer schema.
 */
export async function migrate(db: Db, list: readonly Migration[] = MIGRATIONS): Promise<MigrateResult> {
  checkList(list);
  const latest = latestVersion(list);
  const from = await withWriteLock(db, 'migrations', async (trx) => {
    await trx.schema
      .createTable('schema_migrations')
      .ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('applied_at', 'bigint', (c) => c.notNull())
      .execute();
    return currentVersion(trx);
  });
  if (from > latest) throw new SchemaTooNewError(from, latest);
  const applied: string[] = [];
  for (const m of list) {
    if (m.version <= from) continue;
    const done = await withWriteLock(db, 'migrations', async (trx) => {
      // Another instance may have applied it while we waited for the lock.
      if ((await currentVersion(trx)) >= m.version) return false;
      await m.up(trx as unknown as Kysely<unknown>, db.engine);
      await trx
        .insertInto('schema_migrations')
        .values({ version: m.version, name: m.name, applied_at: Date.now() })
        .execute();
      return true;
    });
    if (done) applied.push(`${String(m.version).padStart(4, '0')}_${m.name}`);
  }
  return { from, to: Math.max(from, latest), applied };
}

/** The schema version of the database (0 = empty), or a SchemaTooNewError when it is ahead of the code. */
export async function checkSchema(db: Db, list: readonly Migration[] = MIGRATIONS): Promise<number> {
  const version = await currentVersion(db.kysely);
  const latest = latestVersion(list);
  if (version > latest) throw new SchemaTooNewError(version, latest);
  return version;
}

async function currentVersion(db: Kysely<Database>): Promise<number> {
  try {
    const row = await db
      .selectFrom('schema_migrations')
      .select(sql<number | null>`max(version)`.as('v'))
      .executeTakeFirst();
    return Number(row?.v ?? 0);
  } catch (error) {
    if (isMissingTable(error)) return 0;
    throw error;
  }
}

function isMissingTable(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '42P01' || /no such table/i.test(String(e?.message ?? ''));
}

function checkList(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(
        `lib/store/migrations: a migração "${m.name}" deveria ter a versão ${i + 1}, tem ${m.version}`,
      );
    }
  });
}
