'use server';

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isDomainError } from '@/lib/domain/errors';
import { newCorrelationId, runWithCorrelationId } from '@/lib/http/correlation';
import { editarCadastro, type Edicao } from '@/lib/services/cadastro';
import { cadastroDeps } from '@/lib/services/cadastro-deps';
import { CAMPOS_EDITAVEIS } from '@/lib/services/cadastro-schema';
import { getStore } from '@/lib/store';
import { staffActor } from '@/lib/staff/auth';
import { openCustomerRef } from '@/lib/staff/customer-ref';
import { deskAction } from '@/lib/staff/guard';
import { fail, failFrom, type ActionResult } from '../result';

/**
 * Staff edit a registration on the customer's behalf, through the same service as the kiosk (validation,
 * write to CRM and ERP, read-back, audit): no ownership proof — staff checked an ID document in person — and
 * the actor recorded is the staff user. The customer comes from the page's sealed reference, never from a
 * document in the form; the form sends only the fields staff changed.
 */

export interface EdicaoBalcao {
  edicao: Edicao;
  /**
   * The key for the next submission. One key per submission: a resent request replays the first answer
   * (nothing is written twice), while a corrected form after "invalid" or a partial failure is a new edit.
   */
  proximoEditId: string;
}

const base = z.object({ ref: z.string().min(1).max(600), editId: z.uuid() });

export const editarCadastroBalcaoAction = deskAction(
  'atendente',
  'cadastro.editar',
  async (
    ctx,
    _prev: ActionResult<EdicaoBalcao> | null,
    form: FormData,
  ): Promise<ActionResult<EdicaoBalcao>> => {
    const parsed = base.safeParse({ ref: form.get('ref'), editId: form.get('editId') });
    if (!parsed.success) return fail('CLIENTE_NAO_ENCONTRADO');
    const documento = await openCustomerRef(parsed.data.ref);
    if (!documento) return fail('CLIENTE_NAO_ENCONTRADO');
    const patch: Partial<Record<string, string>> = {};
    for (const campo of CAMPOS_EDITAVEIS) {
      const value = form.get(campo);
      // The schema's limits are far below this; the cut only keeps a forged body from costing anything.
      if (typeof value === 'string') patch[campo] = value.slice(0, 300);
    }
    const actor = staffActor(ctx.user);
    const correlationId = newCorrelationId();
    const store = await getStore();
    try {
      const deps = await cadastroDeps();
      const edicao = await runWithCorrelationId(correlationId, () =>
        editarCadastro(
          {
            documento,
            patch,
            actor: { kind: 'staff', userId: ctx.user.id, username: ctx.user.username },
            editId: parsed.data.editId,
            correlationId,
          },
          deps,
        ),
      );
      // A completed edit is audited by the service (desk.cadastro.editar, with the staff user and the outcome
      // per system); a refused one is recorded here, with the fields but never their values.
      if (edicao.status === 'invalido') {
        await store.audit.append({
          actor,
          action: 'desk.cadastro.editar',
          documento,
          result: 'recusado',
          correlationId,
          details: { invalidos: Object.keys(edicao.fieldErrors).join(',') },
        });
      }
      return { ok: true, data: { edicao, proximoEditId: randomUUID() } };
    } catch (error) {
      await store.audit
        .append({
          actor,
          action: 'desk.cadastro.editar',
          documento,
          result: 'erro',
          correlationId,
          details: { codigo: isDomainError(error) ? error.code : 'ERRO_INTERNO' },
        })
        .catch(() => undefined);
      return failFrom(error);
    }
  },
);
