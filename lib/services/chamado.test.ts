import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '@/lib/domain/errors';
import { createDemoErp } from '@/lib/erp/demo';
import type { ErpAdapter } from '@/lib/erp/port';
import { setErpForTests } from '@/lib/erp/registry';
import type { KioskSession } from '@/lib/session/kiosk';
import { abrirChamado, CHAMADO_ALVO, type ChamadoPedido } from './chamado';
import { mintConfirmacao } from './confirmacao';

const joao: KioskSession = { sid: 'sid-joao', documento: '11144477735', clienteId: '1004', nome: 'João' };
const pedido: ChamadoPedido = { motivo: 'lentidao', mensagem: 'Caindo', planoId: '504' };

let criarChamado: ReturnType<typeof vi.fn>;

beforeEach(() => {
  const demo = createDemoErp({ today: () => '2026-11-22' });
  criarChamado = vi.fn(demo.criarChamado?.bind(demo));
  setErpForTests({ ...demo, capabilities: demo.capabilities, criarChamado } as ErpAdapter);
});
afterEach(() => {
  setErpForTests(undefined);
  vi.restoreAllMocks();
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
}

const token = () => mintConfirmacao(joao, 'kiosk.chamado', CHAMADO_ALVO);

describe('abrirChamado: one ticket per confirmation', () => {
  it('a double tap and a retried request open one ticket and all get its protocol', async () => {
    const t = token();
    const [a, b] = await Promise.all([abrirChamado(joao, pedido, t), abrirChamado(joao, pedido, t)]);
    const retry = await abrirChamado(joao, pedido, t);
    expect(criarChamado).toHaveBeenCalledTimes(1);
    expect(new Set([a.protocolo, b.protocolo, retry.protocolo]).size).toBe(1);
    expect(a).toMatchObject({ assunto: 'Internet lenta', planoNome: 'Fibra 100 Mega' });
  });

  it('a refusal opened nothing: the key is released and the same confirmation opens the ticket', async () => {
    criarChamado.mockRejectedValueOnce(new DomainError('ERP_REJEITOU'));
    const t = token();
    expect(await codeOf(abrirChamado(joao, pedido, t))).toBe('ERP_REJEITOU');
    expect(await abrirChamado(joao, pedido, t)).toMatchObject({ replayed: false });
    expect(criarChamado).toHaveBeenCalledTimes(2);
  });

  it('a timeout may have opened it: the same confirmation never asks the ERP again', async () => {
    criarChamado.mockRejectedValueOnce(new DomainError('ERP_TIMEOUT'));
    const t = token();
    expect(await codeOf(abrirChamado(joao, pedido, t))).toBe('ERP_SEM_CONFIRMACAO');
    expect(await codeOf(abrirChamado(joao, pedido, t))).toBe('ERP_SEM_CONFIRMACAO');
    expect(criarChamado).toHaveBeenCalledTimes(1);
    // A new "Abrir chamado" screen is a new, deliberate request.
    expect(await abrirChamado(joao, pedido, token())).toMatchObject({ replayed: false });
    expect(criarChamado).toHaveBeenCalledTimes(2);
  });
});
