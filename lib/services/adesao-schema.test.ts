import { describe, expect, it } from 'vitest';
import { adesaoInputSchema, validarDadosAdesao } from './adesao-schema';

const ok = {
  nome: '  Joana   de Souza ',
  documento: '390.533.447-05',
  celular: '(11) 98765-4321',
  email: ' Joana@Example.COM ',
  cep: '01310-100',
  logradouro: 'Avenida Paulista',
  numero: '1000a',
  complemento: '',
  bairro: 'Bela Vista',
  cidade: 'São Paulo',
  uf: 'sp',
};

describe('validarDadosAdesao: the rules of "Meus dados", plus the document', () => {
  it('normalises every field as it goes to the ERP', () => {
    expect(validarDadosAdesao(ok)).toEqual({
      ok: true,
      dados: {
        nome: 'Joana de Souza',
        documento: '39053344705',
        celular: '11987654321',
        email: 'joana@example.com',
        cep: '01310100',
        logradouro: 'Avenida Paulista',
        numero: '1000A',
        complemento: '',
        bairro: 'Bela Vista',
        cidade: 'São Paulo',
        uf: 'SP',
      },
    });
  });

  it('says what is wrong, per field, in pt-BR', () => {
    const r = validarDadosAdesao({
      ...ok,
      documento: '390.533.447-06',
      celular: '1133334444',
      email: 'x@',
      nome: '',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors.documento).toMatch(/dígito|inválid/i);
    expect(r.fieldErrors.celular).toBe('Celular inválido: digite o DDD e os 9 números, começando por 9.');
    expect(r.fieldErrors.email).toContain('E-mail inválido');
    expect(r.fieldErrors.nome).toBe('Preencha este campo.');
    expect(r.fieldErrors.cep).toBeUndefined();
  });

  it('an alphanumeric CNPJ is a document too', () => {
    const r = validarDadosAdesao({ ...ok, documento: '12.ABC.345/01DE-35' });
    expect(r.ok && r.dados.documento).toBe('12ABC34501DE35');
  });
});

describe('adesaoInputSchema', () => {
  const input = {
    produtoId: '10',
    vencimentoId: '5',
    origemId: null,
    revendedorId: null,
    dados: ok,
    consentimento: true,
  };
  it('needs the LGPD consent and every field, and refuses anything else', () => {
    expect(adesaoInputSchema.safeParse(input).success).toBe(true);
    expect(adesaoInputSchema.safeParse({ ...input, consentimento: false }).success).toBe(false);
    expect(adesaoInputSchema.safeParse({ ...input, dados: { ...ok, extra: 'x' } }).success).toBe(false);
    const { nome: _n, ...semNome } = ok;
    expect(adesaoInputSchema.safeParse({ ...input, dados: semNome }).success).toBe(false);
    expect(adesaoInputSchema.safeParse({ ...input, produtoId: '../x' }).success).toBe(false);
  });
});
