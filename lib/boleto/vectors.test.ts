import { getBoletoInfo, isValidBoleto } from '@brazilian-utils/brazilian-utils';
import { describe, expect, it } from 'vitest';

import {
  codigoBarrasFromLinha,
  formatLinhaDigitavel,
  linhaFromCodigoBarras,
  parseCodigoBarras,
  parseLinhaDigitavel,
} from '@/lib/boleto';

// BOLETO-PIX.md §3, verbatim.
const BANCARIO = [
  {
    linha: '10492006506100010004200997263900989810000021403',
    barras: '10499898100000214032006561000100040099726390',
    valor: 21403,
    banco: '104',
    readOn: '2022-05-01',
    vencimento: '2022-05-10',
  },
  {
    linha: '23794150099001980167035000211405700000000000000',
    barras: '23797000000000000004150090019801673500021140',
    valor: null,
    banco: '237',
    readOn: '2026-11-22',
    vencimento: null,
  },
  {
    linha: '23791.22928 50000.000005 06000.046901 4 70300000001500',
    barras: '23794703000000015001229250000000000600004690',
    valor: 1500,
    banco: '237',
    readOn: '2017-01-01',
    vencimento: '2017-01-05',
  },
  {
    linha: '23791.22928 50000.000005 06000.046901 4 70300000001500',
    barras: '23794703000000015001229250000000000600004690',
    valor: 1500,
    banco: '237',
    readOn: '2026-11-22', // fator 7030 read today belongs to the new cycle
    vencimento: '2041-08-27',
  },
  {
    linha: '23790.00124 50005.663146 87123.456706 8 10010000000200',
    barras: '23798100100000002000001250005663148712345670',
    valor: 200,
    banco: '237',
    readOn: '2025-02-01',
    vencimento: '2025-02-23',
  },
  {
    linha: '23790.00124 50003.608440 54123.456706 4 99990000000200',
    barras: '23794999900000002000001250003608445412345670',
    valor: 200,
    banco: '237',
    readOn: '2025-02-21',
    vencimento: '2025-02-21',
  },
] as const;

const ARRECADACAO = [
  {
    linha: '846100000005246100291102005460339004695895061080',
    barras: '84610000000246100291100054603390069589506108',
    valor: 2461,
    segmento: '4',
  },
  {
    linha: '838600000050096000190009000801782309000343062712',
    barras: '83860000005096000190000008017823000034306271',
    valor: 50960,
    segmento: '3',
  },
  {
    linha: '846300000003299902962024004101360008002006441147',
    barras: '84630000000299902962020041013600000200644114',
    valor: 2999,
    segmento: '4',
  },
] as const;

const digits = (s: string) => s.replace(/\D/g, '');

describe('bancário vectors (BOLETO-PIX.md §3)', () => {
  it.each(BANCARIO)('$linha read on $readOn', (v) => {
    const expected = {
      tipo: 'bancario',
      linhaDigitavel: digits(v.linha),
      codigoBarras: v.barras,
      valor: v.valor,
      vencimento: v.vencimento,
      banco: v.banco,
      segmento: null,
    };
    expect(parseLinhaDigitavel(v.linha, v.readOn)).toEqual({ ok: true, boleto: expected });
    expect(parseLinhaDigitavel(digits(v.linha), v.readOn)).toEqual({ ok: true, boleto: expected });
    expect(parseCodigoBarras(v.barras, v.readOn)).toEqual({ ok: true, boleto: expected });
    expect(codigoBarrasFromLinha(v.linha)).toBe(v.barras);
    expect(linhaFromCodigoBarras(v.barras)).toBe(digits(v.linha));
  });

  it('formats exactly as printed', () => {
    expect(formatLinhaDigitavel('23790001245000566314687123456706810010000000200')).toBe(
      '23790.00124 50005.663146 87123.456706 8 10010000000200',
    );
    expect(formatLinhaDigitavel('23791229285000000000506000046901470300000001500')).toBe(
      '23791.22928 50000.000005 06000.046901 4 70300000001500',
    );
  });
});

describe('arrecadação vectors (BOLETO-PIX.md §3)', () => {
  it.each(ARRECADACAO)('$linha', (v) => {
    const expected = {
      tipo: 'arrecadacao',
      linhaDigitavel: v.linha,
      codigoBarras: v.barras,
      valor: v.valor,
      vencimento: null,
      banco: null,
      segmento: v.segmento,
    };
    expect(parseLinhaDigitavel(v.linha, '2026-11-22')).toEqual({ ok: true, boleto: expected });
    expect(parseLinhaDigitavel(formatLinhaDigitavel(v.linha), '2026-11-22')).toEqual({
      ok: true,
      boleto: expected,
    });
    expect(parseCodigoBarras(v.barras, '2026-11-22')).toEqual({ ok: true, boleto: expected });
    expect(codigoBarrasFromLinha(v.linha)).toBe(v.barras);
    expect(linhaFromCodigoBarras(v.barras)).toBe(v.linha);
  });

  it('formats as 11 digits, hyphen, DV', () => {
    expect(formatLinhaDigitavel('846100000005246100291102005460339004695895061080')).toBe(
      '84610000000-5 24610029110-2 00546033900-4 69589506108-0',
    );
  });
});

describe('the library we do not delegate to agrees where it is right', () => {
  it.each([...BANCARIO.map((v) => v.linha), ...ARRECADACAO.map((v) => v.linha)])('%s', (linha) => {
    expect(isValidBoleto(linha)).toBe(true);
  });

  it('reads the 2025-reset vectors the same way given the same reference date', () => {
    // Local-time Date, as the library reads it.
    const info = getBoletoInfo('23790001245000566314687123456706810010000000200', {
      referenceDate: new Date(2025, 1, 1),
    });
    const d = info?.expirationDate;
    expect(d && [d.getFullYear(), d.getMonth() + 1, d.getDate()]).toEqual([2025, 2, 23]);
  });
});

describe('known-bad inputs', () => {
  it('rejects the widely copied 46-digit Santander fixture', () => {
    expect(
      parseLinhaDigitavel('03399.00003 46900.000004 00006.00254 6 70300000001500', '2026-11-22'),
    ).toEqual({
      ok: false,
      reason: 'tamanho',
    });
  });
});
