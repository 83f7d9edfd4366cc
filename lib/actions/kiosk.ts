'use server';

import { headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { z } from 'zod';
import { getConfig } from '@/lib/config';
import { getErp } from '@/lib/erp/registry';
import { newCorrelationId, runWithCorrelationId } from '@/lib/http/correlation';
import { identificarCliente } from '@/lib/services/identificar';
import { getLookupPolicy, getRateCounters, reportLookup, type Requester } from '@/lib/services/limiter';
import { clientAddress } from '@/lib/session/client-address';
import { currentKioskId } from '@/lib/session/kiosk-cookie';
import { lookupChecks, type LookupIdentity } from '@/lib/session/rate-limit';
import { endKioskSession, getKioskSession, startKioskSession } from '@/lib/session/kiosk';
import { fail, failFrom, type ActionResult } from './result';

const documentoInput = z.string().trim().min(1).max(32);

/**
 * Who is asking: the kiosk id only when its signature verifies (a missing or forged cookie is the shared
 * no-id bucket), the address as lib/session/client-address trusts it; the address is a limit key only behind
 * a trusted proxy (without one every totem on the loopback has the same address).
 */
async function requester(): Promise<LookupIdentity & Requester> {
  const { lookup } = getConfig();
  const kioskId = await currentKioskId();
  const address = clientAddress((await headers()).get('x-forwarded-for'), lookup.trustedProxies);
  return { kioskId, address, trustedAddress: lookup.trustedProxies > 0 ? address : null };
}

/**
 * Identification: validates, rate-limits, looks up the customer and opens the kiosk session. Success is a
 * redirect to /cliente, so the customer's faturas come back in this same response (Next renders the target
 * of an action's redirect into its answer): one request from the totem instead of the action, a refresh of
 * /identificar (the new cookie invalidates the router cache) and a navigation. Failures are returned.
 */
export async function identificarAction(documento: string): Promise<ActionResult<never>> {
  const parsed = documentoInput.safeParse(documento);
  if (!parsed.success) return fail('DOCUMENTO_INVALIDO');
  try {
    const who = await requester();
    const checks = lookupChecks(who, getLookupPolicy());
    const cliente = await runWithCorrelationId(newCorrelationId(), () =>
      identificarCliente(parsed.data, checks, {
        erp: getErp(),
        counters: getRateCounters(),
        now: Date.now,
        onOutcome: (event) => reportLookup(event, who),
      }),
    );
    await startKioskSession(cliente);
  } catch (error) {
    return failFrom(error);
  }
  redirect('/cliente', RedirectType.replace);
}

/** Ends the session on the server and clears its cookie ("Sair" and the idle reset). */
export async function sairAction(): Promise<ActionResult<null>> {
  await endKioskSession();
  return { ok: true, data: null };
}

/** Keeps a session alive while the customer is touching the screen. */
export async function manterSessaoAction(): Promise<ActionResult<null>> {
  const session = await getKioskSession();
  return session ? { ok: true, data: null } : fail('SESSAO_EXPIRADA');
}
