'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deskAction } from '@/lib/staff/guard';
import { liberarLogin, type LiberacaoDeLogin } from '@/lib/staff/login-locks';
import { loginLockDeps } from '@/lib/staff/server';
import { fail, failFrom, type ActionResult } from '../result';

/** Supervisor: lift a staff login locked by wrong passwords (a user, or an address behind a trusted proxy). */

const LOGINS_PATH = '/balcao/logins-bloqueados';
const chaveSchema = z.string().min(1).max(200);

export const liberarLoginAction = deskAction(
  'supervisor',
  'login.desbloquear',
  async (ctx, _prev: ActionResult<LiberacaoDeLogin> | null, form: FormData) => {
    const key = chaveSchema.safeParse(form.get('chave'));
    if (!key.success) return fail('BLOQUEIO_INVALIDO');
    try {
      const result = await liberarLogin(await loginLockDeps(), ctx.user, key.data);
      revalidatePath(LOGINS_PATH);
      return { ok: true as const, data: result };
    } catch (error) {
      return failFrom(error);
    }
  },
);
