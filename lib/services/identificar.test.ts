import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '@/lib/domain/errors';
import { createDemoErp } from '@/lib/erp/demo';
import { LookupRateLimiter } from '@/lib/session/rate-limit';
import { identificarCliente } from './identificar';

function deps() {
  const erp = createDemoErp({ today: () => '2026-11-22' });
  const findCliente = vi.fn(erp.findCliente);
  return {
    findCliente,
    deps: {
      erp: { findCliente },
      limiter: new LookupRateLimiter({ maxFailures: 3, blockSeconds: 30, maxPerMinute: 100 }),
      now: () => 1_000,
    },
  };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? e.code : 'other';
  }
}

describe('identificarCliente', () => {
  it('finds a customer by masked or unmasked CPF, and an alphanumeric CNPJ in any case', async () => {
    const { deps: d } = deps();
    expect((await identificarCliente('529.982.247-25', ['k'], d)).nome).toBe('Maria Aparecida da Silva');
    expect((await identificarCliente('12.abc.345/01de-35', ['k'], d)).nome).toBe('Oficina Alfa Ltda');
  });

  it('refuses wrong check digits without calling the ERP', async () => {
    const { deps: d, findCliente } = deps();
    expect(await codeOf(identificarCliente('529.982.247-24', ['k'], d))).toBe('DOCUMENTO_INVALIDO');
    expect(findCliente).not.toHaveBeenCalled();
  });

  it('reports not found, then blocks the kiosk after repeated failures', async () => {
    const { deps: d } = deps();
    expect(await codeOf(identificarCliente('39053344705', ['k'], d))).toBe('CLIENTE_NAO_ENCONTRADO');
    expect(await codeOf(identificarCliente('39053344705', ['k'], d))).toBe('CLIENTE_NAO_ENCONTRADO');
    expect(await codeOf(identificarCliente('39053344705', ['k'], d))).toBe('LIMITE_CONSULTAS');
    expect(await codeOf(identificarCliente('52998224725', ['k'], d))).toBe('LIMITE_CONSULTAS');
    expect(await codeOf(identificarCliente('52998224725', ['other-kiosk'], d))).toBe('ok');
  });

  it('passes ERP failures through as DomainErrors', async () => {
    const { deps: d } = deps();
    expect(await codeOf(identificarCliente('12345678909', ['k'], d))).toBe('ERP_INDISPONIVEL');
  });
});
