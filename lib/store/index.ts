import 'server-only';
import { createHmac } from 'node:crypto';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/process-singleton';
import { createMemoryStore } from './memory';
import type { Store } from './types';

export type * from './types';

/**
 * The process's store. For now an in-memory implementation of the interfaces in ./types (lost on restart);
 * the SQLite/PostgreSQL store replaces it behind the same interfaces.
 */
export async function getStore(): Promise<Store> {
  return processSingleton('store', () =>
    createMemoryStore({ hashDocumento: (doc) => hashDocumento(getConfig().session.secret, doc) }),
  );
}

/** Keyed hash of a customer document for the audit trail: the same document always maps to the same hash. */
export function hashDocumento(key: string, documento: string): string {
  return createHmac('sha256', key).update(`documento:${documento}`).digest('base64url');
}
