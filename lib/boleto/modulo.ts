/**
 * Check-digit rules of the FEBRABAN boleto layouts (BOLETO-PIX.md §1–2). Inputs are digit strings.
 */

/** Módulo 10: weights 2,1,2,1… from the rightmost digit, a product ≥ 10 adds its two digits. */
export function mod10(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, weight = 2; i >= 0; i--, weight = weight === 2 ? 1 : 2) {
    const product = Number(digits[i]) * weight;
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/** Σ digit × weight, weights 2..9 from the rightmost digit, cycling; returns the sum mod 11. */
function mod11Remainder(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, weight = 2; i >= 0; i--, weight = weight === 9 ? 2 : weight + 1) {
    sum += Number(digits[i]) * weight;
  }
  return sum % 11;
}

/** Bancário general DV: 11 − remainder, and 0, 10 or 11 become 1 (the DV is never 0). */
export function mod11Bancario(digits: string): number {
  const dv = 11 - mod11Remainder(digits);
  return dv === 0 || dv === 10 || dv === 11 ? 1 : dv;
}

/** Arrecadação mod 11: remainder 0 or 1 → 0, remainder 10 → 1, else 11 − remainder. */
export function mod11Arrecadacao(digits: string): number {
  const r = mod11Remainder(digits);
  if (r === 0 || r === 1) return 0;
  if (r === 10) return 1;
  return 11 - r;
}
