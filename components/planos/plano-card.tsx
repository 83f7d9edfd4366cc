import { LinkButton } from '@/components/ui/button';
import { formatBRL } from '@/lib/domain/money';
import type { Plano } from '@/lib/domain/types';
import { PL } from './texts';

const TONE: Record<Plano['status'], string> = {
  ativo: 'border-ok',
  bloqueado: 'border-danger',
  suspenso: 'border-danger',
  cancelado: 'border-line',
  outro: 'border-line',
};

/** One plan: its name, its status in plain words and, when offered, the way to the trust unlock. */
export function PlanoCard({ plano, podeDesbloquear }: { plano: Plano; podeDesbloquear: boolean }) {
  return (
    <li
      className={`flex flex-col gap-4 rounded-3xl border-4 bg-panel p-6 ${TONE[plano.status]}`}
      data-testid="plano-card"
      data-plano={plano.id}
      data-status={plano.status}
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-3xl font-bold">{plano.nome}</h2>
        <span className="rounded-full bg-panel-2 px-5 py-2 text-xl font-bold" data-testid="plano-status">
          {PL.status[plano.status]}
        </span>
      </div>
      <p className="text-xl text-muted">{PL.statusText[plano.status]}</p>
      {plano.valor ? <p className="text-xl">{PL.valor(formatBRL(plano.valor))}</p> : null}
      {plano.status === 'bloqueado' ? (
        podeDesbloquear ? (
          <LinkButton
            href={`/cliente/planos/${encodeURIComponent(plano.id)}/desbloquear`}
            data-testid="plano-desbloquear"
            className="self-start"
          >
            {PL.desbloquear}
          </LinkButton>
        ) : (
          <p className="text-xl" data-testid="plano-sem-desbloqueio">
            {PL.semDesbloqueio}
          </p>
        )
      ) : null}
    </li>
  );
}
