'use client';

import { ConfirmStatus } from '@/components/servicos/confirm-status';
import { Button, LinkButton } from '@/components/ui/button';
import { desbloquearAction, type DesbloqueioView } from '@/lib/actions/planos';
import { formatDateBR } from '@/lib/domain/dates';
import { useConfirmedAction } from '@/components/servicos/use-confirmed-action';
import { PL } from './texts';

/** The confirm button of the trust unlock and, after it, the ERP's answer in plain words. */
export function DesbloqueioConfirm({
  planoId,
  token,
  faturaHref,
}: {
  planoId: string;
  token: string;
  /** Where to pay (the oldest open fatura, or the list), when there is something to pay. */
  faturaHref: string | null;
}) {
  const { state, run } = useConfirmedAction<DesbloqueioView>(PL.erroRede);

  if (state.stage === 'done') {
    const r = state.data;
    return (
      <section
        role="status"
        data-testid="desbloqueio-resultado"
        data-motivo={r.motivo}
        className={`flex flex-col gap-6 rounded-3xl border-4 p-8 ${r.ok ? 'border-ok bg-panel' : 'border-danger bg-danger-bg'}`}
      >
        <h2 className="text-4xl font-bold">{r.ok ? PL.okTitle : PL.recusadoTitle}</h2>
        <p className="text-2xl leading-relaxed" data-testid="desbloqueio-mensagem">
          {r.mensagem}
        </p>
        {r.liberadoAte ? <p className="text-2xl">{PL.liberadoAte(formatDateBR(r.liberadoAte))}</p> : null}
        <div className="flex flex-wrap gap-4">
          {faturaHref ? (
            <LinkButton href={faturaHref} data-testid="desbloqueio-pagar">
              {PL.verFaturas}
            </LinkButton>
          ) : null}
          <LinkButton href="/cliente" variant="secondary" data-testid="desbloqueio-inicio">
            {PL.inicio}
          </LinkButton>
        </div>
      </section>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-4">
        <Button
          onClick={() => void run(() => desbloquearAction(planoId, token))}
          disabled={state.stage === 'sending'}
          data-testid="desbloqueio-confirmar"
        >
          {PL.confirmar}
        </Button>
        <LinkButton href="/cliente/planos" variant="ghost" data-testid="desbloqueio-cancelar">
          {PL.cancelar}
        </LinkButton>
      </div>
      <ConfirmStatus state={state} sending={PL.enviando} errorTestId="desbloqueio-erro" />
    </div>
  );
}
