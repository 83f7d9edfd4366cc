import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { processSingleton } from '@/lib/process-singleton';

/**
 * One correlation id per kiosk action (identify, list faturas, print ...). The action wraps its work in
 * `runWithCorrelationId`; every outbound call made inside it logs and forwards the same id, so one customer
 * touch can be followed through the ERP's own logs.
 */
// Process-wide: the action that sets the id and the adapter that reads it may live in different bundle layers.
const storage = processSingleton('http-correlation', () => new AsyncLocalStorage<string>());

/** Header sent upstream with the id (vendors that log request headers can match it). */
export const CORRELATION_HEADER = 'X-Correlation-Id';

export function newCorrelationId(): string {
  return randomUUID();
}

export function runWithCorrelationId<T>(id: string, fn: () => T): T {
  return storage.run(id, fn);
}

export function getCorrelationId(): string | undefined {
  return storage.getStore();
}
