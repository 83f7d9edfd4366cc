import type { BoletoInfo } from '@/lib/boleto';
import { formatBRL, type Centavos } from '@/lib/domain/money';
import type { Fatura, RegrasAtraso } from '@/lib/domain/types';
import { encargosDe, valorDevido } from '@/lib/services/avaliar-fatura';

/**
 * The value boxes of a FEBRABAN ficha de compensação: (=) Valor do documento, (−) Desconto / Abatimento,
 * (−) Outras deduções, (+) Mora / Multa, (+) Outros acréscimos, (=) Valor cobrado.
 *
 * Rules (BOLETO-PIX.md: the barcode must never disagree with what the ficha says is charged):
 * - "Valor do documento" is always the value the barcode encodes (the fatura's face value for an open-value
 *   boleto, which encodes none).
 * - The adjustment boxes are filled only when today's amount (the one the screen and the payer's receipt show)
 *   differs from the document value for a reason the ERP stated, and then they add up to it:
 *   documento − desconto − deduções + mora/multa + acréscimos = amount due today. Juros and multa the ERP split
 *   go to "Mora / Multa"; a difference without a split (http-contract `valor_final` above `valor_inicial`,
 *   juros/multa empty) goes to "Outros acréscimos"; a discount the ERP declared goes to "Desconto".
 * - "(=) Valor cobrado" stays blank for the teller (issue #11): the bank collects what its own system computes
 *   from the registered boleto at payment, and a printed total above the barcode's value would contradict the
 *   barcode. Today's total is in the payer's receipt and in the instructions.
 * - Otherwise every box stays blank: a boleto that charges what it says, charges unknown today (the bank adds
 *   them), or a lower amount due the ERP did not explain (the bank charges the barcode; the screen tells the
 *   customer both figures).
 */
export interface ComposicaoFicha {
  valorDocumento: Centavos;
  desconto: Centavos | null;
  outrasDeducoes: Centavos | null;
  moraMulta: Centavos | null;
  outrosAcrescimos: Centavos | null;
  /** Today's amount the filled boxes add up to; null when no box is filled. */
  totalHoje: Centavos | null;
}

export function composicaoFicha(fatura: Fatura, boleto: Pick<BoletoInfo, 'valor'>): ComposicaoFicha {
  const documento = boleto.valor !== null && boleto.valor > 0 ? boleto.valor : fatura.valorInicial;
  const blank: ComposicaoFicha = {
    valorDocumento: documento,
    desconto: null,
    outrasDeducoes: null,
    moraMulta: null,
    outrosAcrescimos: null,
    totalHoje: null,
  };
  const devido = valorDevido(fatura);
  if (devido === documento || fatura.encargosDesconhecidos) return blank;

  const encargos = encargosDe(fatura);
  const desconto = fatura.desconto ?? 0;
  const mora = encargos.kind === 'detalhados' ? encargos.juros + encargos.multa : 0;
  // The ERP's own split explains the whole difference from the document value.
  if (documento === fatura.valorInicial && documento - desconto + mora === devido && desconto + mora > 0) {
    return {
      ...blank,
      desconto: desconto > 0 ? desconto : null,
      moraMulta: mora > 0 ? mora : null,
      totalHoje: devido,
    };
  }
  if (devido > documento) return { ...blank, outrosAcrescimos: devido - documento, totalHoje: devido };
  if (desconto > 0 && documento - desconto === devido) return { ...blank, desconto, totalHoje: devido };
  return blank;
}

/** "2,00" — a percentage with 2 to 3 decimals, as banks print rates. */
function pct(value: number): string {
  return value.toLocaleString('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 3 });
}

/**
 * The late-payment instruction in the words banks print ("Após o vencimento, cobrar multa de 2,00% e juros de
 * mora de 0,033% ao dia (1,00% ao mês)."), from the wallet's terms; null when the ERP states none. A monthly rate
 * is also given per day (÷ 30, the pro rata die rule of lib/erp/ixc/encargos.ts and BACEN's cobv).
 */
export function instrucaoAtraso(regras: RegrasAtraso | null | undefined): string | null {
  if (!regras) return null;
  const partes: string[] = [];
  const { multa, juros } = regras;
  if (multa?.kind === 'percentual' && multa.percentual > 0) partes.push(`multa de ${pct(multa.percentual)}%`);
  if (multa?.kind === 'valor' && multa.valor > 0) partes.push(`multa de ${formatBRL(multa.valor)}`);
  if (juros?.kind === 'percentual_mes' && juros.percentual > 0)
    partes.push(`juros de mora de ${pct(juros.percentual / 30)}% ao dia (${pct(juros.percentual)}% ao mês)`);
  if (juros?.kind === 'percentual_dia' && juros.percentual > 0)
    partes.push(`juros de mora de ${pct(juros.percentual)}% ao dia`);
  if (juros?.kind === 'valor_dia' && juros.valor > 0)
    partes.push(`juros de mora de ${formatBRL(juros.valor)} ao dia`);
  if (partes.length === 0) return null;
  return `Após o vencimento, cobrar ${partes.join(' e ')}.`;
}
