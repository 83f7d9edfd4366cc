import { SearchForm } from '@/components/desk/search-form';
import { DeskShell } from '@/components/desk/shell';
import { DT } from '@/components/desk/texts';
import { requireStaffPage } from '@/lib/staff/guard';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Balcão' };

/** The desk's home: find a customer. */
export default async function BalcaoPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireStaffPage('atendente', 'inicio');
  const q = await searchParams;
  return (
    <DeskShell ctx={ctx} title={DT.busca.title} testId="screen-busca">
      {q.negado !== undefined ? (
        <p role="alert" className="rounded-md border border-danger bg-danger-bg p-2" data-testid="denied">
          {DT.busca.denied}
        </p>
      ) : null}
      <SearchForm />
    </DeskShell>
  );
}
