/**
 * The process's store, opened once (connect + migrate) and shared by every bundle layer through a process
 * singleton. No `server-only` here so instrumentation.ts can open it at start-up; lib/store/index.ts is the
 * entry point for the rest of the app.
 */
import { getConfig } from '@/lib/config';
import { DomainError } from '@/lib/domain/errors';
import { processSingleton } from '@/lib/process-singleton';
import { engineLabel } from './db';
import { SchemaTooNewError } from './migrate';
import { openStore, type OpenedStore, type SqlStore } from './open';
import type { Db } from './schema';
import type { Store } from './types';
import { guardStore } from './unavailable';

interface Holder {
  opening: Promise<OpenedStore> | null;
  failedAt: number;
  guarded: Store | null;
  housekeeping: NodeJS.Timeout | null;
}

const RETRY_AFTER_FAILURE_MS = 1000;
const HOUSEKEEPING_EVERY_MS = 60 * 60 * 1000;

function holder(): Holder {
  return processSingleton<Holder>('store', () => ({
    opening: null,
    failedAt: 0,
    guarded: null,
    housekeeping: null,
  }));
}

/**
 * The opened store. When the database cannot be reached this throws DomainError BANCO_INDISPONIVEL and a later
 * call tries again (at most once a second), so the app recovers by itself when the database returns. A schema
 * newer than the code throws SchemaTooNewError (never retried into).
 */
export async function openedStore(): Promise<{ store: Store; db: Db; raw: SqlStore; opened: OpenedStore }> {
  const h = holder();
  if (!h.opening) {
    if (Date.now() - h.failedAt < RETRY_AFTER_FAILURE_MS) throw new DomainError('BANCO_INDISPONIVEL');
    h.opening = openStore(getConfig()).then(
      (o) => {
        for (const w of o.warnings) console.warn(`[totem] ${w}`);
        startHousekeeping(h, o.store);
        return o;
      },
      (error: unknown) => {
        h.opening = null;
        h.failedAt = Date.now();
        throw error;
      },
    );
  }
  let o: OpenedStore;
  try {
    o = await h.opening;
  } catch (error) {
    if (error instanceof SchemaTooNewError) throw error;
    throw new DomainError('BANCO_INDISPONIVEL', { cause: error });
  }
  h.guarded ??= guardStore(o.store);
  return { store: h.guarded, db: o.db, raw: o.store, opened: o };
}

function startHousekeeping(h: Holder, store: SqlStore): void {
  if (h.housekeeping) return;
  const run = () => {
    store.housekeeping().catch((error: unknown) => {
      console.warn(`[totem] limpeza do banco falhou: ${error instanceof Error ? error.name : 'erro'}`);
    });
  };
  setTimeout(run, 5_000).unref();
  h.housekeeping = setInterval(run, HOUSEKEEPING_EVERY_MS);
  h.housekeeping.unref();
}

/** Where the store lives, for logs: the file, or host:port/database (never credentials). */
export function describeTarget(): string {
  const { target } = getConfig().store;
  if (target.engine === 'sqlite') return `${engineLabel('sqlite')} em ${target.file}`;
  const u = new URL(target.url);
  return `${engineLabel('postgres')} em ${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

/**
 * Start-up (instrumentation.ts): connect and migrate now rather than on the first customer. A newer schema
 * stops the server; an unusable SQLite file too (a local configuration problem); an unreachable PostgreSQL
 * does not (the kiosk says so and the store retries on the next request).
 */
export async function openStoreAtStartup(): Promise<void> {
  const where = describeTarget();
  try {
    const { opened } = await openedStore();
    const m = opened.migration;
    const applied = m.applied.length > 0 ? `, migrações aplicadas: ${m.applied.join(', ')}` : '';
    console.info(`[totem] banco: ${where} (esquema v${m.to}${applied})`);
  } catch (error) {
    if (error instanceof SchemaTooNewError) {
      console.error(`[totem] ${error.message}`);
      process.exit(1);
    }
    const cause = error instanceof DomainError && error.cause instanceof Error ? error.cause : error;
    const code = typeof cause === 'object' && cause && 'code' in cause ? String(cause.code) : '';
    if (getConfig().store.target.engine === 'sqlite') {
      console.error(
        `[totem] não foi possível abrir o banco (${where})${code ? `: ${code}` : ''}. Confira DATA_DIR/DATABASE_FILE.`,
      );
      process.exit(1);
    }
    console.error(
      `[totem] banco de dados indisponível na partida (${where})${code ? `: ${code}` : ''}; o totem mostra o aviso e tenta de novo a cada pedido.`,
    );
  }
}
