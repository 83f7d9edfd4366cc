import { notFound } from 'next/navigation';
import { CustomerHeader } from '@/components/kiosk/customer-header';
import { DesbloqueioConfirm } from '@/components/planos/desbloqueio-confirm';
import { PL } from '@/components/planos/texts';
import { ErrorPanel } from '@/components/servicos/error-panel';
import { LinkButton } from '@/components/ui/button';
import { Screen } from '@/components/ui/screen';
import { getConfig } from '@/lib/config';
import { isDomainError, messageFor } from '@/lib/domain/errors';
import { getErp } from '@/lib/erp/registry';
import { mintConfirmacao } from '@/lib/services/confirmacao';
import { planosDoCliente, type PlanosDoCliente } from '@/lib/services/planos';
import { requireKioskSessionOrRedirect } from '@/lib/services/session-page';

export const dynamic = 'force-dynamic';

/**
 * The trust unlock's confirmation: the rules in plain words, then one button. The confirmation key is minted
 * here, with this screen; the action runs the unlock at most once for it.
 */
export default async function DesbloquearPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireKioskSessionOrRedirect();
  if (!getErp().capabilities.has('desbloqueio')) notFound();
  const planoId = decodeURIComponent((await params).id);
  let data: PlanosDoCliente | null = null;
  let erro: string | null = null;
  try {
    data = await planosDoCliente(session);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    erro = messageFor(error.code);
  }
  const retry = `/cliente/planos/${encodeURIComponent(planoId)}/desbloquear`;
  const plano = data?.planos.find((p) => p.id === planoId);
  if (data && !plano) notFound();

  return (
    <Screen header={<CustomerHeader session={session} />} testId="screen-desbloqueio">
      <LinkButton href="/cliente/planos" variant="ghost" className="self-start" data-testid="voltar-planos">
        ← {PL.title}
      </LinkButton>
      {erro !== null || !data || !plano ? (
        <ErrorPanel title={PL.confirmTitle} message={erro ?? ''} retryHref={retry} />
      ) : (
        <section className="flex flex-col gap-6 rounded-3xl border-2 border-line bg-panel p-8">
          <h1 className="text-4xl font-bold">{PL.confirmTitle}</h1>
          <p className="text-2xl font-bold" data-testid="desbloqueio-plano">
            {PL.confirmPlano(plano.nome)}
          </p>
          {data.pendencias !== 'nenhuma' ? (
            <p role="alert" data-testid="aviso-pendencia" className="text-2xl">
              {data.pendencias === 'ha_pendencias' ? PL.pendencia : PL.pendenciaIndisponivel}
            </p>
          ) : !plano.desbloqueioDisponivel ? (
            <p role="alert" data-testid="plano-sem-desbloqueio" className="text-2xl">
              {PL.semDesbloqueio}
            </p>
          ) : (
            <>
              <h2 className="text-2xl font-bold">{PL.regrasTitle}</h2>
              <ul
                className="list-disc space-y-3 pl-8 text-2xl leading-relaxed"
                data-testid="desbloqueio-regras"
              >
                {PL.regras(getConfig().desbloqueio.dias).map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              {data.faturasAbertas ? (
                <p className="text-xl text-muted" data-testid="sugestao-pagar">
                  {PL.faturasAbertas(data.faturasAbertas)} {PL.pagarSugestao}
                </p>
              ) : null}
              <DesbloqueioConfirm
                planoId={plano.id}
                token={mintConfirmacao(session, 'kiosk.desbloqueio', plano.id)}
                faturaHref={data.faturasAbertas ? '/cliente' : null}
              />
            </>
          )}
        </section>
      )}
    </Screen>
  );
}
