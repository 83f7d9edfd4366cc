import Link from 'next/link';
import type { ReactNode } from 'react';
import { sairAction, sairDeTodosAction } from '@/lib/actions/desk/auth';
import type { StaffContext } from '@/lib/session/staff';
import { roleAtLeast } from '@/lib/staff/roles';
import { LogoutButton } from './logout-button';
import { DT } from './texts';
import { deskButton } from './ui';

/** Desk page frame: the user's name and role, links to what the role may open, and the logout buttons. */
export function DeskShell({
  ctx,
  children,
  testId,
  title,
}: {
  ctx: StaffContext;
  children: ReactNode;
  testId?: string;
  title: string;
}) {
  const { user } = ctx;
  const links: { href: string; label: string; show: boolean; id: string }[] = [
    { href: '/balcao', label: DT.nav.buscar, show: true, id: 'nav-buscar' },
    {
      href: '/balcao/auditoria',
      label: DT.nav.auditoria,
      show: roleAtLeast(user.role, 'supervisor'),
      id: 'nav-auditoria',
    },
    {
      href: '/balcao/logins-bloqueados',
      label: DT.nav.logins,
      show: roleAtLeast(user.role, 'supervisor'),
      id: 'nav-logins',
    },
    {
      href: '/balcao/admin/usuarios',
      label: DT.nav.usuarios,
      show: roleAtLeast(user.role, 'admin'),
      id: 'nav-usuarios',
    },
    {
      href: '/balcao/admin/totens',
      label: DT.nav.totens,
      show: roleAtLeast(user.role, 'admin'),
      id: 'nav-totens',
    },
  ];
  return (
    <div className="flex min-h-dvh flex-col" data-testid={testId}>
      <header className="flex flex-wrap items-center gap-4 border-b border-line bg-panel px-6 py-2">
        <span className="font-bold text-brand">{DT.appName}</span>
        <nav aria-label={DT.nav.principal} className="flex gap-1">
          {links
            .filter((l) => l.show)
            .map((l) => (
              <Link
                key={l.href}
                href={l.href}
                prefetch={false}
                className={deskButton('ghost')}
                data-testid={l.id}
              >
                {l.label}
              </Link>
            ))}
        </nav>
        <div className="ml-auto flex items-center gap-2 text-sm">
          <span data-testid="staff-user">
            {user.nome} · <span className="text-muted">{DT.roles[user.role]}</span>
          </span>
          <Link href="/balcao/senha" prefetch={false} className={deskButton('ghost')}>
            {DT.nav.senha}
          </Link>
          <LogoutButton
            action={sairDeTodosAction}
            label={DT.nav.sairTodos}
            testId="logout-all"
            variant="ghost"
          />
          <LogoutButton action={sairAction} label={DT.nav.sair} testId="logout" variant="secondary" />
        </div>
      </header>
      <main className="flex w-full flex-1 flex-col gap-4 px-6 py-4">
        <h1 className="text-xl font-bold">{title}</h1>
        {children}
      </main>
    </div>
  );
}
