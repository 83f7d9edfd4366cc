/**
 * Pix BR Code (EMV MPM, BACEN Manual de Padrões para Iniciação do Pix): build a static code, parse and
 * check any code, CRC16, ASCII folding, deterministic txid. Pure functions.
 *
 * Delegated to @brazilian-utils/brazilian-utils: recognising a Pix key and writing it in its canonical DICT
 * form (`getPixKeyInfo`), and the CEP check (via lib/br).
 * Written here: the payload itself. The library's `generatePixPayload` returns null instead of saying what
 * is wrong, takes the amount as a float of reais, refuses keys it does not recognise and writes no CEP
 * (field 61); its `getPixPayloadInfo` only answers null on any failure, and we need the reason (CRC vs
 * format vs wrong GUI). Tests check our output byte for byte against `generatePixPayload` and parse it with
 * both that library and pix-utils.
 */
export { crc16Ccitt } from './crc16';
export { buildPixPayload, type PixPayloadInput } from './build';
export { normalizePixKey, type PixKeyKind } from './key';
export { parsePixPayload } from './parse';
export { foldAscii } from './text';
export { pixTxid, sanitizeTxid } from './txid';
export { PIX_ERRO_MENSAGENS, type PixErro, type PixInfo, type PixParseResult } from './types';
