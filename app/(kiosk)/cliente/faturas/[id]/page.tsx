import { notFound } from 'next/navigation';
import { CustomerHeader } from '@/components/kiosk/customer-header';
import { FaturaDetalhe } from '@/components/faturas/fatura-detalhe';
import { LinkButton } from '@/components/ui/button';
import { Screen } from '@/components/ui/screen';
import { getFaturaDoCliente } from '@/lib/services/faturas';
import { requireKioskSessionOrRedirect } from '@/lib/services/session-page';
import { FT } from '@/components/faturas/texts';

export const dynamic = 'force-dynamic';

export default async function FaturaPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireKioskSessionOrRedirect();
  const { id } = await params;
  const avaliada = await getFaturaDoCliente(session, decodeURIComponent(id));
  if (!avaliada) notFound();
  return (
    <Screen header={<CustomerHeader session={session} />} testId="screen-fatura">
      <div>
        <LinkButton href="/cliente" variant="ghost" data-testid="back-to-faturas">
          ← {FT.fatura.back}
        </LinkButton>
      </div>
      <FaturaDetalhe avaliada={avaliada} />
    </Screen>
  );
}
