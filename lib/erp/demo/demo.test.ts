import { describe, expect, it } from 'vitest';
import { parseLinhaDigitavel } from '@/lib/boleto';
import { createDemoErp } from '.';

const TODAY = '2026-11-22';
const erp = createDemoErp({ today: () => TODAY });

describe('demo ERP data (documented in README)', () => {
  it('Maria: overdue 12 days with multa 2 % and juros 1 % a.m. pro rata, one due in 18 days, the paid one hidden', async () => {
    const f = await erp.listFaturas('52998224725');
    expect(f.map((x) => [x.vencimento, x.valorInicial, x.multa, x.juros, x.valorFinal])).toEqual([
      ['2026-11-10', 9990, 200, 40, 10230],
      ['2026-12-10', 9990, 0, 0, 9990],
    ]);
    expect(await erp.getFatura('52998224725', '70011')).toBeNull();
  });

  it('every boleto of a well-behaved customer is valid in the current fator cycle and matches its fatura', async () => {
    for (const doc of ['52998224725', '11222333000181', '12ABC34501DE35']) {
      for (const f of await erp.listFaturas(doc)) {
        const r = parseLinhaDigitavel(f.linhaDigitavel ?? '', TODAY);
        expect(r.ok && r.boleto.vencimento).toBe(f.vencimento);
        expect(r.ok && r.boleto.valor).toBe(f.valorInicial);
      }
    }
  });

  it("Carlos's broken records are broken in the documented ways", async () => {
    const [a, b] = await erp.listFaturas('93541134780');
    expect(parseLinhaDigitavel(a?.linhaDigitavel ?? '', TODAY)).toMatchObject({ ok: false });
    const rb = parseLinhaDigitavel(b?.linhaDigitavel ?? '', TODAY);
    expect(rb.ok && rb.boleto.valor).toBe(5990);
    expect(b?.valorInicial).toBe(8990);
  });

  it('only the owner gets a fatura by id; unknown documents are null, not errors', async () => {
    expect(await erp.getFatura('52998224725', '70021')).toBeNull();
    expect((await erp.getFatura('11222333000181', '70021'))?.pixCode).toMatch(/^000201/);
    expect(await erp.findCliente('39053344705')).toBeNull();
    expect(await erp.listFaturas('39053344705')).toEqual([]);
  });
});
