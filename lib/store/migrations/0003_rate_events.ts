import type { Migration } from './types';

/**
 * Lookup rate limits as exact sliding windows: one row per counted attempt (kept 60 s). The failure streak and
 * the block of each key stay in rate_counters (its `tat` column is unused: the window is these rows).
 */
export const m0003: Migration = {
  version: 3,
  name: 'rate_events',
  async up(db) {
    await db.schema
      .createTable('rate_events')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('rate_events_key_at').on('rate_events').columns(['key', 'at']).execute();
    await db.schema.createIndex('rate_events_at').on('rate_events').column('at').execute();
  },
};
