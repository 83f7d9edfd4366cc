import type { Centavos } from '@/lib/domain/money';

import { AMOUNT_MAX_CHARS } from './types';

/** Centavos → `123.45`. Throws RangeError unless a positive integer that fits 13 characters. */
export function formatPixAmount(amount: Centavos): string {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new RangeError(`valor do Pix deve ser um inteiro positivo de centavos: ${amount}`);
  }
  const text = `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}`;
  if (text.length > AMOUNT_MAX_CHARS) throw new RangeError(`valor do Pix grande demais: ${text}`);
  return text;
}

/**
 * `123.45` → 12345 centavos, without floating point. The manual writes two decimals; payloads in the wild
 * also carry `10`, `1.5`, so up to two are accepted. Null when malformed.
 */
export function parsePixAmount(text: string): Centavos | null {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m || text.length > AMOUNT_MAX_CHARS) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
