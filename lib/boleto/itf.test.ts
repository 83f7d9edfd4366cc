import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ITF_MODULES, itfModules } from '@/lib/boleto';

import { digitString } from './arbitraries.test-util';

// Independent ITF decoder: N = 1 module, W = 3 modules; each pair of digits is 5 bars (first digit)
// interleaved with 5 spaces (second digit).
const PATTERNS = ['NNWWN', 'WNNNW', 'NWNNW', 'WWNNN', 'NNWNW', 'WNWNN', 'NWWNN', 'NNNWW', 'WNNWN', 'NWNWN'];

function decodeItf(modules: string): string {
  expect(modules.startsWith('1010')).toBe(true);
  expect(modules.endsWith('11101')).toBe(true);
  const runs = modules.slice(4, -5).match(/1+|0+/g) ?? [];
  let out = '';
  for (let i = 0; i < runs.length; i += 10) {
    const group = runs.slice(i, i + 10).map((r) => (r.length === 3 ? 'W' : r.length === 1 ? 'N' : '?'));
    const bars = group.filter((_, j) => j % 2 === 0).join('');
    const spaces = group.filter((_, j) => j % 2 === 1).join('');
    out += `${PATTERNS.indexOf(bars)}${PATTERNS.indexOf(spaces)}`;
  }
  return out;
}

describe('itfModules', () => {
  const barras = '23798100100000002000001250005663148712345670';

  it('is 405 modules with the ITF start and stop patterns', () => {
    const m = itfModules(barras);
    expect(ITF_MODULES).toBe(405);
    expect(m).toHaveLength(405);
    expect(m).toMatch(/^[01]+$/);
    expect(m.startsWith('1010')).toBe(true);
    expect(m.endsWith('11101')).toBe(true);
  });

  it('decodes back to the barcode with an independent decoder', () => {
    expect(decodeItf(itfModules(barras))).toBe(barras);
    fc.assert(
      fc.property(digitString(44), (digits) => {
        const m = itfModules(digits);
        expect(m).toHaveLength(405);
        expect(decodeItf(m)).toBe(digits);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses anything that is not 44 digits', () => {
    expect(() => itfModules(barras.slice(1))).toThrow(RangeError);
    expect(() => itfModules(`${barras}0`)).toThrow(RangeError);
    expect(() => itfModules(`${barras.slice(1)}x`)).toThrow(RangeError);
    expect(() => itfModules('')).toThrow(RangeError);
  });
});
