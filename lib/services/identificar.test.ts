import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '@/lib/domain/errors';
import { createDemoErp } from '@/lib/erp/demo';
import { MemoryRateLimitCounters, type RateCheck } from '@/lib/session/rate-limit';
import { identificarCliente, type LookupEvent } from './identificar';

const rule = { maxFailures: 3, blockSeconds: 30, maxPerMinute: 100 };
const kiosk = (key: string): RateCheck[] => [{ key, rule }];

function deps() {
  const erp = createDemoErp({ today: () => '2026-11-22' });
  const findCliente = vi.fn(erp.findCliente);
  const events: LookupEvent[] = [];
  return {
    findCliente,
    events,
    deps: {
      erp: { findCliente },
      counters: new MemoryRateLimitCounters(),
      now: () => 1_000,
      onOutcome: (e: LookupEvent) => events.push(e),
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
    expect((await identificarCliente('529.982.247-25', kiosk('k'), d)).nome).toBe('Maria Aparecida da Silva');
    expect((await identificarCliente('12.abc.345/01de-35', kiosk('k'), d)).nome).toBe('Oficina Alfa Ltda');
  });

  it('refuses wrong check digits without calling the ERP', async () => {
    const { deps: d, findCliente } = deps();
    expect(await codeOf(identificarCliente('529.982.247-24', kiosk('k'), d))).toBe('DOCUMENTO_INVALIDO');
    expect(findCliente).not.toHaveBeenCalled();
  });

  it('reports not found, then blocks the kiosk after repeated failures', async () => {
    const { deps: d } = deps();
    expect(await codeOf(identificarCliente('39053344705', kiosk('k'), d))).toBe('CLIENTE_NAO_ENCONTRADO');
    expect(await codeOf(identificarCliente('39053344705', kiosk('k'), d))).toBe('CLIENTE_NAO_ENCONTRADO');
    expect(await codeOf(identificarCliente('39053344705', kiosk('k'), d))).toBe('LIMITE_CONSULTAS');
    expect(await codeOf(identificarCliente('52998224725', kiosk('k'), d))).toBe('LIMITE_CONSULTAS');
    expect(await codeOf(identificarCliente('52998224725', kiosk('other-kiosk'), d))).toBe('ok');
  });

  it('passes ERP failures through as DomainErrors', async () => {
    const { deps: d } = deps();
    expect(await codeOf(identificarCliente('12345678909', kiosk('k'), d))).toBe('ERP_INDISPONIVEL');
  });

  it('reports every outcome without the document, and which limit refused', async () => {
    const { deps: d, events } = deps();
    await codeOf(identificarCliente('52998224725', kiosk('k'), d));
    await codeOf(identificarCliente('529.982.247-24', kiosk('k'), d));
    await codeOf(identificarCliente('39053344705', kiosk('k'), d));
    await codeOf(identificarCliente('39053344705', kiosk('k'), d));
    await codeOf(identificarCliente('52998224725', kiosk('k'), d));
    await codeOf(identificarCliente('12345678909', kiosk('z'), d));
    expect(events).toEqual([
      { outcome: 'encontrado' },
      { outcome: 'invalido' },
      { outcome: 'nao_encontrado' },
      { outcome: 'nao_encontrado', block: { blockedBy: ['k'], retryAfterSeconds: 30 } },
      { outcome: 'bloqueado', block: { blockedBy: ['k'], retryAfterSeconds: 30 } },
      { outcome: 'erro', code: 'ERP_INDISPONIVEL' },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/529|390|123456/);
  });

  it('a refused lookup never reaches the ERP', async () => {
    const { deps: d, findCliente } = deps();
    const tight: RateCheck[] = [{ key: 'g', rule: { ...rule, maxPerMinute: 1 } }];
    expect(await codeOf(identificarCliente('52998224725', tight, d))).toBe('ok');
    expect(await codeOf(identificarCliente('11122233396', tight, d))).toBe('LIMITE_CONSULTAS');
    expect(findCliente).toHaveBeenCalledTimes(1);
  });
});
