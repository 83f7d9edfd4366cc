import { formatBRL } from '@/lib/domain/money';
import type { FaturaAvaliada } from '@/lib/services/avaliar-fatura';
import { FT } from './texts';

/** The sum due today over the open faturas (updated values), and how many there are. */
export function TotalDevido({ faturas }: { faturas: readonly FaturaAvaliada[] }) {
  const total = faturas.reduce((sum, a) => sum + a.valorDevido, 0);
  return (
    <p className="flex flex-col items-end text-right" data-testid="total-devido">
      <span className="text-xl text-muted">
        {FT.home.totalTitle} · {FT.home.totalCount(faturas.length)}
      </span>
      <strong className="text-4xl font-extrabold text-brand" data-testid="total-devido-valor">
        {formatBRL(total)}
      </strong>
    </p>
  );
}
