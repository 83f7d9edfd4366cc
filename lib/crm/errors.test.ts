import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/domain/errors';
import { CircuitOpenError } from '@/lib/http';
import { crmCall, crmStaffMessage, toCrmError } from './errors';

describe('CRM errors', () => {
  it('renames lib/http’s ERP codes to CRM codes, keeping retryable and details', () => {
    const cases = [
      ['AUTENTICACAO_ERP', 'CRM_AUTENTICACAO', false],
      ['ERP_INDISPONIVEL', 'CRM_INDISPONIVEL', true],
      ['ERP_TIMEOUT', 'CRM_TIMEOUT', true],
      ['ERP_RESPOSTA_INVALIDA', 'CRM_RESPOSTA_INVALIDA', false],
      ['ERP_REJEITOU', 'CRM_REJEITOU', false],
    ] as const;
    for (const [from, to, retryable] of cases) {
      const e = toCrmError(new DomainError(from, { details: 'HTTP 500' }), 'vtiger');
      expect([e.code, e.retryable]).toEqual([to, retryable]);
      expect(e.details).toBe('vtiger: HTTP 500');
    }
    expect(toCrmError(new CircuitOpenError('crm:x'), 'x').code).toBe('CRM_INDISPONIVEL');
    expect(toCrmError(new DomainError('CLIENTE_NAO_ENCONTRADO'), 'x').code).toBe('CLIENTE_NAO_ENCONTRADO');
  });

  it('lets nothing but a DomainError out of an adapter call', async () => {
    await expect(
      crmCall('gcm', async () => {
        throw new TypeError('x is undefined');
      }),
    ).rejects.toMatchObject({ code: 'CRM_RESPOSTA_INVALIDA', details: 'gcm: TypeError: x is undefined' });
  });

  it('gives staff the seed-000 texts, with the vendor’s field messages', () => {
    expect(crmStaffMessage(new DomainError('CRM_AUTENTICACAO'))).toBe(
      'Erro de autenticação: Token inválido ou não fornecido',
    );
    expect(crmStaffMessage(new DomainError('CLIENTE_NAO_ENCONTRADO'))).toBe('Recurso não encontrado');
    expect(crmStaffMessage(new DomainError('CRM_INDISPONIVEL'))).toBe('Erro de conexão com o servidor');
    expect(
      crmStaffMessage(
        new DomainError('CRM_DADOS_INVALIDOS', { fieldErrors: { email: 'The Email field must be valid' } }),
      ),
    ).toBe('Dados inválidos: email: The Email field must be valid');
  });
});
