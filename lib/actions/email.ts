'use server';

import { z } from 'zod';
import { enviarBoletoPorEmail } from '@/lib/services/boleto-email';
import { getKioskSession } from '@/lib/session/kiosk';
import { fail, failFrom, type ActionResult } from './result';

const faturaIdInput = z.string().regex(/^[\w.-]{1,64}$/);

/** Sends the boleto of one of the session customer's faturas to their registered e-mail (never a typed one). */
export async function enviarBoletoEmailAction(faturaId: string): Promise<ActionResult<{ destino: string }>> {
  const parsed = faturaIdInput.safeParse(faturaId);
  if (!parsed.success) return fail('FATURA_NAO_ENCONTRADA');
  const session = await getKioskSession();
  if (!session) return fail('SESSAO_EXPIRADA');
  try {
    return { ok: true, data: await enviarBoletoPorEmail(session, parsed.data) };
  } catch (error) {
    return failFrom(error);
  }
}
