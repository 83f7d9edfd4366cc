import { DeskShell } from '@/components/desk/shell';
import { PasswordForm } from '@/components/desk/password-form';
import { DT } from '@/components/desk/texts';
import { requireStaffPage } from '@/lib/staff/guard';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Trocar senha · Balcão' };

/** Voluntary change, and the forced change of a temporary password (every other desk page sends here). */
export default async function SenhaPage() {
  const ctx = await requireStaffPage('atendente', 'senha', { passwordChangePage: true });
  return (
    <DeskShell ctx={ctx} title={DT.password.title} testId="screen-senha">
      {ctx.user.mustChangePassword ? (
        <p
          role="status"
          className="rounded-md border border-brand bg-panel p-2"
          data-testid="password-forced"
        >
          {DT.password.forced}
        </p>
      ) : null}
      <PasswordForm />
    </DeskShell>
  );
}
