'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { DomainError } from '@/lib/domain/errors';
import { STAFF_ROLES } from '@/lib/staff/roles';
import { deskAction } from '@/lib/staff/guard';
import { getStaffAuth } from '@/lib/staff/server';
import { fail, failFrom, type ActionResult } from '../result';

/** Admin: staff users (create with a temporary password, reset it, change role, disable/enable). */

const USERS_PATH = '/balcao/admin/usuarios';
const userId = z.string().uuid();

export interface TemporaryPassword {
  username: string;
  temporaryPassword: string;
}

const novoSchema = z.object({
  username: z.string().trim().min(1).max(64),
  nome: z.string().trim().min(1).max(120),
  role: z.enum(STAFF_ROLES),
});

export const criarUsuarioAction = deskAction(
  'admin',
  'usuario.criar',
  async (ctx, _prev: ActionResult<TemporaryPassword> | null, form: FormData) => {
    const parsed = novoSchema.safeParse({
      username: form.get('username'),
      nome: form.get('nome'),
      role: form.get('role'),
    });
    if (!parsed.success) return fail('USUARIO_INVALIDO');
    try {
      const { user, temporaryPassword } = await (await getStaffAuth()).createUser(ctx.user, parsed.data);
      revalidatePath(USERS_PATH);
      return { ok: true as const, data: { username: user.username, temporaryPassword } };
    } catch (error) {
      return failFrom(error);
    }
  },
);

export const redefinirSenhaAction = deskAction(
  'admin',
  'usuario.redefinir_senha',
  async (_ctx, id: string): Promise<ActionResult<TemporaryPassword>> => {
    const parsed = userId.safeParse(id);
    if (!parsed.success) return fail('USUARIO_NAO_ENCONTRADO');
    try {
      const { user, temporaryPassword } = await (await getStaffAuth()).resetPassword(_ctx.user, parsed.data);
      revalidatePath(USERS_PATH);
      return { ok: true, data: { username: user.username, temporaryPassword } };
    } catch (error) {
      return failFrom(error);
    }
  },
);

export const alterarPerfilAction = deskAction(
  'admin',
  'usuario.perfil',
  async (ctx, id: string, role: string): Promise<ActionResult<null>> => {
    const parsed = z.object({ id: userId, role: z.enum(STAFF_ROLES) }).safeParse({ id, role });
    if (!parsed.success) return fail('USUARIO_NAO_ENCONTRADO');
    try {
      if (parsed.data.id === ctx.user.id)
        throw new DomainError('ACESSO_NEGADO', { details: 'o próprio perfil' });
      await (await getStaffAuth()).setRole(ctx.user, parsed.data.id, parsed.data.role);
      revalidatePath(USERS_PATH);
      return { ok: true, data: null };
    } catch (error) {
      return failFrom(error);
    }
  },
);

export const alterarStatusUsuarioAction = deskAction(
  'admin',
  'usuario.status',
  async (ctx, id: string, disabled: boolean): Promise<ActionResult<null>> => {
    const parsed = z.object({ id: userId, disabled: z.boolean() }).safeParse({ id, disabled });
    if (!parsed.success) return fail('USUARIO_NAO_ENCONTRADO');
    try {
      if (parsed.data.id === ctx.user.id)
        throw new DomainError('ACESSO_NEGADO', { details: 'a própria conta' });
      await (await getStaffAuth()).setDisabled(ctx.user, parsed.data.id, parsed.data.disabled);
      revalidatePath(USERS_PATH);
      return { ok: true, data: null };
    } catch (error) {
      return failFrom(error);
    }
  },
);
