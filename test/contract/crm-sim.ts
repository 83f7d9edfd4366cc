import { afterAll } from 'vitest';
import type { CrmHttpOptions } from '@/lib/crm/http';
import type { CrmField } from '@/lib/crm/port';
import { silentLogger } from '@/lib/http';

/**
 * What every CRM contract file sets up around its simulator, in one place: the running simulator (closed after
 * the file), the URL of one that is gone (nobody listens: "unreachable"), and the lib/http options of an
 * adapter under the failure-mode tests.
 */

/** Short enough for the hang tests to be quick, long enough for a loaded machine to answer a healthy call. */
export const CRM_FAULT_TIMEOUT_MS = 400;

export async function startCrmSimulator<S extends { url: string; close(): Promise<void> }>(
  start: () => Promise<S>,
): Promise<{ sim: S; deadUrl: string }> {
  const sim = await start();
  const other = await start();
  const deadUrl = other.url;
  await other.close();
  afterAll(() => sim.close());
  return { sim, deadUrl };
}

/** Its own breaker (by name), silent, the short deadline, no retries, a breaker that never opens. */
export function faultHttp(name: string): CrmHttpOptions {
  return {
    name,
    logger: silentLogger,
    timeoutMs: CRM_FAULT_TIMEOUT_MS,
    retries: 0,
    breaker: { failureThreshold: 10_000 },
  };
}

/** A document as the simulators' rows hold it, compared without mask. */
export const bareDocumento = (v: unknown): string =>
  String(v ?? '')
    .replace(/[\s./-]/g, '')
    .toUpperCase();

/** The backdoor's view of a row: each domain field read from its vendor key, an empty value as null. */
export function storedByKeys(
  row: Record<string, unknown> | undefined,
  keys: Partial<Record<CrmField, string>>,
): Partial<Record<CrmField, string | null>> | null {
  if (!row) return null;
  const out: Partial<Record<CrmField, string | null>> = {};
  for (const [field, key] of Object.entries(keys)) {
    const v = row[key];
    out[field as CrmField] = v === null || v === undefined || v === '' ? null : String(v);
  }
  return out;
}
