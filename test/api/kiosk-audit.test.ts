import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '@/lib/domain/errors';
import type { KioskSession } from '@/lib/session/kiosk';
import { getStore } from '@/lib/store';

/**
 * What a totem leaves in the audit trail (issues #12/#13): the documents it handed out, filed under the totem's
 * verified registry id (so the desk can name it and filter by it), never the raw signed cookie; refusals by the
 * integrity gate with their code; nothing for probes and busy queues. Session, kiosk cookie and renderer are
 * stand-ins; the routes, the audit helper and the store are real.
 */
let kioskId: string | null = null;
let current: KioskSession | null = null;
let render: () => Promise<{ bytes: Uint8Array; filename: string }> = async () => pdf();

vi.mock('@/lib/session/kiosk-cookie', () => ({ currentKioskId: async () => kioskId }));
vi.mock('@/lib/session/kiosk', () => ({ getKioskSession: async () => current }));
vi.mock('@/lib/pdf/server', () => ({
  boletoPdfDaSessao: () => render(),
  pdfDoBancoDaSessao: () => render(),
}));

const { GET: boleto } = await import('@/app/api/boleto/[id]/route');
const { auditKiosk } = await import('@/lib/services/kiosk-audit');

const pdf = () => ({ bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF'), filename: 'boleto.pdf' });
const maria: KioskSession = { sid: 's-audit', documento: '52998224725', clienteId: '1', nome: 'Maria' };
const ask = (id: string) =>
  boleto(new Request(`http://totem/api/boleto/${id}`), { params: Promise.resolve({ id }) });

async function rows(action: string) {
  return (await (await getStore()).audit.query({ action, limit: 500 })).rows;
}

describe('kiosk audit events', () => {
  beforeEach(() => {
    kioskId = 'k-loja-centro-1';
    current = maria;
    render = async () => pdf();
  });

  it('a boleto handed out is filed under the totem and the customer (hashed), with the fatura id', async () => {
    const before = (await rows('kiosk.boleto.pdf')).length;
    const res = await ask('70012');
    expect(res.status).toBe(200);
    const all = await rows('kiosk.boleto.pdf');
    expect(all).toHaveLength(before + 1);
    const row = all[0];
    expect(row?.actor).toEqual({ kind: 'kiosk', kioskId: 'k-loja-centro-1' });
    expect(row?.result).toBe('ok');
    expect(row?.details).toEqual({ faturaId: '70012' });
    expect(row?.documentoHash).toBe((await getStore()).hashDocumento('52998224725'));
    expect(JSON.stringify(row)).not.toContain('52998224725');
  });

  it('a boleto the integrity gate refuses is recorded with its code, for staff to fix in the ERP', async () => {
    render = async () => {
      throw new DomainError('BOLETO_INCONSISTENTE');
    };
    const res = await ask('70099');
    expect(res.status).not.toBe(200);
    const row = (await rows('kiosk.boleto.pdf'))[0];
    expect(row?.result).toBe('recusado');
    expect(row?.details).toEqual({ faturaId: '70099', codigo: 'BOLETO_INCONSISTENTE' });
  });

  it('probes, busy queues and requests without a session leave nothing', async () => {
    const before = (await rows('kiosk.')).length;
    render = async () => {
      throw new DomainError('FATURA_NAO_ENCONTRADA');
    };
    expect((await ask('99999')).status).toBe(404);
    current = null;
    render = async () => pdf();
    expect((await ask('70012')).status).not.toBe(200);
    expect(await rows('kiosk.')).toHaveLength(before);
  });

  it('an id from the URL that is not a plain id is not stored as given', async () => {
    render = async () => {
      throw new DomainError('BOLETO_INCONSISTENTE');
    };
    await ask(`x'><script>${'a'.repeat(80)}`);
    expect((await rows('kiosk.boleto.pdf'))[0]?.details).toEqual({
      faturaId: '?',
      codigo: 'BOLETO_INCONSISTENTE',
    });
  });

  it('a browser without a valid signed kiosk id is "sem-id", never what its cookie says', async () => {
    kioskId = null;
    await auditKiosk(maria, 'kiosk.teste', 'ok');
    expect((await rows('kiosk.teste'))[0]?.actor).toEqual({ kind: 'kiosk', kioskId: 'sem-id' });
  });
});
