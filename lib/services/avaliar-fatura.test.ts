import { describe, expect, it } from 'vitest';
import { buildBoletoBancario, linhaFromCodigoBarras, codigoBarrasFromLinha } from '@/lib/boleto';
import type { Fatura } from '@/lib/domain/types';
import { buildPixPayload, parsePixPayload } from '@/lib/pix';
import { avaliarFatura, checkBoleto, checkPix, type PixKeys } from './avaliar-fatura';

const TODAY = '2026-11-22';
const keys: PixKeys = {
  defaultKey: { key: 'pix@provedor.example.com', name: 'Provedor', city: 'SAO PAULO' },
  byIdentifier: { banco2: { key: 'b2@example.com', name: 'Provedor B2', city: 'RECIFE' } },
};

function fatura(over: Partial<Fatura> = {}): Fatura {
  const vencimento = over.vencimento ?? '2026-12-10';
  const valor = over.valorInicial ?? 9990;
  const { linhaDigitavel } = buildBoletoBancario({
    banco: '341',
    vencimento,
    valor,
    campoLivre: '1090000701212345678900000',
  });
  return {
    id: '70012',
    documento: '52998224725',
    nomeCliente: 'Maria',
    valorInicial: valor,
    valorFinal: valor,
    juros: 0,
    multa: 0,
    emissao: null,
    vencimento,
    historico: 'Fibra',
    linkBoleto: null,
    linhaDigitavel,
    codeFatura: null,
    identifier: null,
    remoteId: null,
    pixCode: null,
    ...over,
  };
}

/** Rewrites the linha digitável with another value/due date but valid check digits (an ERP mix-up). */
function linhaWith(valor: number | null, vencimento: string | null): string {
  return buildBoletoBancario({ banco: '341', vencimento, valor, campoLivre: '1090000701212345678900000' })
    .linhaDigitavel;
}

describe('checkBoleto', () => {
  it('accepts a boleto whose value and due date match the fatura, masked or not', () => {
    const f = fatura();
    const r = checkBoleto(f, TODAY);
    expect(r.ok).toBe(true);
    const masked = checkBoleto(
      { ...f, linhaDigitavel: ` ${f.linhaDigitavel?.replace(/^(\d{5})(\d{5})/, '$1.$2 ')} ` },
      TODAY,
    );
    expect(masked.ok).toBe(true);
  });

  it('refuses any single wrong digit', () => {
    const f = fatura();
    const linha = f.linhaDigitavel ?? '';
    for (const i of [0, 4, 9, 15, 20, 31, 32, 40, 46]) {
      const d = Number(linha[i]);
      const bad = linha.slice(0, i) + String((d + 3) % 10) + linha.slice(i + 1);
      expect(checkBoleto({ ...f, linhaDigitavel: bad }, TODAY).ok, `position ${i}`).toBe(false);
    }
  });

  it('refuses a value that is neither the face nor the updated value', () => {
    const r = checkBoleto(fatura({ linhaDigitavel: linhaWith(5990, '2026-12-10') }), TODAY);
    expect(r).toMatchObject({ ok: false, code: 'BOLETO_INCONSISTENTE' });
    if (!r.ok) expect(r.motivo).toContain('59,90');
  });

  it('accepts the updated value and an open-value boleto', () => {
    const overdue = fatura({ vencimento: '2026-11-10', valorInicial: 9990 });
    const withUpdated = { ...overdue, valorFinal: 10230, linhaDigitavel: linhaWith(10230, '2026-11-10') };
    expect(checkBoleto(withUpdated, TODAY).ok).toBe(true);
    expect(checkBoleto({ ...overdue, linhaDigitavel: linhaWith(null, '2026-11-10') }, TODAY).ok).toBe(true);
  });

  it('refuses another due date, but accepts no due date and a re-issued boleto with the updated value', () => {
    const f = fatura({ vencimento: '2026-11-10', valorFinal: 10230 });
    expect(checkBoleto({ ...f, linhaDigitavel: linhaWith(9990, '2026-11-11') }, TODAY).ok).toBe(false);
    expect(checkBoleto({ ...f, linhaDigitavel: linhaWith(9990, '2026-11-09') }, TODAY).ok).toBe(false);
    expect(checkBoleto({ ...f, linhaDigitavel: linhaWith(9990, null) }, TODAY).ok).toBe(true);
    expect(checkBoleto({ ...f, linhaDigitavel: linhaWith(10230, '2026-11-25') }, TODAY).ok).toBe(true);
  });

  it('explains a missing or malformed linha digitável', () => {
    expect(checkBoleto(fatura({ linhaDigitavel: null }), TODAY)).toMatchObject({ ok: false, semLinha: true });
    expect(checkBoleto(fatura({ linhaDigitavel: '<html>erro</html>' }), TODAY)).toMatchObject({
      ok: false,
      semLinha: false,
    });
    expect(checkBoleto(fatura({ linhaDigitavel: '1234' }), TODAY)).toMatchObject({ ok: false });
  });

  it('keeps the barcode derived from the linha (round trip)', () => {
    const r = checkBoleto(fatura(), TODAY);
    if (!r.ok) throw new Error('expected ok');
    expect(linhaFromCodigoBarras(r.info.codigoBarras)).toBe(r.info.linhaDigitavel);
    expect(codigoBarrasFromLinha(r.info.linhaDigitavel)).toBe(r.info.codigoBarras);
  });
});

describe('checkPix', () => {
  it('uses the ERP code when valid and its amount matches the amount due', () => {
    const pixCode = buildPixPayload({
      key: 'k@x.com',
      merchantName: 'P',
      merchantCity: 'SP',
      amount: 24990,
      txid: 'A1',
    });
    expect(checkPix(fatura({ valorInicial: 24990, valorFinal: 24990, pixCode }), keys)).toMatchObject({
      ok: true,
      source: 'erp',
      payload: pixCode,
    });
  });

  it('refuses an ERP code with a bad CRC or another amount', () => {
    const pixCode = buildPixPayload({
      key: 'k@x.com',
      merchantName: 'P',
      merchantCity: 'SP',
      amount: 24990,
      txid: 'A1',
    });
    const badCrc = pixCode.slice(0, -1) + (pixCode.endsWith('0') ? '1' : '0');
    expect(checkPix(fatura({ valorInicial: 24990, valorFinal: 24990, pixCode: badCrc }), keys).ok).toBe(
      false,
    );
    const r = checkPix(fatura({ valorInicial: 19990, valorFinal: 19990, pixCode }), keys);
    expect(r).toMatchObject({ ok: false, code: 'PIX_INCONSISTENTE' });
  });

  it('builds a Pix with the key for the identifier, else the default key, for the amount due', () => {
    const overdue = fatura({ valorInicial: 9990, valorFinal: 10230 });
    const r = checkPix(overdue, keys);
    if (!r.ok) throw new Error('expected ok');
    const parsed = parsePixPayload(r.payload);
    expect(parsed.ok && parsed.pix).toMatchObject({ key: 'pix@provedor.example.com', amount: 10230 });
    const b2 = checkPix({ ...overdue, identifier: 'banco2' }, keys);
    if (!b2.ok) throw new Error('expected ok');
    const p2 = parsePixPayload(b2.payload);
    expect(p2.ok && p2.pix).toMatchObject({ key: 'b2@example.com', merchantCity: 'RECIFE' });
    const unknown = checkPix({ ...overdue, identifier: 'nao-configurado' }, keys);
    expect(unknown.ok && unknown.payload).toContain('pix@provedor.example.com');
  });

  it('is unavailable with no ERP code and no key configured', () => {
    expect(checkPix(fatura(), { defaultKey: null, byIdentifier: {} })).toMatchObject({
      ok: false,
      code: 'FUNCAO_INDISPONIVEL',
    });
  });
});

describe('avaliarFatura', () => {
  it('marks overdue faturas and counts the days', () => {
    const a = avaliarFatura(fatura({ vencimento: '2026-11-10', valorFinal: 10230 }), TODAY, keys);
    expect(a).toMatchObject({ status: 'vencida', diasAtraso: 12, valorDevido: 10230, hoje: TODAY });
    const b = avaliarFatura(fatura({ vencimento: TODAY }), TODAY, keys);
    expect(b).toMatchObject({ status: 'a_vencer', diasAtraso: 0 });
  });
});

describe('a partly paid fatura', () => {
  it('refuses a boleto that charges the face value again, accepts one for the balance', () => {
    const f = fatura({ vencimento: '2026-12-10', valorInicial: 9990, valorFinal: 4990, valorPago: 5000 });
    const full = checkBoleto({ ...f, linhaDigitavel: linhaWith(9990, '2026-12-10') }, TODAY);
    expect(full).toMatchObject({ ok: false, code: 'BOLETO_INCONSISTENTE' });
    if (!full.ok) expect(full.motivo).toContain('50,00');
    expect(checkBoleto({ ...f, linhaDigitavel: linhaWith(4990, '2026-12-10') }, TODAY).ok).toBe(true);
    expect(checkBoleto({ ...f, linhaDigitavel: linhaWith(null, '2026-12-10') }, TODAY).ok).toBe(true);
  });
});

describe('what the amounts mean (issue #9)', () => {
  it('an overdue face-value boleto: the bank adds the charges — told to the customer, boleto still payable', () => {
    const a = avaliarFatura(
      fatura({ vencimento: '2026-11-10', valorFinal: 10230, juros: 40, multa: 200 }),
      TODAY,
      keys,
    );
    expect(a.boleto.ok).toBe(true);
    expect(a.encargos).toEqual({ kind: 'detalhados', juros: 40, multa: 200 });
    expect(a.avisoValor).toEqual({ kind: 'encargos_no_banco', valorBoleto: 9990 });
    expect(a.pix).toMatchObject({ ok: true, amount: 10230 });
  });
  it('no split from the ERP: one "acréscimos" figure; nothing to explain when the barcode matches', () => {
    const a = avaliarFatura(fatura({ valorFinal: 10207 }), TODAY, keys);
    expect(a.encargos).toEqual({ kind: 'acrescimos', valor: 217 });
    expect(avaliarFatura(fatura(), TODAY, keys)).toMatchObject({
      encargos: { kind: 'nenhum' },
      avisoValor: null,
    });
  });
  it('charges unknown (IXC wallet unreadable): no Pix to the key for an amount nobody knows', () => {
    const a = avaliarFatura(fatura({ vencimento: '2026-11-10', encargosDesconhecidos: true }), TODAY, keys);
    expect(a.boleto.ok).toBe(true);
    expect(a.pix).toMatchObject({ ok: false, code: 'FUNCAO_INDISPONIVEL' });
  });
  it('a Pix the ERP says cannot be offered is not replaced by the configured key', () => {
    const a = avaliarFatura(fatura({ pixIndisponivel: 'o código Pix desta fatura expirou' }), TODAY, keys);
    expect(a.pix).toEqual({
      ok: false,
      code: 'FUNCAO_INDISPONIVEL',
      motivo: 'o código Pix desta fatura expirou',
    });
  });
});
