import { describe, expect, it } from 'vitest';
import { formatBancoComDv, formatPixExpiry, linhaDigitavelEmDuasLinhas, splitFixed } from './format';

describe('pdf format helpers', () => {
  it.each([
    ['001', '001-9'],
    ['033', '033-7'],
    ['104', '104-0'],
    ['237', '237-2'],
    ['341', '341-7'],
    ['756', '756-0'],
  ])('prints bank %s as %s, as on every ficha', (banco, expected) => {
    expect(formatBancoComDv(banco)).toBe(expected);
  });

  it('splits the linha digitável at group boundaries for narrow paper', () => {
    expect(linhaDigitavelEmDuasLinhas('23790001245000566314687123456706810010000000200')).toEqual([
      '23790.00124 50005.663146',
      '87123.456706 8 10010000000200',
    ]);
    expect(linhaDigitavelEmDuasLinhas('846100000005246100291102005460339004695895061080')).toEqual([
      '84610000000-5 24610029110-2',
      '00546033900-4 69589506108-0',
    ]);
  });

  it('wraps codes on a fixed grid without adding characters', () => {
    const code = '00020126580014br.gov.bcb.pix0136123e4567';
    const lines = splitFixed(code, 16);
    expect(lines.join('')).toBe(code);
    expect(lines.every((l) => l.length <= 16 && !l.includes('-\n'))).toBe(true);
    expect(() => splitFixed(code, 0)).toThrow(RangeError);
  });

  it('prints Pix expiry in São Paulo time, or nothing when unreadable', () => {
    expect(formatPixExpiry('2026-11-27T23:59:59-03:00')).toBe('27/11/2026 23:59');
    expect(formatPixExpiry('2026-11-28T02:59:00Z')).toBe('27/11/2026 23:59');
    expect(formatPixExpiry('2026-11-27')).toBe('27/11/2026');
    expect(formatPixExpiry('amanhã')).toBeNull();
    expect(formatPixExpiry(null)).toBeNull();
  });
});
