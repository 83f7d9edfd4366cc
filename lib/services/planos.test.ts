import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '@/lib/domain/errors';
import { createDemoErp } from '@/lib/erp/demo';
import type { ErpAdapter } from '@/lib/erp/port';
import { setErpForTests } from '@/lib/erp/registry';
import type { KioskSession } from '@/lib/session/kiosk';
import { getStore } from '@/lib/store';
import { mintConfirmacao } from './confirmacao';
import { desbloquearPlano } from './planos';

const maria: KioskSession = { sid: 'sid-maria', documento: '52998224725', clienteId: '1001', nome: 'Maria' };
const carlos: KioskSession = {
  sid: 'sid-carlos',
  documento: '93541134780',
  clienteId: '1005',
  nome: 'Carlos',
};

let erp: ErpAdapter;
let desbloquear: ReturnType<typeof vi.fn>;

beforeEach(() => {
  const demo = createDemoErp({ today: () => '2026-11-22' });
  desbloquear = vi.fn(demo.desbloquear?.bind(demo));
  erp = { ...demo, capabilities: demo.capabilities, desbloquear } as ErpAdapter;
  setErpForTests(erp);
});
afterEach(() => {
  setErpForTests(undefined);
  vi.restoreAllMocks();
});

/** Audit events appended through the store's interface (whatever implementation is configured). */
async function spyAudit() {
  return vi.spyOn((await getStore()).audit, 'append');
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
}

describe('desbloquearPlano: at most once per confirmation', () => {
  it('a double tap (two concurrent requests) and a later retry with the same key call the ERP once', async () => {
    const audit = await spyAudit();
    const token = mintConfirmacao(maria, 'kiosk.desbloqueio', '501');
    const [a, b] = await Promise.all([
      desbloquearPlano(maria, '501', token),
      desbloquearPlano(maria, '501', token),
    ]);
    const retry = await desbloquearPlano(maria, '501', token);
    expect(desbloquear).toHaveBeenCalledTimes(1);
    for (const r of [a, b, retry]) expect(r).toMatchObject({ ok: true, motivo: 'liberado' });
    expect([a.replayed, b.replayed, retry.replayed].filter(Boolean)).toHaveLength(2);
    expect(audit).toHaveBeenCalledTimes(1);
    expect(audit.mock.calls[0]?.[0]).toMatchObject({
      action: 'kiosk.desbloqueio',
      result: 'ok',
      documento: '52998224725',
      details: { planoId: '501', motivo: 'liberado' },
    });
    audit.mockRestore();
  });

  it('a new confirmation is a new request: the ERP answers that it is already active', async () => {
    await desbloquearPlano(maria, '501', mintConfirmacao(maria, 'kiosk.desbloqueio', '501'));
    const again = await desbloquearPlano(maria, '501', mintConfirmacao(maria, 'kiosk.desbloqueio', '501'));
    // The plan is no longer offered: refused by the service before the ERP is asked.
    expect(again).toMatchObject({ ok: false, motivo: 'nao_disponivel', replayed: false });
    expect(desbloquear).toHaveBeenCalledTimes(1);
  });

  it('refuses a key from another session, for another plan, or forged, without calling the ERP', async () => {
    const token = mintConfirmacao(maria, 'kiosk.desbloqueio', '501');
    const other = { ...maria, sid: 'sid-outro' };
    expect(await codeOf(desbloquearPlano(other, '501', token))).toBe('CONFIRMACAO_INVALIDA');
    expect(await codeOf(desbloquearPlano(maria, '502', token))).toBe('CONFIRMACAO_INVALIDA');
    expect(await codeOf(desbloquearPlano(maria, '501', `${token}x`))).toBe('CONFIRMACAO_INVALIDA');
    expect(await codeOf(desbloquearPlano(maria, '501', 'abc'))).toBe('CONFIRMACAO_INVALIDA');
    expect(desbloquear).not.toHaveBeenCalled();
  });

  it('an internal notice stops the unlock (the customer is sent to the counter); nothing reaches the ERP', async () => {
    const token = mintConfirmacao(carlos, 'kiosk.desbloqueio', '506');
    expect(await codeOf(desbloquearPlano(carlos, '506', token))).toBe('PENDENCIA_INTERNA');
    expect(desbloquear).not.toHaveBeenCalled();
  });

  it('a plan that is not the customer’s is refused by the service', async () => {
    const token = mintConfirmacao(maria, 'kiosk.desbloqueio', '505');
    expect(await desbloquearPlano(maria, '505', token)).toMatchObject({
      ok: false,
      motivo: 'plano_nao_encontrado',
    });
    expect(desbloquear).not.toHaveBeenCalled();
  });

  it.each(['ERP_INDISPONIVEL', 'ERP_REJEITOU'] as const)(
    'an ERP failure that did not unlock (%s) releases the key: the same confirmation is retried and succeeds',
    async (code) => {
      desbloquear.mockRejectedValueOnce(new DomainError(code));
      const token = mintConfirmacao(maria, 'kiosk.desbloqueio', '501');
      expect(await codeOf(desbloquearPlano(maria, '501', token))).toBe(code);
      expect(await desbloquearPlano(maria, '501', token)).toMatchObject({ ok: true, replayed: false });
      expect(desbloquear).toHaveBeenCalledTimes(2);
    },
  );

  it('a timed-out unlock may have happened: the key is kept, a retry never reaches the ERP again', async () => {
    const audit = await spyAudit();
    desbloquear.mockRejectedValueOnce(new DomainError('ERP_TIMEOUT'));
    const token = mintConfirmacao(maria, 'kiosk.desbloqueio', '501');
    expect(await codeOf(desbloquearPlano(maria, '501', token))).toBe('ERP_SEM_CONFIRMACAO');
    expect(await codeOf(desbloquearPlano(maria, '501', token))).toBe('ERP_SEM_CONFIRMACAO');
    expect(desbloquear).toHaveBeenCalledTimes(1);
    expect(audit.mock.calls.map((c) => [c[0].result, c[0].details])).toEqual([
      ['erro', { planoId: '501', codigo: 'ERP_SEM_CONFIRMACAO' }],
    ]);
    audit.mockRestore();
  });
});
