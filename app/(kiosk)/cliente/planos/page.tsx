import { notFound } from 'next/navigation';
import { CustomerHeader } from '@/components/kiosk/customer-header';
import { PlanoCard } from '@/components/planos/plano-card';
import { PL } from '@/components/planos/texts';
import { ErrorPanel } from '@/components/servicos/error-panel';
import { LinkButton } from '@/components/ui/button';
import { Screen } from '@/components/ui/screen';
import { isDomainError, messageFor } from '@/lib/domain/errors';
import { getErp } from '@/lib/erp/registry';
import { planosDoCliente, type PlanosDoCliente } from '@/lib/services/planos';
import { requireKioskSessionOrRedirect } from '@/lib/services/session-page';

export const dynamic = 'force-dynamic';

/** "Meus planos": each plan with its status in plain words; a blocked one offers the trust unlock. */
export default async function PlanosPage() {
  const session = await requireKioskSessionOrRedirect();
  const erp = getErp();
  if (!erp.capabilities.has('planos')) notFound();
  let data: PlanosDoCliente | null = null;
  let erro: string | null = null;
  try {
    data = await planosDoCliente(session);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    erro = messageFor(error.code);
  }
  const podeDesbloquear = erp.capabilities.has('desbloqueio') && data?.pendencias === 'nenhuma';
  const algumBloqueado = data?.planos.some((p) => p.status === 'bloqueado') ?? false;

  return (
    <Screen header={<CustomerHeader session={session} />} testId="screen-planos">
      <LinkButton href="/cliente" variant="ghost" className="self-start" data-testid="voltar-inicio">
        ← {PL.back}
      </LinkButton>
      {erro !== null || !data ? (
        <ErrorPanel title={PL.erroTitle} message={erro ?? ''} retryHref="/cliente/planos" />
      ) : (
        <>
          <h1 className="text-4xl font-bold">{PL.title}</h1>
          {algumBloqueado && data.pendencias !== 'nenhuma' && erp.capabilities.has('desbloqueio') ? (
            <p
              role="alert"
              data-testid="aviso-pendencia"
              className="rounded-2xl border-4 border-brand bg-panel-2 p-5 text-2xl"
            >
              {data.pendencias === 'ha_pendencias' ? PL.pendencia : PL.pendenciaIndisponivel}
            </p>
          ) : null}
          {data.faturasAbertas ? (
            <section
              className="flex flex-col gap-3 rounded-3xl border-2 border-brand bg-panel p-6"
              data-testid="sugestao-pagar"
            >
              <p className="text-2xl font-bold">{PL.faturasAbertas(data.faturasAbertas)}</p>
              <p className="text-xl text-muted">{PL.pagarSugestao}</p>
              <LinkButton href="/cliente" variant="secondary" className="self-start">
                {PL.verFaturas}
              </LinkButton>
            </section>
          ) : null}
          {data.planos.length === 0 ? (
            <p className="text-2xl text-muted" data-testid="sem-planos">
              {PL.none}
            </p>
          ) : (
            <ul className="flex flex-col gap-6" data-testid="planos">
              {data.planos.map((p) => (
                <PlanoCard
                  key={p.id}
                  plano={p}
                  podeDesbloquear={podeDesbloquear && p.desbloqueioDisponivel}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </Screen>
  );
}
