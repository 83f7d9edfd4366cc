import { describe, expect, it } from 'vitest';
import type { Fatura } from '@/lib/domain/types';
import { composicaoFicha, instrucaoAtraso } from './ficha';
import { formatEndereco } from './view-model';

const base: Fatura = {
  id: '70012',
  documento: '52998224725',
  nomeCliente: 'Maria Aparecida da Silva',
  valorInicial: 9990,
  valorFinal: 9990,
  juros: 0,
  multa: 0,
  emissao: '2026-10-21',
  vencimento: '2026-11-10',
  historico: 'Fibra 300 Mega',
  linkBoleto: null,
  linhaDigitavel: null,
  codeFatura: null,
  identifier: null,
  remoteId: null,
  pixCode: null,
};
const f = (over: Partial<Fatura>): Fatura => ({ ...base, ...over });
/** documento − desconto − deduções + mora + acréscimos = today's amount, whenever a box is filled. */
const somaFecha = (c: ReturnType<typeof composicaoFicha>) =>
  c.totalHoje === null ||
  c.valorDocumento -
    (c.desconto ?? 0) -
    (c.outrasDeducoes ?? 0) +
    (c.moraMulta ?? 0) +
    (c.outrosAcrescimos ?? 0) ===
    c.totalHoje;

describe('composicaoFicha: the ficha boxes add up to the screen and never disagree with the barcode', () => {
  it('juros and multa known, barcode at face value: Mora/Multa, adding up to what the screen shows', () => {
    const c = composicaoFicha(f({ valorFinal: 10230, juros: 40, multa: 200 }), { valor: 9990 });
    expect(c).toEqual({
      valorDocumento: 9990,
      desconto: null,
      outrasDeducoes: null,
      moraMulta: 240,
      outrosAcrescimos: null,
      totalHoje: 10230,
    });
    expect(somaFecha(c)).toBe(true);
  });
  it('a higher valor_final without a split: Outros acréscimos', () => {
    const c = composicaoFicha(f({ valorFinal: 10207 }), { valor: 9990 });
    expect(c).toMatchObject({ moraMulta: null, outrosAcrescimos: 217, totalHoje: 10207 });
    expect(somaFecha(c)).toBe(true);
    // A split that does not add up is not printed as if it did.
    const wrong = composicaoFicha(f({ valorFinal: 10207, juros: 40, multa: 200 }), { valor: 9990 });
    expect(wrong).toMatchObject({ moraMulta: null, outrosAcrescimos: 217, totalHoje: 10207 });
  });
  it('a re-issued boleto whose barcode already carries the updated value: nothing added twice', () => {
    const c = composicaoFicha(f({ valorFinal: 10230, juros: 40, multa: 200 }), { valor: 10230 });
    expect(c).toEqual({
      valorDocumento: 10230,
      desconto: null,
      outrasDeducoes: null,
      moraMulta: null,
      outrosAcrescimos: null,
      totalHoje: null,
    });
  });
  it('a declared discount: Desconto, down to the lower amount due', () => {
    const c = composicaoFicha(f({ vencimento: '2026-12-10', valorFinal: 8990, desconto: 1000 }), {
      valor: 9990,
    });
    expect(c).toMatchObject({ valorDocumento: 9990, desconto: 1000, totalHoje: 8990 });
    expect(somaFecha(c)).toBe(true);
  });
  it('a lower amount the ERP did not explain, charges unknown, or nothing to adjust: all blank for the teller', () => {
    for (const [fatura, valor] of [
      [f({ valorFinal: 8990 }), 9990],
      [f({ encargosDesconhecidos: true }), 9990],
      [f({}), 9990],
    ] as const) {
      const c = composicaoFicha(fatura, { valor });
      expect(c.valorDocumento).toBe(9990);
      expect([c.desconto, c.outrasDeducoes, c.moraMulta, c.outrosAcrescimos, c.totalHoje]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
    }
  });
  it('an open-value boleto (no value in the barcode): the document value is the face value', () => {
    const c = composicaoFicha(f({ valorFinal: 10230, juros: 40, multa: 200 }), { valor: null });
    expect(c).toMatchObject({ valorDocumento: 9990, moraMulta: 240, totalHoje: 10230 });
  });
});

describe('instrucaoAtraso: the wallet terms in the words banks print', () => {
  it('percentual multa and monthly juros, also per day', () => {
    expect(
      instrucaoAtraso({
        multa: { kind: 'percentual', percentual: 2 },
        juros: { kind: 'percentual_mes', percentual: 1 },
      }),
    ).toBe('Após o vencimento, cobrar multa de 2,00% e juros de mora de 0,033% ao dia (1,00% ao mês).');
  });
  it('daily rate, fixed amounts, a missing part, nothing known', () => {
    expect(instrucaoAtraso({ multa: null, juros: { kind: 'percentual_dia', percentual: 0.033 } })).toBe(
      'Após o vencimento, cobrar juros de mora de 0,033% ao dia.',
    );
    expect(
      instrucaoAtraso({ multa: { kind: 'valor', valor: 500 }, juros: { kind: 'valor_dia', valor: 10 } }),
    ).toMatch(/^Após o vencimento, cobrar multa de R\$\s5,00 e juros de mora de R\$\s0,10 ao dia\.$/);
    expect(instrucaoAtraso({ multa: { kind: 'percentual', percentual: 0 }, juros: null })).toBeNull();
    expect(instrucaoAtraso(null)).toBeNull();
  });
});

describe('formatEndereco: the payer address line, or nothing', () => {
  it('every part present', () => {
    expect(
      formatEndereco({
        logradouro: 'Rua das Flores',
        numero: '120',
        complemento: 'Apto 32',
        bairro: 'Centro',
        cidade: 'São Paulo',
        uf: 'sp',
        cep: '01010000',
      }),
    ).toBe('Rua das Flores, 120 - Apto 32 - Centro - São Paulo/SP - CEP 01010-000');
  });
  it('unknown parts are left out, never "undefined" or "null"; no street, no line', () => {
    const line = formatEndereco({
      logradouro: 'Rua Sem Número',
      numero: null,
      complemento: '',
      bairro: null,
      cidade: 'Niterói',
      uf: null,
      cep: '123',
    });
    expect(line).toBe('Rua Sem Número - Niterói');
    expect(
      formatEndereco({
        logradouro: ' ',
        numero: '1',
        complemento: null,
        bairro: 'X',
        cidade: 'Y',
        uf: 'SP',
        cep: null,
      }),
    ).toBeNull();
    expect(formatEndereco(undefined)).toBeNull();
  });
});
