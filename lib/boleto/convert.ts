import { arrecadacaoBarrasToLinha, arrecadacaoLinhaToBarras } from './arrecadacao';
import { bancarioBarrasToLinha, bancarioLinhaToBarras } from './bancario';

/** Separators found in printed or typed codes: dots, spaces (any), hyphens. */
export function stripBoleto(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

/**
 * Linha digitável (47 bancário / 48 arrecadação, formatted or not) → 44-digit barcode. No DV validation.
 * Throws RangeError on any other length or on non-digits.
 */
export function codigoBarrasFromLinha(linha: string): string {
  const digits = stripBoleto(linha);
  if (!/^\d+$/.test(digits)) throw new RangeError('linha digitável deve ter apenas dígitos');
  if (digits.length === 47) return bancarioLinhaToBarras(digits);
  if (digits.length === 48) return arrecadacaoLinhaToBarras(digits);
  throw new RangeError(`linha digitável deve ter 47 ou 48 dígitos, tem ${digits.length}`);
}

/**
 * 44-digit barcode → linha digitável (digits only), computing the campo/block DVs (first digit 8 →
 * arrecadação). The barcode's own DVs are not validated. Throws RangeError on a wrong length, non-digits or
 * (arrecadação) a value identifier other than 6–9, which leaves no rule to compute the block DVs with.
 */
export function linhaFromCodigoBarras(barcode: string): string {
  const digits = stripBoleto(barcode);
  if (!/^\d{44}$/.test(digits)) throw new RangeError('código de barras deve ter 44 dígitos');
  return digits.startsWith('8') ? arrecadacaoBarrasToLinha(digits) : bancarioBarrasToLinha(digits);
}
