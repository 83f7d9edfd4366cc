import 'server-only';
import { headers } from 'next/headers';
import { getConfig } from '@/lib/config';
import { createLogger, type Logger } from '@/lib/http/logger';
import { processSingleton } from '@/lib/process-singleton';
import { requestAddress } from '@/lib/session/client-address';
import { currentKioskId } from '@/lib/session/kiosk-cookie';
import {
  lookupChecks,
  scopeOf,
  type LookupIdentity,
  type LookupPolicy,
  type RateLimitCounters,
} from '@/lib/session/rate-limit';
import { getStore } from '@/lib/store';
import type { LookupEvent } from './identificar';

/**
 * The process's lookup limits: the configured policy, the counters behind it (in the store, so they survive a
 * restart and every instance on one database counts together), the security log and the counters
 * /api/health reports.
 */

export function getLookupPolicy(): LookupPolicy {
  return processSingleton('lookup-policy', () => {
    const { lookup } = getConfig();
    return {
      perKiosk: {
        maxPerMinute: lookup.maxPerMinute,
        maxFailures: lookup.maxFailures,
        blockSeconds: lookup.blockSeconds,
      },
      global: {
        maxPerMinute: lookup.globalMaxPerMinute,
        maxFailures: lookup.globalMaxFailures,
        blockSeconds: lookup.blockSeconds,
      },
      mint: { maxPerMinute: lookup.kioskIdsPerMinute, blockSeconds: 60 },
    };
  });
}

/** The store's rate counters (a database that cannot be reached throws DomainError BANCO_INDISPONIVEL). */
export function getRateCounters(): RateLimitCounters {
  return processSingleton('rate-counters', () => ({
    status: async (checks, now) => (await getStore()).rateLimits.status(checks, now),
    attempt: async (checks, now) => (await getStore()).rateLimits.attempt(checks, now),
    record: async (checks, outcome, now) => (await getStore()).rateLimits.record(checks, outcome, now),
    activeKeys: async (now) => (await getStore()).rateLimits.activeKeys(now),
    clear: async (keys) => (await getStore()).rateLimits.clear(keys),
  }));
}

/** JSON logs of lookups, blocks and kiosk ids: kiosk id and address, never the document. */
export function getSecurityLog(): Logger {
  return processSingleton('security-log', () =>
    createLogger({ name: 'seguranca', level: getConfig().erp.logLevel }),
  );
}

export type LookupMetric = LookupEvent['outcome'];
export type BlockScope = ReturnType<typeof scopeOf>;

export interface SecurityMetrics {
  since: string;
  lookups: Record<LookupMetric, number>;
  /** Refusals by the limit that refused (a refusal by several counts once per limit). */
  blocks: Record<BlockScope, number>;
  kioskIds: { minted: number; refused: number };
}

function freshMetrics(): SecurityMetrics {
  return {
    since: new Date().toISOString(),
    lookups: { encontrado: 0, nao_encontrado: 0, invalido: 0, bloqueado: 0, erro: 0 },
    blocks: { global: 0, kiosk: 0, 'sem-id': 0, ip: 0, mint: 0 },
    kioskIds: { minted: 0, refused: 0 },
  };
}

/** Process-wide counters since start (per process; a store-backed version can sum instances). */
export function getSecurityMetrics(): SecurityMetrics {
  return processSingleton('security-metrics', freshMetrics);
}

/** Who asked, as the log shows it: the verified kiosk id and the client address (never the document). */
export interface Requester {
  kioskId: string | null;
  address: string | null;
}

/** Logs one lookup's outcome (a warning when a limit refused it or it started a block) and counts it. */
export function reportLookup(event: LookupEvent, who: Requester): void {
  const metrics = getSecurityMetrics();
  metrics.lookups[event.outcome] += 1;
  const fields = {
    event: 'lookup',
    outcome: event.outcome,
    kioskId: who.kioskId ?? 'sem-id',
    address: who.address ?? 'desconhecido',
    ...(event.code ? { code: event.code } : {}),
  };
  if (!event.block) {
    getSecurityLog().info(fields, 'consulta');
    return;
  }
  const limits = event.block.blockedBy.map(scopeOf);
  for (const scope of limits) metrics.blocks[scope] += 1;
  getSecurityLog().warn(
    { ...fields, limits, retryAfterSeconds: event.block.retryAfterSeconds },
    event.outcome === 'bloqueado' ? 'consulta recusada pelo limite' : 'limite de consultas atingido',
  );
}

/** Logs and counts a kiosk id minted, or refused because too many were minted this minute. */
export function reportKioskIdMint(minted: boolean, who: Pick<Requester, 'address'>): void {
  const metrics = getSecurityMetrics();
  if (minted) {
    metrics.kioskIds.minted += 1;
    getSecurityLog().info({ event: 'kiosk-id', address: who.address ?? 'desconhecido' }, 'novo id de totem');
    return;
  }
  metrics.kioskIds.refused += 1;
  metrics.blocks.mint += 1;
  getSecurityLog().warn(
    { event: 'kiosk-id', address: who.address ?? 'desconhecido', limits: ['mint'] },
    'novo id de totem recusado pelo limite',
  );
}

/**
 * Who is asking: the kiosk id only when its signature verifies (a missing or forged cookie is the shared
 * no-id bucket), the address as lib/session/client-address trusts it; the address is a limit key only behind
 * a trusted proxy (without one every totem on the loopback has the same address).
 */
export async function lookupRequester(): Promise<LookupIdentity & Requester> {
  const { lookup } = getConfig();
  const kioskId = await currentKioskId();
  const address = requestAddress(await headers(), lookup.trustedProxies);
  return { kioskId, address, trustedAddress: lookup.trustedProxies > 0 ? address : null };
}

/** Seconds this kiosk must still wait before a lookup (0 = it may look up now). Counts nothing. */
export async function lookupWaitSeconds(): Promise<number> {
  try {
    const decision = await getRateCounters().status(
      lookupChecks(await lookupRequester(), getLookupPolicy()),
      Date.now(),
    );
    return decision.allowed ? 0 : decision.retryAfterSeconds;
  } catch {
    // The countdown is a courtesy: with the store unreachable the keypad still shows, with its own message,
    // and the lookup itself reports the database.
    return 0;
  }
}
