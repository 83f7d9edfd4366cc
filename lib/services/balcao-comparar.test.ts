import { describe, expect, it } from 'vitest';
import type { CrmCliente } from '@/lib/crm/port';
import { compararCadastro } from './balcao-comparar';

const labels = { pf: 'PF', pj: 'PJ', ativo: 'Ativo', inativo: 'Inativo' };
const erp = {
  id: '1',
  documento: '52998224725',
  nome: 'Maria  da Silva',
  tipoPessoa: 'F' as const,
  ativo: true,
};
const crm: CrmCliente = {
  id: 'c1',
  documento: '52998224725',
  nome: 'maria da silva',
  tipo: 'F',
  email: 'Maria@Example.com',
  telefone: '1132851234',
  celular: '11987654321',
  cep: '01310100',
  logradouro: 'Av. Paulista',
  numero: '1000',
  complemento: null,
  bairro: 'Bela Vista',
  cidade: 'São Paulo',
  uf: 'SP',
  pais: 'Brasil',
  dataNascimento: null,
  ativo: true,
};

const diff = (rows: ReturnType<typeof compararCadastro>) =>
  Object.fromEntries(rows.map((r) => [r.campo, r.diferente]));

describe('compararCadastro', () => {
  it('treats case, spacing and phone masks as the same value', () => {
    const rows = compararCadastro(
      erp,
      [
        { type: 'email', value: 'maria@example.com' },
        { type: 'phone', value: '(11) 98765-4321' },
        { type: 'phone', value: '11 3285-1234' },
      ],
      crm,
      labels,
    );
    expect(Object.values(diff(rows)).some(Boolean)).toBe(false);
    expect(rows.find((r) => r.campo === 'endereco')?.crm).toBe(
      'Av. Paulista, 1000 · Bela Vista · São Paulo/SP',
    );
  });

  it('flags a phone, e-mail, name or status that disagrees', () => {
    const rows = compararCadastro(
      { ...erp, nome: 'Maria Souza', ativo: false },
      [
        { type: 'email', value: 'outra@example.com' },
        { type: 'phone', value: '11912345678' },
      ],
      crm,
      labels,
    );
    expect(diff(rows)).toMatchObject({
      nome: true,
      situacao: true,
      email: true,
      celular: true,
      telefone: true,
      tipo: false,
    });
  });

  it('without a CRM shows the ERP alone, with nothing flagged', () => {
    const rows = compararCadastro(erp, [{ type: 'email', value: 'x@example.com' }], null, labels);
    expect(rows.every((r) => !r.diferente && r.crm === null)).toBe(true);
    expect(rows.map((r) => r.campo)).not.toContain('endereco');
  });
});
