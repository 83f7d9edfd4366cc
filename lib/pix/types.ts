import type { Centavos } from '@/lib/domain/money';

export interface PixInfo {
  /** Pix key of a static code; null for a dynamic (URL) code. */
  key: string | null;
  /** PSP location of a dynamic code (as written, normally without scheme); null for a static code. */
  url: string | null;
  /** True when the code carries a URL or declares single use (field 01 = 12). */
  dynamic: boolean;
  merchantName: string;
  merchantCity: string;
  /** Null when the payer types the amount. */
  amount: Centavos | null;
  /** Null when absent or `***`. */
  txid: string | null;
  description: string | null;
}

export type PixErro = 'vazio' | 'formato' | 'crc' | 'gui' | 'campo_obrigatorio' | 'valor';

export type PixParseResult = { ok: true; pix: PixInfo } | { ok: false; reason: PixErro };

/** One pt-BR sentence per error, for staff screens and logs shown to people. */
export const PIX_ERRO_MENSAGENS: Readonly<Record<PixErro, string>> = {
  vazio: 'O código Pix está vazio.',
  formato: 'O código Pix está mal formado.',
  crc: 'O código Pix está corrompido (o dígito de controle não confere).',
  gui: 'Este código não é um Pix.',
  campo_obrigatorio: 'O código Pix está incompleto.',
  valor: 'O valor do código Pix é inválido.',
};

/** BR Code identifiers (BACEN Manual de Padrões para Iniciação do Pix). */
export const PIX_GUI = 'br.gov.bcb.pix';
export const MERCHANT_ACCOUNT_MAX = 99;
export const NAME_MAX = 25;
export const CITY_MAX = 15;
export const TXID_MAX = 25;
export const AMOUNT_MAX_CHARS = 13;
