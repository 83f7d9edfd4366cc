'use server';

import { z } from 'zod';
import type { IsoDate } from '@/lib/domain/dates';
import type { DesbloqueioMotivo } from '@/lib/domain/types';
import { desbloquearPlano } from '@/lib/services/planos';
import { getKioskSession } from '@/lib/session/kiosk';
import { fail, failFrom, type ActionResult } from './result';

const input = z.object({ planoId: z.string().regex(/^[\w.-]{1,64}$/), token: z.string().min(1).max(200) });

export interface DesbloqueioView {
  ok: boolean;
  motivo: DesbloqueioMotivo;
  mensagem: string;
  liberadoAte: IsoDate | null;
}

/** Trust unlock of one of the session customer's plans, with the key minted by the confirmation screen. */
export async function desbloquearAction(
  planoId: string,
  token: string,
): Promise<ActionResult<DesbloqueioView>> {
  const parsed = input.safeParse({ planoId, token });
  if (!parsed.success) return fail('CONFIRMACAO_INVALIDA');
  const session = await getKioskSession();
  if (!session) return fail('SESSAO_EXPIRADA');
  try {
    const r = await desbloquearPlano(session, parsed.data.planoId, parsed.data.token);
    return {
      ok: true,
      data: { ok: r.ok, motivo: r.motivo, mensagem: r.mensagem, liberadoAte: r.liberadoAte ?? null },
    };
  } catch (error) {
    return failFrom(error);
  }
}
