import { normalizeCep } from '@/lib/br';
import type { Centavos } from '@/lib/domain/money';

import { formatPixAmount } from './amount';
import { crc16Ccitt } from './crc16';
import { tlv } from './emv';
import { normalizePixKey } from './key';
import { foldTruncate } from './text';
import { sanitizeTxid } from './txid';
import { CITY_MAX, MERCHANT_ACCOUNT_MAX, NAME_MAX, PIX_GUI } from './types';

export interface PixPayloadInput {
  key: string;
  merchantName: string;
  merchantCity: string;
  /** Null/undefined = the payer types the amount. */
  amount?: Centavos | null;
  /** Sanitised to ≤ 25 `[A-Za-z0-9]`; `***` when none is left. */
  txid?: string | null;
  /** Shortened, or dropped, to keep the merchant account template within 99 characters. */
  description?: string | null;
  /** Written as field 61 when it is a valid CEP; ignored otherwise (it is optional metadata). */
  cep?: string | null;
}

/** Merchant account template (26): GUI, key, and as much of the description as fits in 99 characters. */
function merchantAccount(key: string, description: string | null | undefined): string {
  const head = tlv('00', PIX_GUI) + tlv('01', key);
  if (head.length > MERCHANT_ACCOUNT_MAX) {
    throw new RangeError(`chave Pix longa demais para o BR Code (${key.length} caracteres)`);
  }
  const room = MERCHANT_ACCOUNT_MAX - head.length - 4;
  const text = room > 0 ? foldTruncate(description ?? '', room) : '';
  return text === '' ? head : head + tlv('02', text);
}

/**
 * A static Pix BR Code ("copia e cola" and QR content), BACEN field order, CRC16 appended. A key recognised
 * as CPF/CNPJ/e-mail/phone/EVP is written in its canonical DICT form; any other key is written trimmed, as
 * given (config validation is the place to refuse it: see `normalizePixKey`). Name and city are folded to
 * ASCII and cut to 25 and 15 characters. Throws RangeError when the key does not fit, name or city is
 * empty after folding, or the amount is not a positive integer of centavos fitting 13 characters.
 */
export function buildPixPayload(input: PixPayloadInput): string {
  const key = normalizePixKey(input.key)?.value ?? input.key.trim();
  if (key === '') throw new RangeError('chave Pix vazia');
  const name = foldTruncate(input.merchantName, NAME_MAX);
  const city = foldTruncate(input.merchantCity, CITY_MAX);
  if (name === '' || city === '') throw new RangeError('nome e cidade do recebedor são obrigatórios no Pix');
  const amount = input.amount == null ? null : formatPixAmount(input.amount);
  const cep = input.cep ? normalizeCep(input.cep) : null;

  const payload =
    tlv('00', '01') +
    tlv('26', merchantAccount(key, input.description)) +
    tlv('52', '0000') +
    tlv('53', '986') +
    (amount === null ? '' : tlv('54', amount)) +
    tlv('58', 'BR') +
    tlv('59', name) +
    tlv('60', city) +
    (cep === null ? '' : tlv('61', cep)) +
    tlv('62', tlv('05', sanitizeTxid(input.txid))) +
    '6304';
  return payload + crc16Ccitt(payload);
}
