import { getPixPayloadInfo } from '@brazilian-utils/brazilian-utils';
import { hasError, parsePix } from 'pix-utils';
import { describe, expect, it } from 'vitest';

import { buildPixPayload, crc16Ccitt, parsePixPayload } from '@/lib/pix';

// BOLETO-PIX.md §5, verbatim.
const STATIC_BACEN =
  '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D';
const WITH_AMOUNT =
  '00020126380014BR.GOV.BCB.PIX0116test@mail.com.br5204000053039865406100.995802BR5913FULANO DE TAL6009SAO PAULO62070503***63049359';
const DYNAMIC =
  '00020126540014br.gov.bcb.pix2532https://pix.thalesogliari.com.br5204000053039865802BR5914Thales Ogliari6009SAO PAULO62070503***63043FD3';

describe('crc16Ccitt', () => {
  it('matches the CRC of every published vector', () => {
    for (const v of [STATIC_BACEN, WITH_AMOUNT, DYNAMIC])
      expect(crc16Ccitt(v.slice(0, -4))).toBe(v.slice(-4));
  });

  it('is the CCITT-FALSE check value for "123456789"', () => {
    expect(crc16Ccitt('123456789')).toBe('29B1');
    expect(crc16Ccitt('')).toBe('FFFF');
  });
});

describe('parsePixPayload on the published vectors', () => {
  it('BACEN static example', () => {
    expect(parsePixPayload(STATIC_BACEN)).toEqual({
      ok: true,
      pix: {
        key: '123e4567-e12b-12d1-a456-426655440000',
        url: null,
        dynamic: false,
        merchantName: 'Fulano de Tal',
        merchantCity: 'BRASILIA',
        amount: null,
        txid: null,
        description: null,
      },
    });
  });

  it('with amount 100.99 and an upper-case GUI', () => {
    expect(parsePixPayload(`  ${WITH_AMOUNT}\n`)).toEqual({
      ok: true,
      pix: {
        key: 'test@mail.com.br',
        url: null,
        dynamic: false,
        merchantName: 'FULANO DE TAL',
        merchantCity: 'SAO PAULO',
        amount: 10099,
        txid: null,
        description: null,
      },
    });
  });

  it('dynamic (URL) code', () => {
    expect(parsePixPayload(DYNAMIC)).toEqual({
      ok: true,
      pix: {
        key: null,
        url: 'https://pix.thalesogliari.com.br',
        dynamic: true,
        merchantName: 'Thales Ogliari',
        merchantCity: 'SAO PAULO',
        amount: null,
        txid: null,
        description: null,
      },
    });
  });

  it('pix-utils reads the same vectors the same way', () => {
    for (const v of [STATIC_BACEN, WITH_AMOUNT]) {
      const theirs = parsePix(v);
      const ours = parsePixPayload(v);
      if (hasError(theirs) || !ours.ok || theirs.type !== 'STATIC') throw new Error('vector not parsed');
      expect(theirs.pixKey).toBe(ours.pix.key);
      expect(theirs.merchantName).toBe(ours.pix.merchantName);
      expect(theirs.merchantCity).toBe(ours.pix.merchantCity);
      expect(Math.round((theirs.transactionAmount ?? 0) * 100)).toBe(ours.pix.amount ?? 0);
    }
  });
});

describe('buildPixPayload reproduces the published vectors', () => {
  it('BACEN static example, byte for byte', () => {
    expect(
      buildPixPayload({
        key: '123e4567-e12b-12d1-a456-426655440000',
        merchantName: 'Fulano de Tal',
        merchantCity: 'BRASILIA',
      }),
    ).toBe(STATIC_BACEN);
  });

  it('amount 100.99: identical except that we write the GUI in lower case', () => {
    const built = buildPixPayload({
      key: 'test@mail.com.br',
      merchantName: 'FULANO DE TAL',
      merchantCity: 'SAO PAULO',
      amount: 10099,
    });
    const expected = WITH_AMOUNT.slice(0, -4).replace('BR.GOV.BCB.PIX', 'br.gov.bcb.pix');
    expect(built).toBe(expected + crc16Ccitt(expected));
    expect(getPixPayloadInfo(built)).toMatchObject({ key: 'test@mail.com.br', amount: 100.99 });
  });
});
