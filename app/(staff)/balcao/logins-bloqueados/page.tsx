import { DeskShell } from '@/components/desk/shell';
import { DT } from '@/components/desk/texts';
import { LoginLocks, type LoginLockNaTela } from '@/components/desk/login-locks';
import { requireStaffPage } from '@/lib/staff/guard';
import { bloqueiosDeLogin, type BloqueioDeLogin } from '@/lib/staff/login-locks';
import { loginLockDeps } from '@/lib/staff/server';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Logins bloqueados · Balcão' };

function label(b: BloqueioDeLogin): string {
  return b.tipo === 'usuario'
    ? DT.logins.usuario(b.usuario.nome, b.usuario.username, DT.roles[b.usuario.role])
    : DT.logins.endereco(b.endereco);
}

/**
 * Supervisor: staff logins locked by wrong passwords in a row, with the time left, and "Liberar" (a user of a
 * higher role only by that role). The role is checked here and again in the action.
 */
export default async function LoginsBloqueadosPage() {
  const ctx = await requireStaffPage('supervisor', 'logins-bloqueados');
  let bloqueios: LoginLockNaTela[] | null = null;
  try {
    bloqueios = (await bloqueiosDeLogin(await loginLockDeps(), ctx.user)).map((b) => ({
      key: b.key,
      label: label(b),
      failures: b.failures,
      retryAfterSeconds: b.retryAfterSeconds,
      podeLiberar: b.podeLiberar,
    }));
  } catch {
    bloqueios = null;
  }
  return (
    <DeskShell ctx={ctx} title={DT.logins.title} testId="screen-logins">
      <section aria-label={DT.logins.title} className="rounded-lg border border-line bg-panel p-4">
        {bloqueios ? (
          <LoginLocks bloqueios={bloqueios} />
        ) : (
          <p role="alert" data-testid="login-locks-erro">
            {DT.logins.indisponivel}
          </p>
        )}
      </section>
    </DeskShell>
  );
}
