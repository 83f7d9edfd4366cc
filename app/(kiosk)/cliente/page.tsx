import { CustomerHeader } from '@/components/kiosk/customer-header';
import { T } from '@/components/kiosk/texts';
import { FaturaCard } from '@/components/faturas/fatura-card';
import { LinkButton } from '@/components/ui/button';
import { Screen } from '@/components/ui/screen';
import { isDomainError, messageFor } from '@/lib/domain/errors';
import type { FaturaAvaliada } from '@/lib/services/avaliar-fatura';
import { getErp } from '@/lib/erp/registry';
import { kioskFeatures } from '@/lib/services/features';
import { listFaturasDoCliente } from '@/lib/services/faturas';
import { requireKioskSessionOrRedirect } from '@/lib/services/session-page';
import { FT } from '@/components/faturas/texts';

export const dynamic = 'force-dynamic';

/** Customer home: greeting, masked document, the open faturas (the main reason to come), what else is offered. */
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
          <h1 id="faturas-title" className="text-4xl font-bold">
            {FT.home.faturasTitle}
          </h1>
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
      <section aria-labelledby="can-do" className="rounded-3xl border-2 border-line bg-panel p-6">
        <h2 id="can-do" className="mb-3 text-2xl font-bold">
          {FT.home.canDo}
        </h2>
        <ul className="list-disc space-y-2 pl-8 text-xl text-muted" data-testid="features">
          {kioskFeatures(getErp().capabilities).map((f) => (
            <li key={f}>{FT.home.features[f]}</li>
          ))}
        </ul>
      </section>
    </Screen>
  );
}
