import type { IsoDate } from '@/lib/domain/dates';

import {
  arrecadacaoBarrasToLinha,
  arrecadacaoLinhaToBarras,
  blocosArrecadacaoOk,
  dvGeralArrecadacao,
  isIdentificadorValor,
  isSegmento,
  isValorEmReais,
} from './arrecadacao';
import {
  bancarioBarrasToLinha,
  bancarioLinhaToBarras,
  camposBancarioOk,
  dvGeralBancario,
  MOEDA_REAL,
} from './bancario';
import { valorFromDigits } from './barras';
import { stripBoleto } from './convert';
import { dateFromFator } from './fator';
import type { BoletoErro, BoletoResult } from './types';

const fail = (reason: BoletoErro): BoletoResult => ({ ok: false, reason });

/** Digits of a typed/scanned code, or the reason there are none. */
function digitsOf(input: string): string | BoletoErro {
  const digits = stripBoleto(input);
  if (digits === '') return 'vazio';
  return /^\d+$/.test(digits) ? digits : 'caracteres';
}

/** Bancário checks that the barcode alone can make: general DV, then currency. */
function bancario(codigoBarras: string, linhaDigitavel: string, today: IsoDate): BoletoResult {
  if (dvGeralBancario(codigoBarras) !== Number(codigoBarras[4])) return fail('dv_geral');
  if (codigoBarras[3] !== MOEDA_REAL) return fail('moeda');
  return {
    ok: true,
    boleto: {
      tipo: 'bancario',
      linhaDigitavel,
      codigoBarras,
      valor: valorFromDigits(codigoBarras.slice(9, 19)),
      vencimento: dateFromFator(codigoBarras.slice(5, 9), today),
      banco: codigoBarras.slice(0, 3),
      segmento: null,
    },
  };
}

/** Arrecadação checks that the barcode alone can make; the identifier was checked by the caller. */
function arrecadacao(codigoBarras: string, linhaDigitavel: string): BoletoResult {
  const id = codigoBarras[2];
  if (!isIdentificadorValor(id)) return fail('identificador_valor');
  if (dvGeralArrecadacao(codigoBarras, id) !== Number(codigoBarras[3])) return fail('dv_geral');
  const segmento = codigoBarras[1];
  if (segmento === undefined || !isSegmento(segmento)) return fail('segmento');
  return {
    ok: true,
    boleto: {
      tipo: 'arrecadacao',
      linhaDigitavel,
      codigoBarras,
      valor: isValorEmReais(id) ? valorFromDigits(codigoBarras.slice(4, 15)) : null,
      vencimento: null,
      banco: null,
      segmento,
    },
  };
}

/**
 * Validates a typed or printed linha digitável (dots, spaces and hyphens allowed) and reads it. 47 digits not
 * starting with 8 → bancário (DV1–DV3, general DV, currency 9); 48 starting with 8 → arrecadação (value identifier, each block
 * DV and the general DV, mod 10 or mod 11 per identifier, segment). `today` resolves the fator cycle.
 */
export function parseLinhaDigitavel(input: string, today: IsoDate): BoletoResult {
  const linha = digitsOf(input);
  if (linha === 'vazio' || linha === 'caracteres') return fail(linha);
  // A leading 8 marks arrecadação (FEBRABAN), and banks read any barcode starting with 8 that way: 47 digits
  // of it means a digit is missing, not a bancário boleto.
  if (linha.length === 47 && !linha.startsWith('8')) {
    if (!camposBancarioOk(linha)) return fail('dv_campo');
    return bancario(bancarioLinhaToBarras(linha), linha, today);
  }
  if (linha.length === 48 && linha.startsWith('8')) {
    const id = linha[2];
    if (!isIdentificadorValor(id)) return fail('identificador_valor');
    if (!blocosArrecadacaoOk(linha, id)) return fail('dv_campo');
    return arrecadacao(arrecadacaoLinhaToBarras(linha), linha);
  }
  return fail('tamanho');
}

/**
 * Validates and reads a 44-digit barcode (as a scanner returns it). First digit 8 → arrecadação. A barcode
 * has only the general DV, so it is weaker against typos than a linha digitável.
 */
export function parseCodigoBarras(barcode: string, today: IsoDate): BoletoResult {
  const barras = digitsOf(barcode);
  if (barras === 'vazio' || barras === 'caracteres') return fail(barras);
  if (barras.length !== 44) return fail('tamanho');
  if (barras.startsWith('8')) {
    if (!isIdentificadorValor(barras[2])) return fail('identificador_valor');
    return arrecadacao(barras, arrecadacaoBarrasToLinha(barras));
  }
  return bancario(barras, bancarioBarrasToLinha(barras), today);
}
