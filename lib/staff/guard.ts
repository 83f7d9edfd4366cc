import 'server-only';
import { redirect } from 'next/navigation';
import { fail, type ActionResult } from '@/lib/actions/result';
import { getStaffContext, type StaffContext } from '@/lib/session/staff';
import { getStore } from '@/lib/store';
import { staffActor } from './auth';
import { roleAtLeast, type StaffRole } from './roles';

/**
 * Every desk page, route handler and server action starts here: the role is checked on the server, from the
 * session in the store, on every request. `test/desk/access.test.ts` enumerates the desk's routes and actions
 * and calls each without a session and with a too-low role.
 */

export const LOGIN_PATH = '/balcao/entrar';
export const PASSWORD_PATH = '/balcao/senha';
export const DENIED_PATH = '/balcao?negado=1';

async function auditDenied(ctx: StaffContext, what: string, minimum: StaffRole): Promise<void> {
  await (
    await getStore()
  ).audit.append({
    actor: staffActor(ctx.user),
    action: 'desk.acesso_negado',
    result: 'recusado',
    details: { recurso: what, perfilMinimo: minimum, perfil: ctx.user.role },
  });
}

/** For pages: the session with at least `minimum`, else a redirect (login, forced password change, denied). */
export async function requireStaffPage(
  minimum: StaffRole,
  what: string,
  options: { passwordChangePage?: boolean } = {},
): Promise<StaffContext> {
  const ctx = await getStaffContext();
  if (!ctx) redirect(`${LOGIN_PATH}?expirada=1`);
  if (ctx.user.mustChangePassword && !options.passwordChangePage) redirect(PASSWORD_PATH);
  if (!roleAtLeast(ctx.user.role, minimum)) {
    await auditDenied(ctx, what, minimum);
    redirect(DENIED_PATH);
  }
  return ctx;
}

/** For route handlers (PDFs, CSV): the session, or a JSON refusal in pt-BR. */
export async function requireStaffRoute(
  minimum: StaffRole,
  what: string,
): Promise<{ ok: true; ctx: StaffContext } | { ok: false; response: Response }> {
  const ctx = await getStaffContext();
  const refuse = (status: number, code: Parameters<typeof fail>[0]) => ({
    ok: false as const,
    response: Response.json(fail(code), { status, headers: { 'Cache-Control': 'no-store' } }),
  });
  if (!ctx) return refuse(401, 'SESSAO_BALCAO_EXPIRADA');
  if (ctx.user.mustChangePassword) return refuse(403, 'TROCA_DE_SENHA_OBRIGATORIA');
  if (!roleAtLeast(ctx.user.role, minimum)) {
    await auditDenied(ctx, what, minimum);
    return refuse(403, 'ACESSO_NEGADO');
  }
  return { ok: true, ctx };
}

/**
 * Wraps a desk server action: the role check runs before anything else (before the input is even parsed), so
 * an action can only be written with its check. `what` names the action in the audit of a refusal.
 */
export function deskAction<A extends unknown[], R extends ActionResult<unknown>>(
  minimum: StaffRole,
  what: string,
  handler: (ctx: StaffContext, ...args: A) => Promise<R>,
  options: { duringPasswordChange?: boolean } = {},
): (...args: A) => Promise<R | ActionResult<never>> {
  return async (...args: A) => {
    const ctx = await getStaffContext();
    if (!ctx) return fail('SESSAO_BALCAO_EXPIRADA');
    if (ctx.user.mustChangePassword && !options.duringPasswordChange)
      return fail('TROCA_DE_SENHA_OBRIGATORIA');
    if (!roleAtLeast(ctx.user.role, minimum)) {
      await auditDenied(ctx, what, minimum);
      return fail('ACESSO_NEGADO');
    }
    return handler(ctx, ...args);
  };
}
