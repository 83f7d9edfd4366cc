'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getStore } from '@/lib/store';
import { staffActor } from '@/lib/staff/auth';
import { deskAction } from '@/lib/staff/guard';
import { fail, failFrom, type ActionResult } from '../result';

/** Admin: the totem registry (name, store, enable/disable). */

const TOTENS_PATH = '/balcao/admin/totens';
const kioskId = z.string().min(1).max(100);

export const renomearTotemAction = deskAction(
  'admin',
  'totem.renomear',
  async (ctx, id: string, name: string, storeName: string): Promise<ActionResult<null>> => {
    const parsed = z
      .object({ id: kioskId, name: z.string().trim().min(1).max(80), storeName: z.string().trim().max(80) })
      .safeParse({ id, name, storeName });
    if (!parsed.success) return fail('FUNCAO_INDISPONIVEL', { fieldErrors: { nome: 'nome inválido' } });
    try {
      const store = await getStore();
      const record = await store.kiosks.rename(parsed.data.id, parsed.data.name, parsed.data.storeName);
      if (!record) return fail('FUNCAO_INDISPONIVEL');
      await store.audit.append({
        actor: staffActor(ctx.user),
        action: 'desk.totem.renomear',
        result: 'ok',
        details: { totem: record.id, nome: record.name, loja: record.storeName },
      });
      revalidatePath(TOTENS_PATH);
      return { ok: true, data: null };
    } catch (error) {
      return failFrom(error);
    }
  },
);

export const alterarStatusTotemAction = deskAction(
  'admin',
  'totem.status',
  async (ctx, id: string, enabled: boolean): Promise<ActionResult<null>> => {
    const parsed = z.object({ id: kioskId, enabled: z.boolean() }).safeParse({ id, enabled });
    if (!parsed.success) return fail('FUNCAO_INDISPONIVEL');
    try {
      const store = await getStore();
      const record = await store.kiosks.setEnabled(parsed.data.id, parsed.data.enabled);
      if (!record) return fail('FUNCAO_INDISPONIVEL');
      await store.audit.append({
        actor: staffActor(ctx.user),
        action: parsed.data.enabled ? 'desk.totem.ativar' : 'desk.totem.desativar',
        result: 'ok',
        details: { totem: record.id },
      });
      revalidatePath(TOTENS_PATH);
      return { ok: true, data: null };
    } catch (error) {
      return failFrom(error);
    }
  },
);
