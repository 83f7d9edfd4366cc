import type { IsoDate } from '@/lib/domain/dates';
import type { Centavos } from '@/lib/domain/money';

import { semDvGeral, valorDigits } from './barras';
import { fatorFromDate } from './fator';
import { mod10, mod11Bancario } from './modulo';

export const MOEDA_REAL = '9';

export function dvGeralBancario(codigoBarras: string): number {
  return mod11Bancario(semDvGeral(codigoBarras, 4));
}

/** 47 → 44: `l[0:4] + l[32] + l[33:47] + l[4:9] + l[10:20] + l[21:31]`. */
export function bancarioLinhaToBarras(linha: string): string {
  return (
    linha.slice(0, 4) +
    linha.slice(32, 33) +
    linha.slice(33, 47) +
    linha.slice(4, 9) +
    linha.slice(10, 20) +
    linha.slice(21, 31)
  );
}

/** 44 → 47, computing DV1–DV3. */
export function bancarioBarrasToLinha(barras: string): string {
  const campo1 = barras.slice(0, 4) + barras.slice(19, 24);
  const campo2 = barras.slice(24, 34);
  const campo3 = barras.slice(34, 44);
  return (
    campo1 +
    String(mod10(campo1)) +
    campo2 +
    String(mod10(campo2)) +
    campo3 +
    String(mod10(campo3)) +
    barras.slice(4, 5) +
    barras.slice(5, 19)
  );
}

/** The three campos of a 47-digit linha and the index of their DV. */
export const CAMPOS_BANCARIO = [
  { start: 0, dv: 9 },
  { start: 10, dv: 20 },
  { start: 21, dv: 31 },
] as const;

export function camposBancarioOk(linha: string): boolean {
  return CAMPOS_BANCARIO.every(({ start, dv }) => mod10(linha.slice(start, dv)) === Number(linha[dv]));
}

export interface BoletoBancarioParts {
  /** COMPE, 3 digits. */
  banco: string;
  /** Null = fator 0000 (no due date). */
  vencimento: IsoDate | null;
  /** Null (or 0) = open value. */
  valor: Centavos | null;
  /** 25 digits, bank-defined. */
  campoLivre: string;
}

/** Builds a bancário boleto in Real (currency 9) with valid DVs. Throws RangeError on malformed parts. */
export function buildBoletoBancario(parts: BoletoBancarioParts): {
  codigoBarras: string;
  linhaDigitavel: string;
} {
  // Banks read any barcode starting with 8 as arrecadação, so a bancário one cannot start with 8.
  if (!/^[0-79]\d{2}$/.test(parts.banco)) throw new RangeError(`banco inválido: ${parts.banco}`);
  if (!/^\d{25}$/.test(parts.campoLivre)) throw new RangeError('campo livre deve ter 25 dígitos');
  const fator = parts.vencimento === null ? '0000' : fatorFromDate(parts.vencimento);
  const valor = valorDigits(parts.valor, 10);
  const semDv = parts.banco + MOEDA_REAL + fator + valor + parts.campoLivre;
  const codigoBarras = semDv.slice(0, 4) + String(mod11Bancario(semDv)) + semDv.slice(4);
  return { codigoBarras, linhaDigitavel: bancarioBarrasToLinha(codigoBarras) };
}
