import { diffDays, type IsoDate } from '@/lib/domain/dates';
import type { Centavos } from '@/lib/domain/money';
import type { RegrasAtraso } from '@/lib/domain/types';

/**
 * Late charges of an overdue IXC title, computed the way IXC computes them when it re-issues the boleto
 * (`get_boleto` with juro/multa = S) or builds the Pix (a cobv carries `valor.multa` and `valor.juros`): from
 * the title's billing wallet, `fn_carteira_cobranca`, never from the title itself — an open `fn_areceber` row
 * has no `valor_total_com_juros`, and `valor_juros`/`valor_multas` are filled only when a payment is recorded.
 *
 * Sources (November 2026), recorded because IXC publishes no formula:
 * - wallet fields from the generated IXC field model of the `ORM_IXC` Python package (`CarteiraDeCobrancaModel`):
 *   `multap` (multa %), `multav` (multa R$), `jurop` (juros %), `jurop_mes` (juros % ao mês), `jurov` (juros R$),
 *   `calcular_juros` (D = "até o dia atual", V = "até o novo vencimento"), `permite_pagamento_por_chave_pix`;
 *   `fn_areceber.id_carteira_cobranca` links a title to its wallet;
 * - INTEGRATIONS.md §E "Corrections" (DeskcommCRM connector, woovi-ixcsoft Postman collection): `multap` is the
 *   multa %, `jurop` the juros % a.m.;
 * - the BACEN cobv model (`valor.multa` modalidade 2 = percentual, once; `valor.juros` modalidade 3 = percentual
 *   ao mês, dias corridos) and the market rule it encodes (Kobana, AbacatePay docs): multa once on the amount,
 *   juros pro rata die = monthly rate / 30 per calendar day; each rounded to the centavo.
 *
 * UNCERTAIN, hence configurable (`IXC_JUROP_UNIDADE`): whether `jurop` is a monthly or a daily rate when
 * `jurop_mes` is empty (the field model has both; the design notes say a.m.). Not modelled: business-day
 * shifting of a due date on a weekend/holiday, and grace days — IXC's public material does not say how it
 * treats them. `calcular_juros = V` (until a new due date) does not apply at the kiosk: it pays today.
 */

export type JuropUnidade = 'mes' | 'dia';

/** The wallet fields that matter, as IXC sends them (strings like "2.00", "0,033", "" or absent). */
export interface CarteiraEncargos {
  multap?: string | null;
  multav?: string | null;
  jurop?: string | null;
  jurop_mes?: string | null;
  jurov?: string | null;
}

export interface EncargosIxc {
  multa: Centavos;
  juros: Centavos;
  diasAtraso: number;
}

const SCALE = 1_000_000n; // rates kept as integer millionths of a percent

/** "2", "2.00", "2,5", "0.0333" → millionths of a percent; empty/invalid/negative → 0. */
export function parseRate(value: string | null | undefined): bigint {
  const s = (value ?? '').trim().replace(',', '.');
  const m = /^(\d{1,6})(?:\.(\d{1,6}))?$/.exec(s);
  if (!m) return 0n;
  return BigInt(m[1] ?? '0') * SCALE + BigInt((m[2] ?? '').padEnd(6, '0'));
}

/** Money text "1.50" → centavos; invalid → 0. */
function parseReais(value: string | null | undefined): Centavos {
  const rate = parseRate(value); // same syntax, 6 decimals
  return Number((rate + 5_000n) / 10_000n);
}

/** n / d rounded half-up (both positive). */
function roundDiv(n: bigint, d: bigint): bigint {
  return (n * 2n + d) / (2n * d);
}

export function calcularEncargosIxc(input: {
  /** What is still open on the title (valor_aberto, or valor when absent). */
  base: Centavos;
  vencimento: IsoDate;
  hoje: IsoDate;
  carteira: CarteiraEncargos;
  juropUnidade: JuropUnidade;
}): EncargosIxc {
  const diasAtraso = diffDays(input.vencimento, input.hoje);
  if (diasAtraso <= 0 || input.base <= 0) return { multa: 0, juros: 0, diasAtraso: Math.max(0, diasAtraso) };
  const base = BigInt(input.base);
  const dias = BigInt(diasAtraso);
  const c = input.carteira;

  const multap = parseRate(c.multap);
  const multa = multap > 0n ? Number(roundDiv(base * multap, 100n * SCALE)) : parseReais(c.multav);

  const mes = parseRate(c.jurop_mes);
  const jurop = parseRate(c.jurop);
  let juros: Centavos;
  if (mes > 0n) juros = Number(roundDiv(base * mes * dias, 100n * SCALE * 30n));
  else if (jurop > 0n && input.juropUnidade === 'mes')
    juros = Number(roundDiv(base * jurop * dias, 100n * SCALE * 30n));
  else if (jurop > 0n) juros = Number(roundDiv(base * jurop * dias, 100n * SCALE));
  else juros = parseReais(c.jurov) * diasAtraso;

  return { multa, juros, diasAtraso };
}

/**
 * The wallet's late-payment terms for the boleto's instructions, read with the same rules as
 * `calcularEncargosIxc` (multap before multav; jurop_mes, then jurop in `juropUnidade`, then jurov per day), so
 * the printed terms are the ones the amounts were computed with. null when the wallet states none.
 */
export function regrasAtrasoIxc(c: CarteiraEncargos | null, juropUnidade: JuropUnidade): RegrasAtraso | null {
  if (!c) return null;
  const pct = (rate: bigint) => Number(rate) / Number(SCALE);
  const multap = parseRate(c.multap);
  const multav = parseReais(c.multav);
  const multa: RegrasAtraso['multa'] =
    multap > 0n
      ? { kind: 'percentual', percentual: pct(multap) }
      : multav > 0
        ? { kind: 'valor', valor: multav }
        : null;
  const mes = parseRate(c.jurop_mes);
  const jurop = parseRate(c.jurop);
  const jurov = parseReais(c.jurov);
  const juros: RegrasAtraso['juros'] =
    mes > 0n
      ? { kind: 'percentual_mes', percentual: pct(mes) }
      : jurop > 0n
        ? { kind: juropUnidade === 'mes' ? 'percentual_mes' : 'percentual_dia', percentual: pct(jurop) }
        : jurov > 0
          ? { kind: 'valor_dia', valor: jurov }
          : null;
  return multa || juros ? { multa, juros } : null;
}
