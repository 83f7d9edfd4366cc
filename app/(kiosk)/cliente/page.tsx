import { CustomerHeader } from '@/components/kiosk/customer-header';
import { CustomerMenu } from '@/components/kiosk/customer-menu';
import { KIOSK_MENU, visibleMenu } from '@/components/kiosk/menu';
import { T } from '@/components/kiosk/texts';
import { FaturaCard } from '@/components/faturas/fatura-card';
import { TotalDevido } from '@/components/faturas/total-devido';
import { LinkButton } from '@/components/ui/button';
import { Screen } from '@/components/ui/screen';
import { getConfig } from '@/lib/config';
import { isDomainError, messageFor } from '@/lib/domain/errors';
import type { FaturaAvaliada } from '@/lib/services/avaliar-fatura';
import { getErp } from '@/lib/erp/registry';
import { listFaturasDoCliente } from '@/lib/services/faturas';
import { requireKioskSessionOrRedirect } from '@/lib/services/session-page';
import { FT } from '@/components/faturas/texts';

export const dynamic = 'force-dynamic';

/** Customer home: greeting, the total due and the open faturas (the main reason to come), then the menu. */
export default async function ClienteHomePage() {
  const session = await requireKioskSessionOrRedirect();
  let faturas: FaturaAvaliada[] | null = null;
  let erro: string | null = null;
  try {
    faturas = await listFaturasDoCliente(session);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    erro = messageFor(error.code);
  }
  const menu = visibleMenu(KIOSK_MENU, { capabilities: getErp().capabilities, config: getConfig() });

  return (
    <Screen header={<CustomerHeader session={session} />} testId="screen-home">
      {erro !== null ? (
        <section
          className="flex flex-col items-center gap-6 rounded-3xl border-4 border-danger bg-danger-bg p-10 text-center"
          data-testid="faturas-erro"
        >
          <h1 className="text-4xl font-bold">{FT.home.erpDownTitle}</h1>
          <p role="alert" className="text-2xl text-muted">
            {erro}
          </p>
          <LinkButton href="/cliente">{T.identify.tryAgain}</LinkButton>
        </section>
      ) : faturas && faturas.length > 0 ? (
        <section aria-labelledby="faturas-title" className="flex flex-col gap-6">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <h1 id="faturas-title" className="text-4xl font-bold">
              {FT.home.faturasTitle}
            </h1>
            <TotalDevido faturas={faturas} />
          </div>
          <ul className="flex flex-col gap-6" data-testid="faturas">
            {faturas.map((a) => (
              <FaturaCard key={a.fatura.id} avaliada={a} />
            ))}
          </ul>
        </section>
      ) : (
        <section
          className="flex flex-col items-center gap-6 rounded-3xl border-4 border-ok bg-panel p-10 text-center"
          data-testid="sem-faturas"
        >
          <h1 className="text-4xl font-bold">{FT.home.noneTitle}</h1>
          <p className="text-2xl text-muted">{FT.home.noneText}</p>
        </section>
      )}
      <CustomerMenu title={FT.home.menuTitle} entries={menu} />
    </Screen>
  );
}
