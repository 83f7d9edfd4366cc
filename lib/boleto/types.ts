import type { IsoDate } from '@/lib/domain/dates';
import type { Centavos } from '@/lib/domain/money';

export type BoletoTipo = 'bancario' | 'arrecadacao';

export interface BoletoInfo {
  tipo: BoletoTipo;
  /** Digits only: 47 (bancário) or 48 (arrecadação). */
  linhaDigitavel: string;
  /** 44 digits. */
  codigoBarras: string;
  /**
   * Null = open value (all zeros, typed at payment). Also null for arrecadação with value identifier 7 or 9,
   * whose 11 digits are a reference quantity, not reais.
   */
  valor: Centavos | null;
  /** Null = fator 0000, arrecadação, or a fator with no valid date in the FEBRABAN window. */
  vencimento: IsoDate | null;
  /** COMPE bank code for bancário; null for arrecadação. */
  banco: string | null;
  /** Arrecadação segment (1 prefeituras … 9 bank use); null for bancário. */
  segmento: string | null;
}

/**
 * Why a linha digitável or barcode was refused. `segmento` (arrecadação segment 0 or 8, which FEBRABAN does
 * not define) is an addition to the original list.
 */
export type BoletoErro =
  'vazio' | 'caracteres' | 'tamanho' | 'dv_campo' | 'dv_geral' | 'moeda' | 'identificador_valor' | 'segmento';

export type BoletoResult = { ok: true; boleto: BoletoInfo } | { ok: false; reason: BoletoErro };

/** One pt-BR sentence per error, for a person who typed or scanned the code. */
export const BOLETO_ERRO_MENSAGENS: Readonly<Record<BoletoErro, string>> = {
  vazio: 'Digite ou leia o código do boleto.',
  caracteres: 'O código do boleto tem apenas números.',
  tamanho: 'O boleto bancário tem 47 números e o de concessionária tem 48. Confira o que foi digitado.',
  dv_campo: 'Um dos números digitados não confere. Confira o código do boleto.',
  dv_geral: 'O código do boleto não confere. Confira os números digitados.',
  moeda: 'Este boleto não é em reais e não pode ser pago por aqui.',
  identificador_valor: 'Este código de concessionária não é válido. Confira os números digitados.',
  segmento: 'Este código de concessionária não é válido. Confira os números digitados.',
};
