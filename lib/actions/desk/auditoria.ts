'use server';

import { redirect } from 'next/navigation';
import { parseDocumento } from '@/lib/br';
import { getStore } from '@/lib/store';
import { staffActor } from '@/lib/staff/auth';
import { auditFormSchema, sealAuditForm, toAuditFilter } from '@/lib/staff/audit-filter';
import { desbloquearDocumento, type DesbloqueioResultado } from '@/lib/staff/desbloqueio';
import { deskAction } from '@/lib/staff/guard';
import { fail, failFrom, type ActionResult } from '../result';

/** Supervisor: filter the audit trail (sealed into the URL) and unlock a locked-out document. */

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
