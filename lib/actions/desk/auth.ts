'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { DomainError } from '@/lib/domain/errors';
import { clearStaffCookie, clientAddress, setStaffCookie } from '@/lib/session/staff';
import { PasswordPolicyError } from '@/lib/staff/auth';
import { deskAction } from '@/lib/staff/guard';
import { getStaffAuth } from '@/lib/staff/server';
import { fail, failFrom, type ActionResult } from '../result';

/**
 * Desk sign-in and session actions. `entrarAction` is the only desk action without a session (it creates
 * one); every other goes through `deskAction`, which checks the session and role first.
 */

const loginSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export async function entrarAction(
  _prev: ActionResult<null> | null,
  form: FormData,
): Promise<ActionResult<null>> {
  const parsed = loginSchema.safeParse({ username: form.get('username'), password: form.get('password') });
  if (!parsed.success) return fail('LOGIN_INVALIDO');
  let mustChange = false;
  try {
    const opened = await (await getStaffAuth()).login({ ...parsed.data, address: await clientAddress() });
    await setStaffCookie(opened.token);
    mustChange = opened.user.mustChangePassword;
  } catch (error) {
    return failFrom(error);
  }
  redirect(mustChange ? '/balcao/senha' : '/balcao');
}

export const sairAction = deskAction(
  'atendente',
  'sair',
  async (ctx) => {
    await (await getStaffAuth()).logout(ctx.token, ctx.user);
    await clearStaffCookie();
    redirect('/balcao/entrar?saiu=1');
  },
  { duringPasswordChange: true },
);

export const sairDeTodosAction = deskAction(
  'atendente',
  'sair_de_todos',
  async (ctx) => {
    await (await getStaffAuth()).logoutEverywhere(ctx.user);
    await clearStaffCookie();
    redirect('/balcao/entrar?saiu=todos');
  },
  { duringPasswordChange: true },
);

const passwordSchema = z.object({
  current: z.string().min(1).max(256),
  next: z.string().min(1).max(256),
  confirm: z.string().max(256),
});

export type TrocarSenhaResult = ActionResult<null> & { problems?: string[] };

export const trocarSenhaAction = deskAction(
  'atendente',
  'senha.trocar',
  async (ctx, _prev: TrocarSenhaResult | null, form: FormData): Promise<TrocarSenhaResult> => {
    const parsed = passwordSchema.safeParse({
      current: form.get('current'),
      next: form.get('next'),
      confirm: form.get('confirm'),
    });
    if (!parsed.success) return fail('SENHA_FRACA');
    if (parsed.data.next !== parsed.data.confirm) return { ...fail('SENHA_FRACA'), problems: ['diferentes'] };
    try {
      const opened = await (
        await getStaffAuth()
      ).changePassword(ctx.user, parsed.data.current, parsed.data.next);
      await setStaffCookie(opened.token);
    } catch (error) {
      if (error instanceof PasswordPolicyError) return { ...fail('SENHA_FRACA'), problems: error.problems };
      if (error instanceof DomainError) return failFrom(error);
      throw error;
    }
    redirect('/balcao?senha=1');
  },
  { duringPasswordChange: true },
);
