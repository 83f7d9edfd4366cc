import { describe, expect, it } from 'vitest';
import { formatBRL, parseMoney, percentOf } from './money';

describe('money', () => {
  it.each([
    ['99.90', 9990],
    ['99,90', 9990],
    ['99.9', 9990],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['R$ 1.234,56', 123456],
    ['0', 0],
    ['249', 24900],
    [189.9, 18990],
    [0.1 + 0.2, 30],
  ])('parses %j as %i centavos', (input, expected) => {
    expect(parseMoney(input)).toBe(expected);
  });
  it.each(['', 'abc', '-1', '1,2,3', '12.34.56,7', null, undefined, {}, Number.NaN, -5])(
    'rejects %j',
    (input) => {
      expect(parseMoney(input)).toBeNull();
    },
  );
  it('formats pt-BR currency', () => {
    expect(formatBRL(10230).replace(/\u00a0/g, ' ')).toBe('R$ 102,30');
    expect(formatBRL(123456).replace(/\u00a0/g, ' ')).toBe('R$ 1.234,56');
  });
  it('rounds percentages half-up to the centavo', () => {
    expect(percentOf(9990, 200)).toBe(200); // 2 % of 99,90 = 1,998
  });
});
