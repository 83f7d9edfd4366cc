'use server';

import { cookies } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { z } from 'zod';
import { getCep, type CepResultado } from '@/lib/cep';
import { newCorrelationId, runWithCorrelationId } from '@/lib/http/correlation';
import {
  editarCadastro,
  revisarCadastro,
  type CadastroActor,
  type Edicao,
  type Revisao,
} from '@/lib/services/cadastro';
import { cadastroDeps } from '@/lib/services/cadastro-deps';
import { lerCadastro } from '@/lib/services/cadastro-leitura';
import { verificarProva } from '@/lib/services/cadastro-prova';
import { cadastroInputSchema } from '@/lib/services/cadastro-schema';
import { guardarProva, lerProva } from '@/lib/session/cadastro-prova';
import { KIOSK_COOKIE } from '@/lib/session/constants';
import { getKioskSession, type KioskSession } from '@/lib/session/kiosk';
import { fail, failFrom, type ActionResult } from './result';

/**
 * "Meus dados" at the kiosk. The document always comes from the session, never from the request; every edit
 * needs the ownership proof made in this session; inputs are parsed with zod here and validated again by the
 * service against what the systems can store.
 */

async function kioskId(): Promise<string> {
  return (await cookies()).get(KIOSK_COOKIE)?.value ?? 'sem-cookie';
}

async function sessaoComProva(): Promise<
  { ok: true; session: KioskSession; actor: CadastroActor } | { ok: false; result: ActionResult<never> }
> {
  const session = await getKioskSession();
  if (!session) return { ok: false, result: fail('SESSAO_EXPIRADA') };
  const prova = await lerProva(session);
  if (!prova) return { ok: false, result: fail('CADASTRO_PROVA_NECESSARIA') };
  return { ok: true, session, actor: { kind: 'kiosk', kioskId: await kioskId(), prova } };
}

export type ProvaActionData =
  | { status: 'errada'; tentativasRestantes: number }
  | { status: 'bloqueado'; retryAfterSeconds: number }
  | { status: 'sem-prova' }
  | { status: 'formato' };

/** Checks the answer; when right, remembers the proof for this session and opens the edit form. */
export async function provarTitularidadeAction(resposta: string): Promise<ActionResult<ProvaActionData>> {
  const parsed = z.string().max(8).safeParse(resposta);
  if (!parsed.success) return { ok: true, data: { status: 'formato' } };
  const session = await getKioskSession();
  if (!session) return fail('SESSAO_EXPIRADA');
  try {
    const correlationId = newCorrelationId();
    const result = await runWithCorrelationId(correlationId, async () => {
      const deps = await cadastroDeps();
      const cadastro = await lerCadastro(session.documento, deps);
      if (!cadastro) return { status: 'sem-prova' as const };
      const actor = { kind: 'kiosk' as const, kioskId: await kioskId() };
      return verificarProva({ cadastro, resposta: parsed.data, actor, correlationId }, deps);
    });
    if (result.status !== 'ok') return { ok: true, data: result };
    await guardarProva(session, result.prova);
  } catch (error) {
    return failFrom(error);
  }
  // Outside the try: redirect() throws Next's redirect marker.
  redirect('/cliente/meus-dados/editar', RedirectType.replace);
}

/** CEP → street, bairro, city, UF (or "type it yourself"). Only inside a proven session: not an open proxy. */
export async function buscarCepAction(cep: string): Promise<ActionResult<CepResultado>> {
  const parsed = z.string().max(16).safeParse(cep);
  if (!parsed.success) return { ok: true, data: { status: 'nao-encontrado' } };
  const auth = await sessaoComProva();
  if (!auth.ok) return auth.result;
  try {
    return { ok: true, data: await getCep().buscar(parsed.data) };
  } catch (error) {
    return failFrom(error);
  }
}

export async function revisarCadastroAction(patch: unknown): Promise<ActionResult<Revisao>> {
  const parsed = cadastroInputSchema.safeParse(patch);
  if (!parsed.success) return fail('CADASTRO_DADOS_INVALIDOS');
  const auth = await sessaoComProva();
  if (!auth.ok) return auth.result;
  try {
    const deps = await cadastroDeps();
    const data = await runWithCorrelationId(newCorrelationId(), () =>
      revisarCadastro({ documento: auth.session.documento, patch: parsed.data, actor: auth.actor }, deps),
    );
    return { ok: true, data };
  } catch (error) {
    return failFrom(error);
  }
}

const salvarInput = z.object({ patch: cadastroInputSchema, editId: z.uuid() });

export async function salvarCadastroAction(input: unknown): Promise<ActionResult<Edicao>> {
  const parsed = salvarInput.safeParse(input);
  if (!parsed.success) return fail('CADASTRO_DADOS_INVALIDOS');
  const auth = await sessaoComProva();
  if (!auth.ok) return auth.result;
  try {
    const deps = await cadastroDeps();
    const correlationId = newCorrelationId();
    const data = await runWithCorrelationId(correlationId, () =>
      editarCadastro(
        {
          documento: auth.session.documento,
          patch: parsed.data.patch,
          actor: auth.actor,
          editId: parsed.data.editId,
          correlationId,
        },
        deps,
      ),
    );
    return { ok: true, data };
  } catch (error) {
    return failFrom(error);
  }
}
