import type { Centavos } from '@/lib/domain/money';

import { semDvGeral, valorDigits } from './barras';
import { mod10, mod11Arrecadacao } from './modulo';

export type IdentificadorValor = '6' | '7' | '8' | '9';

/** Segments FEBRABAN defines (1 prefeituras … 7 multas de trânsito, 9 bank use); 0 and 8 are not. */
const SEGMENTOS = new Set(['1', '2', '3', '4', '5', '6', '7', '9']);

export function isIdentificadorValor(c: string | undefined): c is IdentificadorValor {
  return c === '6' || c === '7' || c === '8' || c === '9';
}

export function isSegmento(c: string | undefined): boolean {
  return c !== undefined && SEGMENTOS.has(c);
}

/** 6 or 7 → every DV is módulo 10; 8 or 9 → módulo 11 (arrecadação variant). */
export function dvArrecadacao(id: IdentificadorValor): (digits: string) => number {
  return id === '6' || id === '7' ? mod10 : mod11Arrecadacao;
}

/** 6 and 8 carry an effective amount in reais; 7 and 9 a reference quantity. */
export function isValorEmReais(id: IdentificadorValor): boolean {
  return id === '6' || id === '8';
}

/** 48 → 44: drop the block DVs at indexes 11, 23, 35, 47. */
export function arrecadacaoLinhaToBarras(linha: string): string {
  return linha.slice(0, 11) + linha.slice(12, 23) + linha.slice(24, 35) + linha.slice(36, 47);
}

/** 44 → 48: each block of 11 followed by its DV. Throws RangeError when position 3 is not 6–9. */
export function arrecadacaoBarrasToLinha(barras: string): string {
  const id = barras[2];
  if (!isIdentificadorValor(id)) throw new RangeError(`identificador de valor inválido: ${id ?? ''}`);
  const dv = dvArrecadacao(id);
  let linha = '';
  for (let i = 0; i < 44; i += 11) {
    const block = barras.slice(i, i + 11);
    linha += block + String(dv(block));
  }
  return linha;
}

export function blocosArrecadacaoOk(linha: string, id: IdentificadorValor): boolean {
  const dv = dvArrecadacao(id);
  for (let i = 0; i < 48; i += 12) {
    if (dv(linha.slice(i, i + 11)) !== Number(linha[i + 11])) return false;
  }
  return true;
}

/** General DV (position 4) over positions 1–3 and 5–44. */
export function dvGeralArrecadacao(barras: string, id: IdentificadorValor): number {
  return dvArrecadacao(id)(semDvGeral(barras, 3));
}

export interface BoletoArrecadacaoParts {
  /** 1 digit: 1–7 or 9. */
  segmento: string;
  identificadorValor: IdentificadorValor;
  /** Null (or 0) = no amount in the barcode. */
  valor: Centavos | null;
  /** Company/agency id + free field, 29 digits (barcode positions 16–44). */
  empresaECampoLivre: string;
}

/** Builds an arrecadação code (first digit 8) with valid DVs. Throws RangeError on malformed parts. */
export function buildBoletoArrecadacao(parts: BoletoArrecadacaoParts): {
  codigoBarras: string;
  linhaDigitavel: string;
} {
  if (!isSegmento(parts.segmento)) throw new RangeError(`segmento inválido: ${parts.segmento}`);
  if (!isIdentificadorValor(parts.identificadorValor)) {
    throw new RangeError(`identificador de valor inválido: ${String(parts.identificadorValor)}`);
  }
  if (!/^\d{29}$/.test(parts.empresaECampoLivre))
    throw new RangeError('empresa e campo livre devem ter 29 dígitos');
  const valor = valorDigits(parts.valor, 11);
  const head = '8' + parts.segmento + parts.identificadorValor;
  const semDv = head + valor + parts.empresaECampoLivre;
  const codigoBarras = head + String(dvArrecadacao(parts.identificadorValor)(semDv)) + semDv.slice(3);
  return { codigoBarras, linhaDigitavel: arrecadacaoBarrasToLinha(codigoBarras) };
}
