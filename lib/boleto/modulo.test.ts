import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { mod10, mod11Arrecadacao, mod11Bancario } from './modulo';

const digitString = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

describe('mod10', () => {
  it('matches the worked campos of a published linha', () => {
    expect(mod10('237900012')).toBe(4); // campo 1 of 23790.00124
    expect(mod10('5000566314')).toBe(6);
    expect(mod10('8712345670')).toBe(6);
  });

  it('detects every single-digit substitution (weights 2/1 with digit sum permute the digits)', () => {
    fc.assert(
      fc.property(digitString(1, 20), fc.nat(), fc.integer({ min: 1, max: 9 }), (s, p, delta) => {
        const i = p % s.length;
        const changed = s.slice(0, i) + String((Number(s[i]) + delta) % 10) + s.slice(i + 1);
        expect(mod10(changed)).not.toBe(mod10(s));
      }),
    );
  });
});

describe('mod11', () => {
  // Σ with weights 2..9 from the right; remainders chosen by hand.
  it('bancário: remainders 0, 1 and 10 all give DV 1 (never 0)', () => {
    expect(mod11Bancario('0')).toBe(1); // r = 0
    expect(mod11Bancario('6')).toBe(1); // 12 → r = 1
    expect(mod11Bancario('5')).toBe(1); // 10 → r = 10
    expect(mod11Bancario('1')).toBe(9); // 2 → 11 − 2
  });

  it('arrecadação: remainders 0 and 1 give 0, remainder 10 gives 1', () => {
    expect(mod11Arrecadacao('0')).toBe(0);
    expect(mod11Arrecadacao('6')).toBe(0);
    expect(mod11Arrecadacao('5')).toBe(1);
    expect(mod11Arrecadacao('1')).toBe(9);
  });

  it('bancário DV is 1..9, arrecadação DV is 0..9', () => {
    fc.assert(
      fc.property(digitString(1, 43), (s) => {
        expect(mod11Bancario(s)).toBeGreaterThanOrEqual(1);
        expect(mod11Bancario(s)).toBeLessThanOrEqual(9);
        expect(mod11Arrecadacao(s)).toBeGreaterThanOrEqual(0);
        expect(mod11Arrecadacao(s)).toBeLessThanOrEqual(9);
      }),
    );
  });

  it('weights cycle 2..9 from the right', () => {
    // "1" followed by k zeros has weight ((k mod 8) + 2).
    expect(mod11Arrecadacao('100000000')).toBe(mod11Arrecadacao('1')); // weight 2 again after 8 places
  });
});
