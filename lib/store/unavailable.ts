import { DomainError } from '@/lib/domain/errors';
import { IdempotencyPendingError } from './sql-store';
import type { Store } from './types';

const PG_NET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);
const PG_SQLSTATE = /^(08|57P0[123]|53300)/;
const PG_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|connection error|terminating connection|the database system is (starting up|shutting down)/i;
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|CORRUPT|NOTADB)/;

/** Whether an error means "the database cannot be used right now" (as opposed to a bug in a query). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; message?: unknown; name?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  return (
    PG_NET_CODES.has(code) ||
    PG_SQLSTATE.test(code) ||
    SQLITE_CODES.test(code) ||
    PG_MESSAGES.test(message) ||
    e.name === 'AggregateError'
  );
}

function translate(error: unknown): unknown {
  if (error instanceof IdempotencyPendingError) {
    return new DomainError('OPERACAO_EM_ANDAMENTO', { cause: error, details: error.scope });
  }
  if (isDatabaseUnavailable(error)) return new DomainError('BANCO_INDISPONIVEL', { cause: error });
  return error;
}

/**
 * The store as services see it: a database that cannot be reached surfaces as DomainError BANCO_INDISPONIVEL
 * (one pt-BR message, retryable) and a key still running elsewhere as OPERACAO_EM_ANDAMENTO; anything else
 * passes through unchanged.
 */
export function guardStore<S extends Store>(store: S): Store {
  const wrapObject = <T extends object>(obj: T): T => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(obj)) {
      out[name] =
        typeof value === 'function'
          ? async (...args: unknown[]) => {
              try {
                return await (value as (...a: unknown[]) => Promise<unknown>).apply(obj, args);
              } catch (error) {
                throw translate(error);
              }
            }
          : value;
    }
    return out as T;
  };
  return {
    audit: wrapObject(store.audit),
    idempotency: wrapObject(store.idempotency),
    rateLimits: wrapObject(store.rateLimits),
    lockouts: wrapObject(store.lockouts),
    kiosks: wrapObject(store.kiosks),
    sessions: wrapObject(store.sessions),
    hashDocumento: (doc) => store.hashDocumento(doc),
    health: () => store.health(),
    housekeeping: async (now) => {
      try {
        return await store.housekeeping(now);
      } catch (error) {
        throw translate(error);
      }
    },
  };
}
