import 'server-only';
import { openedStore } from './runtime';
import type { Db } from './schema';
import type { Store } from './types';

export type * from './types';
export type { Database, Db, Engine } from './schema';
export { hashDocumento } from './open';

/**
 * The process's store (SQLite file by default, PostgreSQL with DATABASE_URL), connected and migrated on first
 * use. Throws DomainError BANCO_INDISPONIVEL while the database cannot be reached (and recovers by itself).
 * `store.hashDocumento(doc)` gives the keyed hash a document is filed under in the audit trail.
 */
export async function getStore(): Promise<Store> {
  return (await openedStore()).store;
}

/**
 * The query layer for lib/ modules that own tables: add a migration in lib/store/migrations (see its README),
 * its table types in lib/store/schema.ts, then query through `db.kysely` (typed). Server-side only.
 */
export async function getDb(): Promise<Db> {
  return (await openedStore()).db;
}
