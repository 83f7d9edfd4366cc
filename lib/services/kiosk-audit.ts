import 'server-only';
import { cookies } from 'next/headers';
import { redactText } from '@/lib/domain/redact';
import { getCorrelationId } from '@/lib/http/correlation';
import { KIOSK_COOKIE } from '@/lib/session/constants';
import type { KioskSession } from '@/lib/session/kiosk';
import { getStore, type AuditResult } from '@/lib/store';

/**
 * One audit event for something a customer did at a totem: the totem (its cookie id), the customer's document
 * (hashed by the store), the action and ids or codes — never personal data in `details`. An audit write that
 * fails is logged and does not undo what the ERP already did.
 */
export async function auditKiosk(
  session: Pick<KioskSession, 'documento'> | null,
  action: string,
  result: AuditResult,
  details: Record<string, string | number | boolean | null> = {},
): Promise<void> {
  let kioskId = 'sem-cookie';
  try {
    kioskId = (await cookies()).get(KIOSK_COOKIE)?.value ?? kioskId;
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
