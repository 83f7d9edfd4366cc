import { generatePixPayload, getPixPayloadInfo } from '@brazilian-utils/brazilian-utils';
import fc from 'fast-check';
import { hasError, parsePix } from 'pix-utils';
import { describe, expect, it } from 'vitest';

import { buildPixPayload, foldAscii, parsePixPayload, pixTxid, type PixPayloadInput } from '@/lib/pix';

const base: PixPayloadInput = {
  key: 'pix@provedor.example.com',
  merchantName: 'Provedor',
  merchantCity: 'Recife',
};

/** The merchant account template (field 26) of a payload we built. */
function template26(payload: string): string {
  const len = Number(payload.slice(8, 10));
  expect(payload.slice(6, 8)).toBe('26');
  return payload.slice(10, 10 + len);
}

describe('buildPixPayload', () => {
  it('folds and truncates name (25) and city (15)', () => {
    const p = buildPixPayload({
      ...base,
      merchantName: 'Provedor de Internet São João da Boa Vista Ltda',
      merchantCity: 'São João da Boa Vista',
    });
    const r = parsePixPayload(p);
    expect(r.ok && r.pix.merchantName).toBe('Provedor de Internet Sao');
    expect(r.ok && r.pix.merchantCity).toBe('Sao Joao da Boa');
  });

  it('writes keys in their canonical DICT form', () => {
    const key = (k: string) => {
      const r = parsePixPayload(buildPixPayload({ ...base, key: k }));
      return r.ok ? r.pix.key : null;
    };
    expect(key('529.982.247-25')).toBe('52998224725');
    expect(key('12.abc.345/01de-35')).toBe('12ABC34501DE35');
    expect(key('(11) 98765-4321')).toBe('+5511987654321');
    expect(key(' Financeiro@Provedor.COM ')).toBe('financeiro@provedor.com');
    expect(key('71C7D9BE-4B85-4E43-9F1C-1F3B8B4E9A2D')).toBe('71c7d9be-4b85-4e43-9f1c-1f3b8b4e9a2d');
    expect(key(' chave-que-nao-reconhecemos ')).toBe('chave-que-nao-reconhecemos'); // passed through, trimmed
  });

  it('writes the amount with two decimals and refuses amounts that cannot be written', () => {
    const amount = (a: number) => /54\d\d([\d.]+)5802BR/.exec(buildPixPayload({ ...base, amount: a }))?.[1];
    expect(amount(1)).toBe('0.01');
    expect(amount(10)).toBe('0.10');
    expect(amount(24990)).toBe('249.90');
    expect(amount(999_999_999_999)).toBe('9999999999.99'); // 13 characters
    expect(buildPixPayload({ ...base, amount: null })).not.toMatch(/5802BR.*54\d\d/);
    for (const bad of [0, -1, 1.5, 1_000_000_000_000, Number.NaN]) {
      expect(() => buildPixPayload({ ...base, amount: bad })).toThrow(RangeError);
    }
  });

  it('sanitises the txid', () => {
    const txid = (t: string | null) => {
      const r = parsePixPayload(buildPixPayload({ ...base, txid: t }));
      return r.ok ? r.pix.txid : 'erro';
    };
    expect(txid('FAT-2026/000123')).toBe('FAT2026000123');
    expect(txid('Fatura Março')).toBe('FaturaMarco');
    expect(txid('A'.repeat(30))).toBe('A'.repeat(25));
    expect(txid('---')).toBeNull();
    expect(txid('')).toBeNull();
    expect(txid(null)).toBeNull();
    expect(buildPixPayload(base)).toContain('62070503***6304');
  });

  it('keeps the merchant account template within 99 characters, shortening the description', () => {
    const long = 'Mensalidade de internet fibra 500 mega referente ao mês de novembro de 2026, cliente 123';
    const p = buildPixPayload({ ...base, description: long });
    expect(template26(p).length).toBeLessThanOrEqual(99);
    expect(template26(p).length).toBeGreaterThanOrEqual(98); // a cut that ends on a space is trimmed
    const r = parsePixPayload(p);
    expect(r.ok && r.pix.description).toBe(
      foldAscii(long)
        .slice(0, 99 - 18 - 28 - 4)
        .trim(),
    );
    expect(buildPixPayload({ ...base, description: 'Fatura 11/2026' })).toContain('0214Fatura 11/2026');
  });

  it('drops the description when the key leaves no room, and refuses a key that does not fit', () => {
    const key77 = 'k'.repeat(77); // 18 (GUI) + 4 + 77 = 99: no room left
    expect(template26(buildPixPayload({ ...base, key: key77, description: 'x' }))).toHaveLength(99);
    expect(() => buildPixPayload({ ...base, key: 'k'.repeat(78) })).toThrow(RangeError);
    expect(() => buildPixPayload({ ...base, key: '   ' })).toThrow(RangeError);
  });

  it('refuses an empty name or city', () => {
    expect(() => buildPixPayload({ ...base, merchantName: '  ' })).toThrow(RangeError);
    expect(() => buildPixPayload({ ...base, merchantCity: '€€' })).toThrow(RangeError);
  });

  it('writes a valid CEP as field 61 and ignores an invalid one', () => {
    expect(buildPixPayload({ ...base, cep: '01310-100' })).toContain('610801310100');
    expect(buildPixPayload({ ...base, cep: '0131' })).not.toContain('6104');
    expect(buildPixPayload({ ...base, cep: '01310-100' })).toMatch(/6006Recife610801310100620705/);
  });
});

// Properties: what we build, three parsers read back identically.
const text = fc.string({ unit: fc.constantFrom(...'abcdeçãéíõú ABCXYZ0123-.,/&'.split('')), maxLength: 40 });
const nonEmpty = text.filter((s) => foldAscii(s) !== '');
const keys = fc.constantFrom(
  'pix@provedor.example.com',
  '52998224725',
  '11222333000181',
  '+5511987654321',
  '123e4567-e12b-12d1-a456-426655440000',
);
const inputs = fc.record({
  key: keys,
  merchantName: nonEmpty,
  merchantCity: nonEmpty,
  amount: fc.option(fc.integer({ min: 1, max: 999_999_999_999 })),
  txid: fc.option(fc.string({ maxLength: 30 })),
  description: fc.option(text),
});

describe('round trips', () => {
  it('parsePixPayload(buildPixPayload(x)) gives back what was put in', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const r = parsePixPayload(buildPixPayload(x));
        if (!r.ok) throw new Error(r.reason);
        expect(r.pix.key).toBe(x.key);
        expect(r.pix.amount).toBe(x.amount);
        expect(r.pix.merchantName).toBe(foldAscii(x.merchantName).slice(0, 25).trim());
        expect(r.pix.merchantCity).toBe(foldAscii(x.merchantCity).slice(0, 15).trim());
        expect(r.pix.dynamic).toBe(false);
        expect(r.pix.url).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('pix-utils (independent) parses what we build to the same fields', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const payload = buildPixPayload(x);
        const theirs = parsePix(payload);
        const ours = parsePixPayload(payload);
        if (hasError(theirs) || theirs.type !== 'STATIC' || !ours.ok) throw new Error('not parsed');
        expect(theirs.pixKey).toBe(ours.pix.key);
        expect(theirs.merchantName).toBe(ours.pix.merchantName);
        expect(theirs.merchantCity).toBe(ours.pix.merchantCity);
        expect(theirs.transactionAmount ? Math.round(theirs.transactionAmount * 100) : null).toBe(
          ours.pix.amount,
        );
        expect(theirs.txid === '***' ? null : (theirs.txid ?? null)).toBe(ours.pix.txid);
        expect(theirs.infoAdicional || null).toBe(ours.pix.description);
      }),
      { numRuns: 300 },
    );
  });

  it('is byte-identical to @brazilian-utils generatePixPayload and its parser agrees', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const ours = buildPixPayload(x);
        const txid = x.txid?.replace(/[^A-Za-z0-9]/g, '').slice(0, 25);
        const theirs = generatePixPayload({
          key: x.key,
          merchantName: x.merchantName,
          merchantCity: x.merchantCity,
          ...(x.amount == null ? {} : { amount: x.amount / 100 }),
          ...(txid ? { txid } : {}),
          ...(x.description == null ? {} : { description: x.description }),
        });
        expect(ours).toBe(theirs);
        expect(getPixPayloadInfo(ours)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('pixTxid', () => {
  it('is TOTEM + the alphanumerics of the seed', () => {
    expect(pixTxid('12345')).toBe('TOTEM12345');
    expect(pixTxid('FAT-2026/000.123')).toBe('TOTEMFAT2026000123');
    expect(pixTxid('')).toBe('TOTEM');
  });

  it('is deterministic, ≤ 25 alphanumerics, and keeps long ids with a shared prefix apart', () => {
    const a = pixTxid('fatura-0000000000000000000000000000001');
    const b = pixTxid('fatura-0000000000000000000000000000002');
    expect(a).not.toBe(b);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (seed) => {
        const t = pixTxid(seed);
        expect(t).toMatch(/^TOTEM[A-Za-z0-9]{0,20}$/);
        expect(pixTxid(seed)).toBe(t);
      }),
    );
  });

  it('is the txid that ends up in the payload unchanged', () => {
    const txid = pixTxid('a1b2c3d4-e5f6-7890-abcd-ef1234567890');
    const r = parsePixPayload(buildPixPayload({ ...base, txid }));
    expect(r.ok && r.pix.txid).toBe(txid);
  });
});
