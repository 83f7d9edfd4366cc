import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/desk/login-form';
import { DT } from '@/components/desk/texts';
import { getStaffContext } from '@/lib/session/staff';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Entrar · Balcão' };

/** The desk's only public page. Someone already signed in goes straight to the desk. */
export default async function EntrarPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (await getStaffContext()) redirect('/balcao');
  const q = await searchParams;
  const notice =
    q.expirada !== undefined
      ? DT.login.expired
      : q.saiu === 'todos'
        ? DT.login.loggedOutAll
        : q.saiu !== undefined
          ? DT.login.loggedOut
          : null;
  return (
    <main className="flex min-h-dvh items-center justify-center" data-testid="screen-login">
      <LoginForm notice={notice} />
    </main>
  );
}
