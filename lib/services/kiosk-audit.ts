import 'server-only';
import { isDomainError, type ErrorCode } from '@/lib/domain/errors';
import { redactText } from '@/lib/domain/redact';
import { getCorrelationId } from '@/lib/http/correlation';
import type { KioskSession } from '@/lib/session/kiosk';
import { currentKioskId } from '@/lib/session/kiosk-cookie';
import { getStore, type AuditResult } from '@/lib/store';

/**
 * One audit event for something a customer did at a totem: the totem (its verified id — the registry's, so the
 * desk shows its name; 'sem-id' for a browser without a valid signed id), the customer's document
 * (hashed by the store), the action and ids or codes — never personal data in `details`. An audit write that
 * fails is logged and does not undo what the ERP already did.
 */
export async function auditKiosk(
  session: Pick<KioskSession, 'documento'> | null,
  action: string,
  result: AuditResult,
  details: Record<string, string | number | boolean | null> = {},
): Promise<void> {
  let kioskId = 'sem-id';
  try {
    kioskId = (await currentKioskId()) ?? kioskId;
  } catch {
    // outside a request (jobs, tests): the event is still recorded
  }
  try {
    await (
      await getStore()
    ).audit.append({
      actor: { kind: 'kiosk', kioskId },
      documento: session?.documento,
      action,
      result,
      correlationId: getCorrelationId(),
      details,
    });
  } catch (error) {
    console.error('auditoria falhou', {
      action,
      error: error instanceof Error ? redactText(error.message) : 'erro',
    });
  }
}

/** An id from the URL as the audit keeps it: ids are short and plain; anything else is not worth storing. */
function plainId(id: string): string {
  return /^[\w.-]{1,40}$/.test(id) ? id : '?';
}

/**
 * Not events: no session, a busy render queue (the totem asks again), an id that is not the customer's (what a
 * probe sends; the ERP call it cost is in the logs).
 */
const NOT_AN_EVENT: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'SESSAO_EXPIRADA',
  'IMPRESSAO_EM_ANDAMENTO',
  'FILA_DE_IMPRESSAO_CHEIA',
  'FATURA_NAO_ENCONTRADA',
  'NOTA_NAO_ENCONTRADA',
]);

/**
 * A document the totem handed to the customer (boleto rendered by the totem, the bank's PDF, a nota fiscal):
 * 'ok' when it was served, 'recusado' with the code when the integrity gate or the ERP refused it (a boleto
 * whose check digits disagree shows up here for staff).
 */
export async function auditKioskDocument(
  session: Pick<KioskSession, 'documento'> | null,
  action: 'kiosk.boleto.pdf' | 'kiosk.boleto.banco' | 'kiosk.nota.pdf',
  id: string,
  outcome: Response | unknown,
): Promise<void> {
  if (!session) return;
  const key = action === 'kiosk.nota.pdf' ? 'notaId' : 'faturaId';
  if (outcome instanceof Response) {
    if (outcome.status === 200) await auditKiosk(session, action, 'ok', { [key]: plainId(id) });
    return;
  }
  if (isDomainError(outcome) && !NOT_AN_EVENT.has(outcome.code)) {
    await auditKiosk(session, action, 'recusado', { [key]: plainId(id), codigo: outcome.code });
  }
}
