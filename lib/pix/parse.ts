import { parsePixAmount } from './amount';
import { crc16Ccitt } from './crc16';
import { parseTlv, tlvMap } from './emv';
import { TXID_NONE } from './txid';
import { PIX_GUI, type PixErro, type PixParseResult } from './types';

const fail = (reason: PixErro): PixParseResult => ({ ok: false, reason });

/** The Pix merchant account template: the first of IDs 26–51 whose GUI is `br.gov.bcb.pix`. */
function pixAccount(fields: Map<string, string>): Map<string, string> | null {
  for (let id = 26; id <= 51; id++) {
    const value = fields.get(String(id));
    if (value === undefined) continue;
    const sub = parseTlv(value);
    const map = sub && tlvMap(sub);
    if (map?.get('00')?.toLowerCase() === PIX_GUI) return map;
  }
  return null;
}

/**
 * Reads and checks a BR Code: CRC first (the strongest evidence of a corrupted copy), then the TLV
 * structure, the Pix GUI (any case), the mandatory fields and the amount. Surrounding whitespace is ignored.
 * Name/city/txid length limits are generator rules and are not enforced here.
 */
export function parsePixPayload(payload: string): PixParseResult {
  const s = payload.trim();
  if (s === '') return fail('vazio');
  const crc = /6304([0-9A-Fa-f]{4})$/.exec(s)?.[1];
  if (crc === undefined) return fail('formato');
  if (crc16Ccitt(s.slice(0, -4)) !== crc.toUpperCase()) return fail('crc');

  const list = parseTlv(s);
  const fields = list && tlvMap(list);
  if (!list || !fields || list[0]?.id !== '00' || list.at(-1)?.id !== '63') return fail('formato');
  if (fields.get('00') !== '01') return fail('formato');

  const account = pixAccount(fields);
  if (!account) return fail('gui');
  const key = account.get('01') ?? null;
  const url = account.get('25') ?? null;
  if ((key === null) === (url === null)) return fail(key === null ? 'campo_obrigatorio' : 'formato');

  const merchantName = fields.get('59');
  const merchantCity = fields.get('60');
  if (!fields.get('52') || !merchantName || !merchantCity || !fields.get('53') || !fields.get('58')) {
    return fail('campo_obrigatorio');
  }
  if (fields.get('53') !== '986' || fields.get('58') !== 'BR') return fail('formato');

  const amountText = fields.get('54');
  const amount = amountText === undefined ? null : parsePixAmount(amountText);
  if (amountText !== undefined && amount === null) return fail('valor');

  let txid: string | undefined;
  const additional = fields.get('62');
  if (additional !== undefined) {
    const sub = parseTlv(additional);
    const extra = sub && tlvMap(sub);
    if (!extra) return fail('formato');
    txid = extra.get('05');
  }

  return {
    ok: true,
    pix: {
      key,
      url,
      dynamic: url !== null || fields.get('01') === '12',
      merchantName,
      merchantCity,
      amount,
      txid: txid === undefined || txid === TXID_NONE ? null : txid,
      description: account.get('02') ?? null,
    },
  };
}
