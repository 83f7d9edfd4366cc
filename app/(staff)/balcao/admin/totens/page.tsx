import { DeskShell } from '@/components/desk/shell';
import { DT } from '@/components/desk/texts';
import { TotensAdmin, type TotemRow } from '@/components/desk/totens-admin';
import { getStore } from '@/lib/store';
import { requireStaffPage } from '@/lib/staff/guard';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Totens · Balcão' };

const whenFmt = new Intl.DateTimeFormat('pt-BR', {
  timeZone: 'America/Sao_Paulo',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** Admin: the totems registered in the store (a totem registers itself the first time it opens the app). */
export default async function TotensPage() {
  const ctx = await requireStaffPage('admin', 'totens');
  const totens: TotemRow[] = (await (await getStore()).kiosks.list()).map((k) => ({
    id: k.id,
    name: k.name,
    storeName: k.storeName,
    enabled: k.enabled,
    lastSeen: whenFmt.format(k.lastSeen),
  }));
  return (
    <DeskShell ctx={ctx} title={DT.totens.title} testId="screen-totens">
      <TotensAdmin totens={totens} />
    </DeskShell>
  );
}
