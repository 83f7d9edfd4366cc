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
});
