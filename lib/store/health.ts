import { getConfig } from '@/lib/config';
import { SchemaTooNewError } from './migrate';
import { openedStore } from './runtime';

export interface StoreHealthEntry {
  kind: 'store';
  id: 'sqlite' | 'postgres';
  state: 'up' | 'down';
  detail?: string;
}

/** The store's line in /api/health: a `select 1` (bounded), never an error text that could carry a URL. */
export async function storeHealth(): Promise<StoreHealthEntry> {
  const id = getConfig().store.target.engine;
  try {
    const { store } = await openedStore();
    const h = await store.health();
    return h.ok ? { kind: 'store', id, state: 'up' } : { kind: 'store', id, state: 'down', detail: h.detail };
  } catch (error) {
    const detail =
      error instanceof SchemaTooNewError
        ? 'esquema do banco mais novo que o código'
        : 'banco de dados indisponível';
    return { kind: 'store', id, state: 'down', detail };
  }
}
