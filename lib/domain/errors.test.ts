import { inspect } from 'node:util';
import pino from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DomainError, ERROR_CODES, isDomainError, messageFor } from './errors';

describe('DomainError', () => {
  it('has one pt-BR message per code and marks transient failures retryable', () => {
    for (const code of ERROR_CODES) expect(messageFor(code)).toMatch(/[a-zà-ú]/);
    expect(new DomainError('ERP_TIMEOUT').retryable).toBe(true);
    expect(new DomainError('BOLETO_INCONSISTENTE').retryable).toBe(false);
    expect(new DomainError('ERP_REJEITOU', { retryable: true }).retryable).toBe(true);
  });

  it('is recognised across module copies (as Next bundle layers load it)', async () => {
    // A second, independent copy of the module: its class is a different object.
    const copy = (await import(`./errors?copy=${Date.now()}`)) as typeof import('./errors');
    expect(copy.DomainError).not.toBe(DomainError);
    const foreign = new copy.DomainError('ERP_INDISPONIVEL');
    expect(foreign instanceof DomainError).toBe(true);
    expect(isDomainError(foreign)).toBe(true);
    expect(new Error('x') instanceof DomainError).toBe(false);
    expect(Object.assign(new Error('x'), { code: 'ERP_INDISPONIVEL' }) instanceof DomainError).toBe(false);
  });

  it('keeps subclasses apart: a plain DomainError is not an instance of a subclass', () => {
    class Special extends DomainError {}
    const special = new Special('ERP_INDISPONIVEL');
    expect(special instanceof DomainError).toBe(true);
    expect(special instanceof Special).toBe(true);
    expect(new DomainError('ERP_INDISPONIVEL') instanceof Special).toBe(false);
  });

  it('masks documents, e-mails and phones in details and field messages, whoever built the error', () => {
    // An SMTP refusal (boleto por e-mail) and a vendor's field message, as they come.
    const e = new DomainError('CRM_DADOS_INVALIDOS', {
      details:
        '550 5.1.1 <joao.silva@example.com>: Recipient rejected (CPF 529.982.247-25, tel 11 98765-4321)',
      fieldErrors: {
        email: 'Contato joao.silva@example.com já existe',
        telefone: 'The phone field is invalid',
      },
    });
    const pii = /joao\.silva@|529\.982|52998224725|98765/;
    expect(e.details).not.toMatch(pii);
    expect(e.message).not.toMatch(pii);
    expect(e.details).toContain('[email]');
    expect(e.fieldErrors).toEqual({
      email: 'Contato [email] já existe',
      telefone: 'The phone field is invalid',
    });
  });

  it('keeps vendor field messages out of the logged form of the error (console and pino)', () => {
    const e = new DomainError('CRM_DADOS_INVALIDOS', {
      details: 'perfex-won: Dados inválidos',
      fieldErrors: { nome: 'Cliente Maria Aparecida dos Santos já cadastrado' },
    });
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, cb) => (lines.push(chunk.toString()), cb()) });
    pino({ level: 'info' }, sink).error({ err: e }, 'falhou');
    for (const out of [inspect(e, { depth: 5 }), lines.join('\n'), JSON.stringify(e)]) {
      expect(out).toContain('CRM_DADOS_INVALIDOS');
      expect(out).not.toContain('Maria');
    }
    expect(e.fieldErrors?.nome).toContain('Maria'); // still there for the staff screen that asks for it
  });
});
