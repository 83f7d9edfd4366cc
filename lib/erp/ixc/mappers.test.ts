import { describe, expect, it } from 'vitest';
import type { Cliente } from '@/lib/domain/types';
import { toFatura } from './mappers';
import { areceberSchema } from './schemas';

const cliente: Cliente = { id: '1', documento: '52998224725', nome: 'Maria', tipoPessoa: 'F', ativo: true };
const row = (over: Record<string, string>) =>
  areceberSchema.parse({
    id: '9',
    status: 'A',
    liberado: 'S',
    data_vencimento: '2026-12-10',
    valor: '99.90',
    valor_aberto: '99.90',
    valor_recebido: '0.00',
    ...over,
  });

describe('IXC fn_areceber → Fatura', () => {
  it('an open title has nothing paid', () => {
    expect(toFatura(row({}), cliente, () => null, null)).toMatchObject({
      valorInicial: 9990,
      valorFinal: 9990,
      valorPago: null,
    });
  });
  it('a partly paid title (P) owes the open balance and says what was paid', () => {
    const f = toFatura(
      row({ status: 'P', valor_aberto: '49.90', valor_recebido: '50.00' }),
      cliente,
      () => null,
      null,
    );
    expect(f).toMatchObject({ valorInicial: 9990, valorFinal: 4990, valorPago: 5000 });
    // Versions without valor_recebido: derived from the open balance.
    const g = toFatura(
      row({ status: 'P', valor_aberto: '49,90', valor_recebido: '' }),
      cliente,
      () => null,
      null,
    );
    expect(g.valorPago).toBe(5000);
  });
  it('a real open row (no valor_total_com_juros, payment fields zero) takes the charges it is given', () => {
    const f = toFatura(
      row({ data_vencimento: '2026-11-10', valor_juros: '0.00', valor_multas: '0.00' }),
      cliente,
      () => null,
      { multa: 200, juros: 40 },
    );
    expect(f).toMatchObject({ valorInicial: 9990, multa: 200, juros: 40, valorFinal: 10230 });
    expect(f.encargosDesconhecidos).toBeUndefined();
    const g = toFatura(row({ data_vencimento: '2026-11-10' }), cliente, () => null, 'desconhecidos');
    expect(g).toMatchObject({ valorFinal: 9990, encargosDesconhecidos: true });
  });
});
