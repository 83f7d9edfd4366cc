import { NextResponse } from 'next/server';
import { getConfig } from '@/lib/config';
import { getErp } from '@/lib/erp/registry';
import { getSecurityMetrics } from '@/lib/services/limiter';
import { storeHealth } from '@/lib/store/health';

/**
 * GET /api/health: the state of each configured adapter (up, degraded, circuit_open, down) and of the store's
 * database, for the shop's monitoring and load balancers. The ERP state is read from the circuit breakers, so it
 * costs no ERP call and cannot itself hammer a struggling ERP; the database gets one `select 1`. No URLs, tokens
 * or customer data. 200 while the kiosk can serve, 503 when not.
 * `seguranca` counts lookups by outcome, refusals by the limit that refused, and kiosk ids minted or refused
 * since the process started: a rising `bloqueado` or `blocks.global` is an enumeration attempt.
 */
export const dynamic = 'force-dynamic';

interface AdapterHealth {
  kind: 'erp' | 'store';
  id: string;
  state: 'up' | 'degraded' | 'circuit_open' | 'down';
  detail?: string;
}

export async function GET() {
  const [erp, store] = await Promise.all([erpHealth(), storeHealth()]);
  const serving = (erp.state === 'up' || erp.state === 'degraded') && store.state === 'up';
  return NextResponse.json(
    {
      status: serving ? 'ok' : 'unavailable',
      adapters: [erp, store],
      seguranca: getSecurityMetrics(),
      checkedAt: new Date().toISOString(),
    },
    { status: serving ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}

async function erpHealth(): Promise<AdapterHealth> {
  let id = 'erp';
  try {
    id = getConfig().erpAdapter;
    const adapter = getErp();
    const h = adapter.health ? await adapter.health() : { state: 'up' as const };
    return { kind: 'erp', id: adapter.id, state: h.state, ...(h.detail ? { detail: h.detail } : {}) };
  } catch {
    // Never echo the error: it may carry configuration values.
    return { kind: 'erp', id, state: 'down', detail: 'adaptador não pôde informar o estado' };
  }
}
