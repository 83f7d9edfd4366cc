import fc from 'fast-check';

import { fromEpochDay, toEpochDay } from '@/lib/domain/dates';

import type { BoletoArrecadacaoParts, BoletoBancarioParts } from './index';

/** fast-check generators shared by the boleto tests (not shipped: imported only from *.test.ts). */
export const digitString = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

export const isoDay = (from: string, to: string) =>
  fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map((d) => fromEpochDay(d));

export const bancarioParts: fc.Arbitrary<BoletoBancarioParts> = fc.record({
  banco: digitString(3).filter((b) => !b.startsWith('8')),
  vencimento: fc.option(isoDay('2018-01-01', '2040-12-31'), { freq: 5 }),
  valor: fc.option(fc.integer({ min: 1, max: 9_999_999_999 }), { freq: 5 }),
  campoLivre: digitString(25),
});

export const arrecadacaoParts: fc.Arbitrary<BoletoArrecadacaoParts> = fc.record({
  segmento: fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '9'),
  identificadorValor: fc.constantFrom('6' as const, '7' as const, '8' as const, '9' as const),
  valor: fc.option(fc.integer({ min: 1, max: 99_999_999_999 }), { freq: 5 }),
  empresaECampoLivre: digitString(29),
});
