import { formatLinhaDigitavel } from '@/lib/boleto';
import { formatDateBR, isIsoDate } from '@/lib/domain/dates';

/**
 * "341" → "341-7": the bank code with its check digit as printed on every ficha de compensação
 * (mod 11, weights 2..9 from the right, DV = 11 − remainder, 10 and 11 → 0: 001-9, 104-0, 237-2, 756-0).
 */
export function formatBancoComDv(banco: string): string {
  let sum = 0;
  let weight = 2;
  for (let i = banco.length - 1; i >= 0; i--) {
    sum += Number(banco[i]) * weight;
    weight = weight === 9 ? 2 : weight + 1;
  }
  const dv = 11 - (sum % 11);
  return `${banco}-${dv >= 10 ? 0 : dv}`;
}

/** The formatted linha digitável split in two lines for narrow paper, at a group boundary. */
export function linhaDigitavelEmDuasLinhas(linhaDigitavel: string): [string, string] {
  const groups = formatLinhaDigitavel(linhaDigitavel).split(' ');
  // Bancário: "AAAAA.AAAAA BBBBB.BBBBBB" / "CCCCC.CCCCCC D EEEEEEEEEEEEEE"; arrecadação: two blocks per line.
  return [groups.slice(0, 2).join(' '), groups.slice(2).join(' ')];
}

/** Splits a code into lines of at most `perLine` characters; never inserts a hyphen. */
export function splitFixed(text: string, perLine: number): string[] {
  if (perLine < 1) throw new RangeError('perLine deve ser ≥ 1');
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += perLine) lines.push(text.slice(i, i + perLine));
  return lines;
}

const dateTimeBR = new Intl.DateTimeFormat('pt-BR', {
  timeZone: 'America/Sao_Paulo',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * A Pix expiry as the ERP sent it (an ISO date or timestamp) for people: "27/11/2026" or
 * "27/11/2026 23:59" in São Paulo time. Null when it cannot be read (then nothing is printed).
 */
export function formatPixExpiry(expiraEm: string | null): string | null {
  if (!expiraEm) return null;
  const s = expiraEm.trim();
  if (isIsoDate(s)) return formatDateBR(s);
  const ms = Date.parse(s);
  if (!Number.isFinite(ms)) return null;
  return dateTimeBR.format(new Date(ms)).replace(',', '');
}
