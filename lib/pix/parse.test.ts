import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  buildPixPayload,
  crc16Ccitt,
  foldAscii,
  parsePixPayload,
  PIX_ERRO_MENSAGENS,
  type PixErro,
} from '@/lib/pix';

const STATIC_BACEN =
  '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D';

/** Appends `6304` + the right CRC, to reach the checks that come after the CRC. */
const withCrc = (body: string) => `${body}6304${crc16Ccitt(`${body}6304`)}`;
const f = (id: string, v: string) => `${id}${String(v.length).padStart(2, '0')}${v}`;
const account = (inner: string) => f('26', f('00', 'br.gov.bcb.pix') + inner);
const tail = f('52', '0000') + f('53', '986') + f('58', 'BR') + f('59', 'Fulano') + f('60', 'Recife');

describe('parsePixPayload errors', () => {
  it.each<[string, PixErro]>([
    ['', 'vazio'],
    [' \n\t ', 'vazio'],
    ['nada a ver', 'formato'],
    [STATIC_BACEN.slice(0, -8), 'formato'], // no CRC field
    [STATIC_BACEN.slice(0, -1), 'formato'],
    [STATIC_BACEN.slice(0, -1) + 'E', 'crc'],
    [STATIC_BACEN.replace('Fulano', 'Fulana'), 'crc'],
    [withCrc(`000201${account(f('01', 'k@x.com'))}52040000530398658`), 'formato'], // overrun
    [withCrc(`${account(f('01', 'k@x.com'))}000201${tail}`), 'formato'], // 00 not first
    [withCrc(`000202${account(f('01', 'k@x.com'))}${tail}`), 'formato'], // format 02
    [withCrc(`000201${account(f('01', 'k@x.com'))}${tail}${f('59', 'Outro')}`), 'formato'], // repeated id
    [withCrc(`000201${account(f('01', 'k@x.com'))}${tail.replace('5303986', '5303840')}`), 'formato'],
    [withCrc(`000201${f('26', f('00', 'br.gov.bcb.xyz') + f('01', 'k@x.com'))}${tail}`), 'gui'],
    [withCrc(`000201${tail}`), 'gui'],
    [withCrc(`000201${account(f('02', 'só descrição'))}${tail}`), 'campo_obrigatorio'], // no key, no URL
    [
      withCrc(`000201${account(f('01', 'k@x.com'))}${tail.replace(f('59', 'Fulano'), '')}`),
      'campo_obrigatorio',
    ],
    [
      withCrc(`000201${account(f('01', 'k@x.com'))}${tail.replace(f('60', 'Recife'), f('60', ''))}`),
      'campo_obrigatorio',
    ],
    [withCrc(`000201${account(f('01', 'k@x.com'))}${f('54', '10,00')}${tail}`), 'valor'],
    [withCrc(`000201${account(f('01', 'k@x.com'))}${f('54', '1.234')}${tail}`), 'valor'],
    [withCrc(`000201${account(f('01', 'k@x.com'))}${f('54', '-1.00')}${tail}`), 'valor'],
    [withCrc(`000201${account(f('01', 'k@x.com'))}${f('54', '12345678901.00')}${tail}`), 'valor'], // 14 chars
  ])('%j → %s', (input, reason) => {
    expect(parsePixPayload(input)).toEqual({ ok: false, reason });
  });

  it('accepts a lower-case CRC, amounts with fewer decimals, a Pix template other than 26, no field 62', () => {
    const lower = STATIC_BACEN.slice(0, -4) + STATIC_BACEN.slice(-4).toLowerCase();
    expect(parsePixPayload(lower).ok).toBe(true);
    const r = parsePixPayload(
      withCrc(`000201${f('27', f('00', 'BR.GOV.BCB.PIX') + f('01', 'k@x.com'))}${f('54', '10.5')}${tail}`),
    );
    expect(r).toMatchObject({ ok: true, pix: { key: 'k@x.com', amount: 1050, txid: null } });
  });

  it('reads field 01 = 12 as dynamic even with a key', () => {
    const r = parsePixPayload(withCrc(`000201010212${account(f('01', 'k@x.com'))}${tail}`));
    expect(r).toMatchObject({ ok: true, pix: { dynamic: true, key: 'k@x.com' } });
  });

  it('has a pt-BR message for every reason', () => {
    for (const m of Object.values(PIX_ERRO_MENSAGENS)) expect(m).toMatch(/\S/);
  });
});

describe('properties', () => {
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        parsePixPayload(s);
      }),
    );
  });

  it('any single-character change to a valid payload is rejected (CRC-16 catches every 8-bit burst)', () => {
    const payload = buildPixPayload({
      key: 'pix@provedor.example.com',
      merchantName: 'Provedor',
      merchantCity: 'Recife',
      amount: 24990,
      txid: 'TOTEM123',
    });
    expect(parsePixPayload(payload).ok).toBe(true);
    fc.assert(
      fc.property(fc.nat({ max: payload.length - 1 }), fc.integer({ min: 0x20, max: 0x7e }), (pos, code) => {
        const ch = String.fromCharCode(code);
        fc.pre(payload[pos] !== ch && !(pos >= payload.length - 4 && payload[pos]?.toLowerCase() === ch));
        expect(parsePixPayload(payload.slice(0, pos) + ch + payload.slice(pos + 1)).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('foldAscii', () => {
  it.each([
    ['São Paulo', 'Sao Paulo'],
    ['  Açaí   Ltda\t\n', 'Acai Ltda'],
    ['FLORIANÓPOLIS', 'FLORIANOPOLIS'],
    ['Café ☕ & Cia', 'Cafe & Cia'],
    ['', ''],
  ])('%j → %j', (input, folded) => {
    expect(foldAscii(input)).toBe(folded);
  });

  it('always yields printable ASCII with no double or edge spaces, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const out = foldAscii(s);
        expect(out).toMatch(/^[\x20-\x7e]*$/);
        expect(out).not.toMatch(/ {2}|^ | $/);
        expect(foldAscii(out)).toBe(out);
      }),
    );
  });
});
