import { isValidBoleto } from '@brazilian-utils/brazilian-utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  buildBoletoArrecadacao,
  buildBoletoBancario,
  codigoBarrasFromLinha,
  formatLinhaDigitavel,
  linhaFromCodigoBarras,
  parseCodigoBarras,
  parseLinhaDigitavel,
} from '@/lib/boleto';
import { addDays } from '@/lib/domain/dates';

import { arrecadacaoParts, bancarioParts, isoDay } from './arbitraries.test-util';

describe('buildBoletoBancario', () => {
  it('rebuilds the published 2025-02-23 vector', () => {
    expect(
      buildBoletoBancario({
        banco: '237',
        vencimento: '2025-02-23',
        valor: 200,
        campoLivre: '0001250005663148712345670',
      }),
    ).toEqual({
      codigoBarras: '23798100100000002000001250005663148712345670',
      linhaDigitavel: '23790001245000566314687123456706810010000000200',
    });
  });

  it('rebuilds the open-value, no-due-date vector', () => {
    expect(
      buildBoletoBancario({
        banco: '237',
        vencimento: null,
        valor: null,
        campoLivre: '4150090019801673500021140',
      }).linhaDigitavel,
    ).toBe('23794150099001980167035000211405700000000000000');
  });

  it('refuses malformed parts', () => {
    const ok = { banco: '237', vencimento: null, valor: null, campoLivre: '0'.repeat(25) };
    expect(() => buildBoletoBancario({ ...ok, banco: '23' })).toThrow(RangeError);
    expect(() => buildBoletoBancario({ ...ok, banco: '800' })).toThrow(RangeError); // would read as arrecadação
    expect(() => buildBoletoBancario({ ...ok, campoLivre: '0'.repeat(24) })).toThrow(RangeError);
    expect(() => buildBoletoBancario({ ...ok, valor: 10_000_000_000 })).toThrow(RangeError);
    expect(() => buildBoletoBancario({ ...ok, valor: 1.5 })).toThrow(RangeError);
    expect(() => buildBoletoBancario({ ...ok, valor: -1 })).toThrow(RangeError);
    expect(() => buildBoletoBancario({ ...ok, vencimento: '1999-12-31' })).toThrow(RangeError);
  });

  it('round-trips through parse, conversion and format (read within the window)', () => {
    fc.assert(
      fc.property(bancarioParts, fc.integer({ min: -5500, max: 3000 }), (parts, back) => {
        const { codigoBarras, linhaDigitavel } = buildBoletoBancario(parts);
        const today = parts.vencimento ?? '2026-11-22';
        const readOn = parts.vencimento === null ? today : addDays(today, back);
        const expected = {
          tipo: 'bancario',
          linhaDigitavel,
          codigoBarras,
          valor: parts.valor,
          vencimento: parts.vencimento,
          banco: parts.banco,
          segmento: null,
        };
        expect(parseLinhaDigitavel(linhaDigitavel, readOn)).toEqual({ ok: true, boleto: expected });
        expect(parseLinhaDigitavel(formatLinhaDigitavel(linhaDigitavel), readOn)).toEqual({
          ok: true,
          boleto: expected,
        });
        expect(parseCodigoBarras(codigoBarras, readOn)).toEqual({ ok: true, boleto: expected });
        expect(codigoBarrasFromLinha(linhaDigitavel)).toBe(codigoBarras);
        expect(linhaFromCodigoBarras(codigoBarras)).toBe(linhaDigitavel);
        expect(isValidBoleto(linhaDigitavel)).toBe(true); // independent validator
      }),
      { numRuns: 500 },
    );
  });

  it('a value of 0 is an open value', () => {
    const built = buildBoletoBancario({
      banco: '001',
      vencimento: null,
      valor: 0,
      campoLivre: '1'.repeat(25),
    });
    const r = parseLinhaDigitavel(built.linhaDigitavel, '2026-11-22');
    expect(r.ok && r.boleto.valor).toBeNull();
  });
});

describe('buildBoletoArrecadacao', () => {
  it('rebuilds the published vectors (mod 10 and mod 11)', () => {
    expect(
      buildBoletoArrecadacao({
        segmento: '4',
        identificadorValor: '6',
        valor: 2461,
        empresaECampoLivre: '00291100054603390069589506108',
      }),
    ).toEqual({
      codigoBarras: '84610000000246100291100054603390069589506108',
      linhaDigitavel: '846100000005246100291102005460339004695895061080',
    });
    expect(
      buildBoletoArrecadacao({
        segmento: '3',
        identificadorValor: '8',
        valor: 50960,
        empresaECampoLivre: '00190000008017823000034306271',
      }).linhaDigitavel,
    ).toBe('838600000050096000190009000801782309000343062712');
  });

  it('refuses malformed parts', () => {
    const ok = {
      segmento: '4',
      identificadorValor: '6' as const,
      valor: null,
      empresaECampoLivre: '0'.repeat(29),
    };
    expect(() => buildBoletoArrecadacao({ ...ok, segmento: '0' })).toThrow(RangeError);
    expect(() => buildBoletoArrecadacao({ ...ok, segmento: '8' })).toThrow(RangeError);
    expect(() => buildBoletoArrecadacao({ ...ok, empresaECampoLivre: '0'.repeat(28) })).toThrow(RangeError);
    expect(() => buildBoletoArrecadacao({ ...ok, valor: 100_000_000_000 })).toThrow(RangeError);
  });

  it('round-trips through parse, conversion and format', () => {
    fc.assert(
      fc.property(arrecadacaoParts, isoDay('2020-01-01', '2040-01-01'), (parts, today) => {
        const { codigoBarras, linhaDigitavel } = buildBoletoArrecadacao(parts);
        const emReais = parts.identificadorValor === '6' || parts.identificadorValor === '8';
        const expected = {
          tipo: 'arrecadacao',
          linhaDigitavel,
          codigoBarras,
          valor: emReais ? parts.valor : null,
          vencimento: null,
          banco: null,
          segmento: parts.segmento,
        };
        expect(parseLinhaDigitavel(linhaDigitavel, today)).toEqual({ ok: true, boleto: expected });
        expect(parseLinhaDigitavel(formatLinhaDigitavel(linhaDigitavel), today)).toEqual({
          ok: true,
          boleto: expected,
        });
        expect(parseCodigoBarras(codigoBarras, today)).toEqual({ ok: true, boleto: expected });
        expect(codigoBarrasFromLinha(linhaDigitavel)).toBe(codigoBarras);
        expect(linhaFromCodigoBarras(codigoBarras)).toBe(linhaDigitavel);
        expect(isValidBoleto(linhaDigitavel)).toBe(true);
        expect(isValidBoleto(codigoBarras)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('conversions', () => {
  it('throw RangeError on wrong lengths or non-digits', () => {
    expect(() => codigoBarrasFromLinha('1'.repeat(46))).toThrow(RangeError);
    expect(() => codigoBarrasFromLinha('1'.repeat(49))).toThrow(RangeError);
    expect(() => codigoBarrasFromLinha(`${'1'.repeat(46)}x`)).toThrow(RangeError);
    expect(() => linhaFromCodigoBarras('1'.repeat(43))).toThrow(RangeError);
    expect(() => linhaFromCodigoBarras('1'.repeat(47))).toThrow(RangeError);
    // An arrecadação barcode with identifier 5 has no rule for its block DVs.
    expect(() => linhaFromCodigoBarras(`845${'0'.repeat(41)}`)).toThrow(RangeError);
  });

  it('do not validate DVs', () => {
    expect(codigoBarrasFromLinha('0'.repeat(47))).toBe('0'.repeat(44));
  });
});

describe('formatLinhaDigitavel', () => {
  it('leaves anything that is not 47 or 48 digits unchanged', () => {
    expect(formatLinhaDigitavel('123')).toBe('123');
    expect(formatLinhaDigitavel('')).toBe('');
    expect(formatLinhaDigitavel('x'.repeat(47))).toBe('x'.repeat(47));
  });

  it('is idempotent', () => {
    const f = formatLinhaDigitavel('23790001245000566314687123456706810010000000200');
    expect(formatLinhaDigitavel(f)).toBe(f);
  });
});
