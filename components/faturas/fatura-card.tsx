import Link from 'next/link';
import { formatDateBR } from '@/lib/domain/dates';
import { formatBRL } from '@/lib/domain/money';
import type { FaturaAvaliada } from '@/lib/services/avaliar-fatura';
import { FT } from './texts';

export function StatusBadge({ avaliada }: { avaliada: FaturaAvaliada }) {
  const vencida = avaliada.status === 'vencida';
  const label = vencida
    ? FT.fatura.vencida(avaliada.diasAtraso)
    : isToday(avaliada)
      ? FT.fatura.venceHoje
      : FT.fatura.aVencer;
  return (
    <span
      data-testid="status"
      className={`inline-flex items-center rounded-full px-4 py-1 text-xl font-bold ${
        vencida ? 'bg-danger text-ink' : 'bg-ok text-ink'
      }`}
    >
      {label}
    </span>
  );
}

function isToday(a: FaturaAvaliada): boolean {
  return a.fatura.vencimento === a.hoje;
}

/** One fatura in the list: the whole card is the touch target. Overdue ones stand out. */
export function FaturaCard({ avaliada }: { avaliada: FaturaAvaliada }) {
  const { fatura } = avaliada;
  const vencida = avaliada.status === 'vencida';
  const encargos = fatura.juros + fatura.multa;
  return (
    <li>
      <Link
        href={`/cliente/faturas/${encodeURIComponent(fatura.id)}`}
        prefetch={false}
        data-testid="fatura-card"
        data-fatura-id={fatura.id}
        className={`flex flex-col gap-4 rounded-3xl border-4 p-6 active:bg-panel-2 ${
          vencida ? 'border-danger bg-danger-bg' : 'border-line bg-panel'
        }`}
      >
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-2xl">
            {FT.fatura.due} <strong className="text-3xl">{formatDateBR(fatura.vencimento)}</strong>
          </p>
          <StatusBadge avaliada={avaliada} />
        </div>
        <p className="text-xl text-muted">
          {FT.fatura.plan}: {fatura.historico}
        </p>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-xl sm:grid-cols-3">
          <div>
            <dt className="text-muted">{FT.fatura.face}</dt>
            <dd className="font-semibold" data-testid="valor-inicial">
              {formatBRL(fatura.valorInicial)}
            </dd>
          </div>
          <div>
            <dt className="text-muted">
              {FT.fatura.juros} + {FT.fatura.multa.toLowerCase()}
            </dt>
            <dd className="font-semibold" data-testid="encargos">
              {formatBRL(encargos)}
            </dd>
          </div>
          <div>
            <dt className="text-muted">{vencida ? FT.fatura.updated : FT.fatura.total}</dt>
            <dd className="text-3xl font-extrabold" data-testid="valor-devido">
              {formatBRL(avaliada.valorDevido)}
            </dd>
          </div>
        </dl>
        <span className="self-end text-2xl font-bold text-brand">{FT.fatura.open} →</span>
      </Link>
    </li>
  );
}
