import type { Centavos } from '@/lib/domain/money';

/**
 * The barcode without its general DV — what that DV is computed over. The DV sits at position 5 (index 4)
 * in a bancário barcode and at position 4 (index 3) in an arrecadação one.
 */
export function semDvGeral(codigoBarras: string, index: 3 | 4): string {
  return codigoBarras.slice(0, index) + codigoBarras.slice(index + 1);
}

/** Centavos as a zero-padded field; null = all zeros. Throws RangeError when it does not fit. */
export function valorDigits(valor: Centavos | null, width: number): string {
  if (valor === null) return '0'.repeat(width);
  const max = 10 ** width - 1;
  if (!Number.isSafeInteger(valor) || valor < 0 || valor > max) {
    throw new RangeError(`valor fora do intervalo do código de barras (${width} dígitos): ${valor}`);
  }
  return String(valor).padStart(width, '0');
}

/** All-zero value field = open value (typed at payment). */
export function valorFromDigits(digits: string): Centavos | null {
  const n = Number(digits);
  return n === 0 ? null : n;
}
