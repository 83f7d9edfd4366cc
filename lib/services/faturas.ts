import 'server-only';
import { getConfig } from '@/lib/config';
import { todayInSaoPaulo } from '@/lib/domain/dates';
import { getErp } from '@/lib/erp/registry';
import { newCorrelationId, runWithCorrelationId } from '@/lib/http/correlation';
import type { KioskSession } from '@/lib/session/kiosk';
import { avaliarFatura, type FaturaAvaliada } from './avaliar-fatura';

/**
 * Faturas of the session's customer, evaluated by the integrity gate. The document always comes from the
 * session, never from the request.
 */
export async function listFaturasDoCliente(
  session: Pick<KioskSession, 'documento'>,
): Promise<FaturaAvaliada[]> {
  const today = todayInSaoPaulo();
  // One correlation id per kiosk action: every ERP call it makes logs and forwards the same id.
  const faturas = await runWithCorrelationId(newCorrelationId(), () =>
    getErp().listFaturas(session.documento),
  );
  return faturas
    .filter((f) => f.documento === session.documento)
    .map((f) => avaliarFatura(f, today, getConfig().pix))
    .sort((a, b) => a.fatura.vencimento.localeCompare(b.fatura.vencimento));
}

/** One fatura, only if it belongs to the session's customer; null otherwise. */
export async function getFaturaDoCliente(
  session: Pick<KioskSession, 'documento'>,
  faturaId: string,
): Promise<FaturaAvaliada | null> {
  if (!/^[\w.-]{1,64}$/.test(faturaId)) return null;
  const fatura = await runWithCorrelationId(newCorrelationId(), () =>
    getErp().getFatura(session.documento, faturaId),
  );
  // Defence in depth: an adapter bug must not leak another customer's fatura.
  if (!fatura || fatura.documento !== session.documento) return null;
  return avaliarFatura(fatura, todayInSaoPaulo(), getConfig().pix);
}
