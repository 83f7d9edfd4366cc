'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { parseDocumento } from '@/lib/br';
import { isDomainError } from '@/lib/domain/errors';
import { buscarClienteNoErp } from '@/lib/services/balcao';
import { getStore } from '@/lib/store';
import { staffActor } from '@/lib/staff/auth';
import { openCustomerRef, sealCustomerRef } from '@/lib/staff/customer-ref';
import { deskAction } from '@/lib/staff/guard';
import { fail, failFrom, type ActionResult } from '../result';

/** Desk customer actions: find by CPF/CNPJ, and the audit of what staff copy from a fatura. */

export const buscarClienteAction = deskAction(
  'atendente',
  'cliente.buscar',
  async (ctx, _prev: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> => {
    const input = z.string().max(64).safeParse(form.get('documento'));
    if (!input.success) return fail('DOCUMENTO_INVALIDO');
    const store = await getStore();
    const doc = parseDocumento(input.data);
    let ref: string;
    try {
      const cliente = await buscarClienteNoErp(input.data);
      ref = await sealCustomerRef(cliente.documento);
      await store.audit.append({
        actor: staffActor(ctx.user),
        action: 'desk.cliente.buscar',
        documento: cliente.documento,
        result: 'ok',
      });
    } catch (error) {
      await store.audit.append({
        actor: staffActor(ctx.user),
        action: 'desk.cliente.buscar',
        ...(doc.ok ? { documento: doc.value } : {}),
        result:
          isDomainError(error) && error.code !== 'ERRO_INTERNO' && !error.retryable ? 'recusado' : 'erro',
        details: { codigo: isDomainError(error) ? error.code : 'ERRO_INTERNO' },
      });
      return failFrom(error);
    }
    redirect(`/balcao/cliente/${ref}`);
  },
);

const copiaSchema = z.object({
  ref: z.string().min(1).max(600),
  faturaId: z.string().regex(/^[\w.-]{1,64}$/),
  tipo: z.enum(['linha', 'pix']),
});

/** Staff copied a linha digitável or a Pix code to give the customer: recorded like a print. */
export const registrarCopiaAction = deskAction(
  'atendente',
  'fatura.copiar',
  async (
    ctx,
    input: { ref: string; faturaId: string; tipo: 'linha' | 'pix' },
  ): Promise<ActionResult<null>> => {
    const parsed = copiaSchema.safeParse(input);
    if (!parsed.success) return fail('FATURA_NAO_ENCONTRADA');
    const documento = await openCustomerRef(parsed.data.ref);
    if (!documento) return fail('CLIENTE_NAO_ENCONTRADO');
    await (
      await getStore()
    ).audit.append({
      actor: staffActor(ctx.user),
      action: parsed.data.tipo === 'linha' ? 'desk.fatura.copiar_linha' : 'desk.fatura.copiar_pix',
      documento,
      result: 'ok',
      details: { fatura: parsed.data.faturaId },
    });
    return { ok: true, data: null };
  },
);
