import type { Kysely } from 'kysely';
import type { Engine } from '../schema';

/**
 * One schema change. Written once for both engines with Kysely's schema builder; `engine` is there for the rare
 * statement that differs. Each migration runs in its own transaction, under the store's migration lock, exactly
 * once per database. Never edit a migration that has landed: add the next one.
 */
export interface Migration {
  /** 1, 2, 3 … in order; the list in ./index.ts must be contiguous. */
  version: number;
  name: string;
  up(db: Kysely<unknown>, engine: Engine): Promise<void>;
}
