import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/domain/errors';
import { applyCrmPatch, normalizeCrmPatch } from './patch';
import { DEMO_CRM_CLIENTES } from './demo/data';

function fieldErrorsOf(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError && e.code === 'CRM_DADOS_INVALIDOS') return { ...e.fieldErrors };
    throw e;
  }
  throw new Error('esperava CRM_DADOS_INVALIDOS');
}

describe('normalizeCrmPatch', () => {
  it('writes phones and CEP as digits, UF upper-case, e-mail lower-case, text trimmed', () => {
    expect(
      normalizeCrmPatch(
        {
          celular: '+55 (11) 98765-4321',
          telefone: '(11) 3285-1234',
          cep: '01310-100',
          uf: 'sp',
          email: ' Maria.Silva@Example.com ',
          logradouro: '  Av.\u00a0Paulista  ',
          complemento: '',
          bairro: null,
        },
        'teste',
      ),
    ).toEqual({
      celular: '11987654321',
      telefone: '1132851234',
      cep: '01310100',
      uf: 'SP',
      email: 'maria.silva@example.com',
      logradouro: 'Av. Paulista',
      complemento: null,
      bairro: null,
    });
  });

  it('names every bad field with a pt-BR sentence, and refuses to clear the name', () => {
    expect(
      fieldErrorsOf(() =>
        normalizeCrmPatch(
          { celular: '1132851234', email: 'a@', cep: '123', uf: 'XX', nome: ' ', numero: '9'.repeat(21) },
          'teste',
        ),
      ),
    ).toEqual({
      celular: 'Celular inválido: informe DDD e os 9 dígitos.',
      email: 'E-mail inválido.',
      cep: 'CEP inválido: são 8 números.',
      uf: 'UF inválida.',
      nome: 'Informe o nome com até 100 caracteres.',
      numero: 'Use até 20 caracteres.',
    });
    expect(fieldErrorsOf(() => normalizeCrmPatch({ telefone: '(00) 1234-5678' }, 't'))).toHaveProperty(
      'telefone',
    );
  });

  it('refuses a field the CRM does not store instead of dropping it', () => {
    expect(
      fieldErrorsOf(() => normalizeCrmPatch({ email: 'a@b.com', cep: '01310100' }, 't', new Set(['cep']))),
    ).toEqual({ email: 'Este dado não é guardado no sistema de cadastro.' });
  });

  it('applyCrmPatch changes only the keys sent', () => {
    const [maria] = DEMO_CRM_CLIENTES;
    if (!maria) throw new Error('sem dados');
    expect(applyCrmPatch(maria, { bairro: 'Jardins', complemento: null })).toEqual({
      ...maria,
      bairro: 'Jardins',
      complemento: null,
    });
  });
});
