import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  BOLETO_ERRO_MENSAGENS,
  buildBoletoArrecadacao,
  buildBoletoBancario,
  codigoBarrasFromLinha,
  linhaFromCodigoBarras,
  parseCodigoBarras,
  parseLinhaDigitavel,
  type BoletoErro,
} from '@/lib/boleto';

import { arrecadacaoParts, bancarioParts } from './arbitraries.test-util';
import { mod10, mod11Arrecadacao, mod11Bancario } from './modulo';

const TODAY = '2026-11-22';
const BANCARIO = '23790001245000566314687123456706810010000000200';
const ARRECADACAO_MOD10 = '846100000005246100291102005460339004695895061080';
const ARRECADACAO_MOD11 = '838600000050096000190009000801782309000343062712';

const replaceAt = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);

describe('parseLinhaDigitavel errors', () => {
  it.each<[string, BoletoErro]>([
    ['', 'vazio'],
    ['  . - ', 'vazio'],
    ['23790.00124 50005.663146 87123.456706 8 1001000000020O', 'caracteres'], // letter O
    ['23790/00124', 'caracteres'],
    ['2379000124500056631468712345670681001000000020', 'tamanho'], // 46
    ['237900012450005663146871234567068100100000002000', 'tamanho'], // 48 not starting with 8
    ['84610000000524610029110200546033900469589506108', 'tamanho'], // 47 starting with 8
    [replaceAt(BANCARIO, 9, '5'), 'dv_campo'], // DV1
    [replaceAt(BANCARIO, 15, '0'), 'dv_campo'], // inside campo 2
    [replaceAt(BANCARIO, 31, '0'), 'dv_campo'], // DV3
    [replaceAt(BANCARIO, 32, '7'), 'dv_geral'], // general DV
    [replaceAt(BANCARIO, 46, '1'), 'dv_geral'], // value
    [replaceAt(ARRECADACAO_MOD10, 11, '6'), 'dv_campo'],
    [replaceAt(ARRECADACAO_MOD10, 20, '0'), 'dv_campo'],
    [replaceAt(ARRECADACAO_MOD11, 47, '3'), 'dv_campo'],
    [replaceAt(ARRECADACAO_MOD10, 2, '5'), 'identificador_valor'],
    [replaceAt(ARRECADACAO_MOD10, 2, '0'), 'identificador_valor'],
  ])('%j → %s', (input, reason) => {
    expect(parseLinhaDigitavel(input, TODAY)).toEqual({ ok: false, reason });
  });

  it('rejects a currency other than Real even with every DV right', () => {
    const real = buildBoletoBancario({
      banco: '237',
      vencimento: null,
      valor: 100,
      campoLivre: '1'.repeat(25),
    });
    // Currency 0 with the general DV recomputed, and the linha rebuilt with its own campo DVs.
    const barras = withBancarioDv(replaceAt(real.codigoBarras, 3, '0'));
    expect(parseCodigoBarras(barras, TODAY)).toEqual({ ok: false, reason: 'moeda' });
    expect(parseLinhaDigitavel(linhaFromCodigoBarras(barras), TODAY)).toEqual({ ok: false, reason: 'moeda' });
  });

  it('rejects a general DV mismatch in an arrecadação code whose blocks are consistent', () => {
    // Change the general DV and recompute that block's own DV: only the general check can catch it.
    const built = buildBoletoArrecadacao({
      segmento: '4',
      identificadorValor: '6',
      valor: 2461,
      empresaECampoLivre: '00291100054603390069589506108',
    });
    const barras = replaceAt(built.codigoBarras, 3, String((Number(built.codigoBarras[3]) + 1) % 10));
    expect(parseCodigoBarras(barras, TODAY)).toEqual({ ok: false, reason: 'dv_geral' });
  });

  it('rejects segments 0 and 8', () => {
    for (const seg of ['0', '8']) {
      const built = buildBoletoArrecadacao({
        segmento: '4',
        identificadorValor: '6',
        valor: 100,
        empresaECampoLivre: '1'.repeat(29),
      });
      const barras = withArrecadacaoDv(replaceAt(built.codigoBarras, 1, seg));
      expect(parseCodigoBarras(barras, TODAY)).toEqual({ ok: false, reason: 'segmento' });
    }
  });

  it('has a pt-BR message for every reason', () => {
    for (const m of Object.values(BOLETO_ERRO_MENSAGENS)) expect(m).toMatch(/\S/);
  });
});

describe('parseCodigoBarras errors', () => {
  it.each<[string, BoletoErro]>([
    ['', 'vazio'],
    ['2379810010000000200000125000566314871234567', 'tamanho'],
    ['2379810010000000200000125000566314871234567a', 'caracteres'],
    ['23798100100000002000001250005663148712345671', 'dv_geral'],
    ['84510000000246100291100054603390069589506108', 'identificador_valor'],
  ])('%j → %s', (input, reason) => {
    expect(parseCodigoBarras(input, TODAY)).toEqual({ ok: false, reason });
  });
});

describe('single-digit corruption of a linha digitável', () => {
  const corrupt = (linha: string) =>
    fc
      .record({ pos: fc.nat({ max: linha.length - 1 }), delta: fc.integer({ min: 1, max: 9 }) })
      .map(({ pos, delta }) => ({
        pos,
        bad: replaceAt(linha, pos, String((Number(linha[pos]) + delta) % 10)),
      }));

  // Campos 1–3 are under mod 10, which catches every single substitution. Campo 5 (fator + value) is only
  // under the general mod-11 DV, which maps remainders 0, 1 and 10 all to DV 1: when the printed DV is 1, a
  // typo there can move the sum to another of those remainders and go unseen. Nothing else gets through.
  it('bancário: always detected, except in campo 5 when the general DV is 1', () => {
    const cases = bancarioParts.chain((p) => {
      const { linhaDigitavel } = buildBoletoBancario(p);
      return corrupt(linhaDigitavel).map((c) => ({ linha: linhaDigitavel, ...c }));
    });
    fc.assert(
      fc.property(cases, ({ linha, pos, bad }) => {
        if (parseLinhaDigitavel(bad, TODAY).ok) {
          expect(pos).toBeGreaterThanOrEqual(33);
          expect(linha[32]).toBe('1');
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('bancário: such an undetected typo exists (so compare value and due date with the fatura)', () => {
    const ok = '23790001245000566314687123456706116670000015990'; // fator 1667, R$ 159,90, DV 1
    const typo = '23790001245000566314687123456706146670000015990'; // fator 4667: still "valid"
    expect(parseLinhaDigitavel(ok, TODAY)).toMatchObject({ ok: true, boleto: { vencimento: '2026-12-21' } });
    expect(parseLinhaDigitavel(typo, TODAY)).toMatchObject({
      ok: true,
      boleto: { vencimento: '2035-03-09' },
    });
  });

  it('bancário: a typo in campos 1–4 is always detected, with the right reason', () => {
    const cases = bancarioParts.chain((p) => corrupt(buildBoletoBancario(p).linhaDigitavel));
    fc.assert(
      fc.property(cases, ({ pos, bad }) => {
        fc.pre(pos <= 32);
        const reason = bad.startsWith('8') ? 'tamanho' : pos === 32 ? 'dv_geral' : 'dv_campo';
        expect(parseLinhaDigitavel(bad, TODAY)).toEqual({ ok: false, reason });
      }),
      { numRuns: 3000 },
    );
  });

  it('arrecadação with identifier 6 or 7 (all mod 10): every typo is detected', () => {
    const cases = arrecadacaoParts
      .filter((p) => p.identificadorValor === '6' || p.identificadorValor === '7')
      .chain((p) => corrupt(buildBoletoArrecadacao(p).linhaDigitavel));
    fc.assert(
      fc.property(cases, ({ bad }) => {
        expect(parseLinhaDigitavel(bad, TODAY).ok).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  // Mod 11 here maps remainders 0 and 1 both to DV 0, so a typo is missed only if it lands on that pair in
  // its block DV *and* in the general DV at once.
  it('arrecadação with identifier 8 or 9 (mod 11): a missed typo needs both DVs to read 0', () => {
    const cases = arrecadacaoParts
      .filter((p) => p.identificadorValor === '8' || p.identificadorValor === '9')
      .chain((p) => {
        const { linhaDigitavel } = buildBoletoArrecadacao(p);
        return corrupt(linhaDigitavel).map((c) => ({ linha: linhaDigitavel, ...c }));
      });
    fc.assert(
      fc.property(cases, ({ linha, pos, bad }) => {
        if (parseLinhaDigitavel(bad, TODAY).ok) {
          const blockDv = Math.floor(pos / 12) * 12 + 11;
          expect(linha[blockDv]).toBe('0');
          expect(linha[3]).toBe('0');
        }
      }),
      { numRuns: 5000 },
    );
  });
});

// Helpers that recompute DVs after a deliberate change, to reach the checks behind the DVs.
function withBancarioDv(barras: string): string {
  const semDv = barras.slice(0, 4) + barras.slice(5);
  return barras.slice(0, 4) + String(mod11Bancario(semDv)) + barras.slice(5);
}

function withArrecadacaoDv(barras: string): string {
  const dv = barras[2] === '6' || barras[2] === '7' ? mod10 : mod11Arrecadacao;
  const semDv = barras.slice(0, 3) + barras.slice(4);
  return barras.slice(0, 3) + String(dv(semDv)) + barras.slice(4);
}

describe('test helpers sanity', () => {
  it('recomputed codes stay convertible', () => {
    const b = withBancarioDv('23798100100000002000001250005663148712345670');
    expect(codigoBarrasFromLinha(linhaFromCodigoBarras(b))).toBe(b);
  });
});
