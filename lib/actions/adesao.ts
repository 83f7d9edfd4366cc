'use server';

import { z } from 'zod';
import type { CepResultado } from '@/lib/cep';
import {
  buscarCepAdesao,
  enviarAdesao,
  enviarPedidoClienteExistente,
  mintConfirmacaoAdesao,
  modoAdesao,
  type ProvaRecusada,
  type ResultadoAdesao,
} from '@/lib/services/adesao';
import { adesaoInputSchema, validarDadosAdesao, type ErrosAdesao } from '@/lib/services/adesao-schema';
import { currentKioskId } from '@/lib/session/kiosk-cookie';
import { fail, failFrom, type ActionResult } from './result';

/**
 * "Quero ser cliente" at the kiosk: no customer session, so every input is parsed here and validated again by
 * the service (choices against the ERP's lists, fields with the rules of "Meus dados"); the confirmation key
 * is minted by the server at review and bound to this totem's signed id.
 */

export type RevisaoAdesao =
  { status: 'ok'; confirmacao: string } | { status: 'invalido'; fieldErrors: ErrosAdesao };

const revisarInput = z.object({ dados: z.record(z.string(), z.string().max(300)) }).strict();

/** Validates the typed fields and mints the key the "Enviar" of this review will use. */
export async function revisarAdesaoAction(input: unknown): Promise<ActionResult<RevisaoAdesao>> {
  const parsed = revisarInput.safeParse(input);
  if (!parsed.success) return fail('CADASTRO_DADOS_INVALIDOS');
  if (!modoAdesao()) return fail('FUNCAO_INDISPONIVEL');
  const v = validarDadosAdesao(parsed.data.dados);
  if (!v.ok) return { ok: true, data: { status: 'invalido', fieldErrors: v.fieldErrors } };
  return { ok: true, data: { status: 'ok', confirmacao: mintConfirmacaoAdesao(await currentKioskId()) } };
}

/** Sends the sign-up once per key; a document that is already a customer gets the existing-customer offer. */
export async function enviarAdesaoAction(
  input: unknown,
  token: string,
): Promise<ActionResult<ResultadoAdesao>> {
  const parsed = adesaoInputSchema.safeParse(input);
  if (!parsed.success) return fail('CADASTRO_DADOS_INVALIDOS');
  try {
    const { replayed: _r, ...data } = await enviarAdesao(await currentKioskId(), parsed.data, token);
    return { ok: true, data };
  } catch (error) {
    return failFrom(error);
  }
}

/**
 * "Criação de pedido para cliente já existente", with the key the "cliente-existente" answer carried and the
 * ownership proof's answer (checked by the service against the document that key is bound to).
 */
export async function enviarPedidoExistenteAction(
  input: unknown,
  token: string,
  resposta: string,
): Promise<ActionResult<ResultadoAdesao | ProvaRecusada>> {
  const parsed = adesaoInputSchema.safeParse(input);
  if (!parsed.success) return fail('CADASTRO_DADOS_INVALIDOS');
  const answer = z.string().max(8).safeParse(resposta);
  if (!answer.success) return { ok: true, data: { status: 'prova-formato' } };
  try {
    const { replayed: _r, ...data } = await enviarPedidoClienteExistente(
      await currentKioskId(),
      parsed.data,
      token,
      answer.data,
    );
    return { ok: true, data };
  } catch (error) {
    return failFrom(error);
  }
}

/** CEP → address for the sign-up form, limited per totem by the service (SIGNUP_CEP_MAX_PER_MINUTE). */
export async function buscarCepAdesaoAction(cep: string): Promise<ActionResult<CepResultado>> {
  const parsed = z.string().max(16).safeParse(cep);
  if (!parsed.success) return { ok: true, data: { status: 'nao-encontrado' } };
  try {
    return { ok: true, data: await buscarCepAdesao(await currentKioskId(), parsed.data) };
  } catch (error) {
    return failFrom(error);
  }
}
