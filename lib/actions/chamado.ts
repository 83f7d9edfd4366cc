'use server';

import { abrirChamado, chamadoInputSchema, type ChamadoAberto } from '@/lib/services/chamado';
import { getKioskSession } from '@/lib/session/kiosk';
import { fail, failFrom, type ActionResult } from './result';

/** Opens the session customer's ticket, once per confirmation key (minted with the "Abrir chamado" screen). */
export async function abrirChamadoAction(
  input: unknown,
  token: string,
): Promise<ActionResult<ChamadoAberto>> {
  const parsed = chamadoInputSchema.safeParse(input);
  if (!parsed.success) return fail('ERRO_INTERNO');
  const session = await getKioskSession();
  if (!session) return fail('SESSAO_EXPIRADA');
  try {
    const { replayed: _replayed, ...chamado } = await abrirChamado(session, parsed.data, token);
    return { ok: true, data: chamado };
  } catch (error) {
    return failFrom(error);
  }
}
