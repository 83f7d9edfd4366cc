'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { parseDocumento } from '@/lib/br';
import { getStore } from '@/lib/store';
import { staffActor } from '@/lib/staff/auth';
import { auditFormSchema, sealAuditForm, toAuditFilter } from '@/lib/staff/audit-filter';
import { getLookupPolicy } from '@/lib/services/limiter';
import {
  desbloquearConsultas,
  desbloquearDocumento,
  type DesbloqueioResultado,
  type LimiteDeConsulta,
} from '@/lib/staff/desbloqueio';
import { deskAction } from '@/lib/staff/guard';
import { fail, failFrom, type ActionResult } from '../result';

/** Supervisor: filter the audit trail (sealed into the URL), unlock a locked-out document or lookup limit. */

export const filtrarAuditoriaAction = deskAction(
  'supervisor',
  'auditoria.filtrar',
  async (_ctx, _prev: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> => {
    const parsed = auditFormSchema.safeParse(Object.fromEntries(form.entries()));
    if (!parsed.success) return fail('DOCUMENTO_INVALIDO', { fieldErrors: { filtro: 'filtro inválido' } });
    const check = toAuditFilter(parsed.data);
    if (!check.ok) return fail('DOCUMENTO_INVALIDO', { fieldErrors: { documento: 'documento inválido' } });
    redirect(`/balcao/auditoria?f=${encodeURIComponent(await sealAuditForm(parsed.data))}`);
  },
);

export const desbloquearDocumentoAction = deskAction(
  'supervisor',
  'documento.desbloquear',
  async (ctx, _prev: ActionResult<DesbloqueioResultado> | null, form: FormData) => {
    const raw = form.get('documento');
    const doc = parseDocumento(typeof raw === 'string' ? raw.slice(0, 32) : '');
    if (!doc.ok) return fail('DOCUMENTO_INVALIDO');
    try {
      const store = await getStore();
      const result = await desbloquearDocumento(store, doc.value);
      await store.audit.append({
        actor: staffActor(ctx.user),
        action: 'desk.documento.desbloquear',
        documento: doc.value,
        result: 'ok',
        details: { estava: result.estavamBloqueados.join(',') || 'nenhum' },
      });
      return { ok: true as const, data: result };
    } catch (error) {
      return failFrom(error);
    }
  },
);

const chaveSchema = z.string().min(1).max(100);

/**
 * Lifts a lookup limit (a totem, the browsers without a totem id, an address, or the whole server) blocked
 * after failed lookups or with its minute's budget spent. Audited with the staff user; never the address.
 */
export const desbloquearConsultasAction = deskAction(
  'supervisor',
  'consultas.desbloquear',
  async (
    ctx,
    _prev: ActionResult<{ limite: LimiteDeConsulta; estavaBloqueado: boolean }> | null,
    form: FormData,
  ) => {
    const key = chaveSchema.safeParse(form.get('chave'));
    if (!key.success) return fail('BLOQUEIO_INVALIDO');
    try {
      const store = await getStore();
      const result = await desbloquearConsultas(store, getLookupPolicy(), key.data, Date.now());
      if (!result) return fail('BLOQUEIO_INVALIDO');
      await store.audit.append({
        actor: staffActor(ctx.user),
        action: 'desk.consultas.desbloquear',
        result: 'ok',
        details: {
          limite: result.limite.tipo,
          totem: result.limite.tipo === 'totem' ? result.limite.kioskId : null,
          estava: result.estavaBloqueado,
        },
      });
      revalidatePath('/balcao/auditoria');
      return { ok: true as const, data: result };
    } catch (error) {
      return failFrom(error);
    }
  },
);
