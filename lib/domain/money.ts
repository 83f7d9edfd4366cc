/** Money is integer centavos end to end (ARCHITECTURE.md). */
export type Centavos = number;

const brl = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });

export function formatBRL(value: Centavos): string {
  // Intl puts a non-breaking space after "R$"; keep it so the amount never wraps apart from its symbol.
  return brl.format(value / 100);
}

export function isCentavos(value: unknown): value is Centavos {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Parses money as vendors write it: numbers (reais), "1234.56", "1234,56", "1.234,56", "1,234.56", "R$ 99,90",
 * "99.9". Returns null when the text is not an unambiguous non-negative amount.
 */
export function parseMoney(value: unknown): Centavos | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return null;
    return Math.round(value * 100);
  }
  if (typeof value !== 'string') return null;
  let s = value.replace(/R\$/i, '').replace(/\s|\u00a0/g, '');
  if (s === '' || !/^\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  const decimalSep = lastDot > lastComma ? '.' : lastComma > lastDot ? ',' : null;
  if (decimalSep) {
    const thousandsSep = decimalSep === '.' ? ',' : '.';
    const idx = s.lastIndexOf(decimalSep);
    const decimals = s.slice(idx + 1);
    const intPart = s.slice(0, idx);
    // A lone separator followed by exactly three digits and nothing else ("1.234") is a thousands mark
    // only when the other separator never appears; vendors send "1.234" for R$ 1.234,00 rarely, and
    // "99.900" never, so treat 3 decimals as thousands grouping.
    if (decimals.length === 3 && !intPart.includes(decimalSep) && !s.includes(thousandsSep)) {
      s = s.replace(decimalSep, '');
      return /^\d+$/.test(s) ? Number(s) * 100 : null;
    }
    if (decimals.length > 2 || intPart.includes(decimalSep)) return null;
    const grouped = intPart.split(thousandsSep);
    if (grouped.length > 1 && grouped.slice(1).some((g) => g.length !== 3)) return null;
    const whole = grouped.join('');
    if (!/^\d+$/.test(whole) || !/^\d*$/.test(decimals)) return null;
    return Number(whole) * 100 + Number(decimals.padEnd(2, '0') || '0');
  }
  return /^\d+$/.test(s) ? Number(s) * 100 : null;
}

/** Percentage of a value, rounded half-up to the centavo. `basisPoints` = percent × 100 (2 % = 200). */
export function percentOf(value: Centavos, basisPoints: number): Centavos {
  return Math.round((value * basisPoints) / 10_000);
}
