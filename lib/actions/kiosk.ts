'use server';

import { redirect, RedirectType } from 'next/navigation';
import { z } from 'zod';
import { getErp } from '@/lib/erp/registry';
import { newCorrelationId, runWithCorrelationId } from '@/lib/http/correlation';
import { isDomainError } from '@/lib/domain/errors';
import { identificarCliente } from '@/lib/services/identificar';
import { auditKiosk } from '@/lib/services/kiosk-audit';
import { getLookupPolicy, getRateCounters, lookupRequester, reportLookup } from '@/lib/services/limiter';
import { lookupChecks } from '@/lib/session/rate-limit';
import { getStore } from '@/lib/store';
import { endKioskSession, getKioskSession, startKioskSession } from '@/lib/session/kiosk';
import { fail, failFrom, type ActionResult } from './result';

const documentoInput = z.string().trim().min(1).max(32);

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
    const who = await lookupRequester();
    // The kiosk registry: first sight registers the totem, later ones refresh its last-seen time (cached a
    // few seconds per process); a totem disabled at the desk identifies nobody.
    if (who.kioskId) {
      const kiosk = await (await getStore()).kiosks.seen(who.kioskId);
      if (!kiosk.enabled) return fail('TOTEM_DESATIVADO');
    }
    const checks = lookupChecks(who, getLookupPolicy());
    const cliente = await runWithCorrelationId(newCorrelationId(), () =>
      identificarCliente(parsed.data, checks, {
        erp: getErp(),
        counters: getRateCounters(),
        now: Date.now,
        onOutcome: (event) => reportLookup(event, who),
      }),
    );
    const session = await startKioskSession(cliente);
    // The audit trail: who was served at which totem (the document only as the store's keyed hash).
    await auditKiosk(session, 'kiosk.identificar', 'ok');
  } catch (error) {
    // A lookup the ERP answered "no such customer" (limit refusals are counted in the security log instead:
    // an enumeration must not also flood the trail).
    if (isDomainError(error) && error.code === 'CLIENTE_NAO_ENCONTRADO') {
      await auditKiosk(null, 'kiosk.identificar', 'recusado', { codigo: error.code });
    }
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
  try {
    const session = await getKioskSession();
    return session ? { ok: true, data: null } : fail('SESSAO_EXPIRADA');
  } catch (error) {
    return failFrom(error);
  }
}
