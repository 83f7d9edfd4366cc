import { describe, expect, it, vi } from 'vitest';
import type { Cliente } from '@/lib/domain/types';
import { getStore } from '@/lib/store';

/**
 * The identification at a totem in the audit trail: a customer served is filed under the totem and the document's
 * keyed hash; a "no such customer" answer is recorded without any document. The demo ERP, the limits and the
 * store are real; the request context (headers, cookies, redirect, the session cookie) is a stand-in.
 */
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  },
  RedirectType: { replace: 'replace', push: 'push' },
}));
vi.mock('@/lib/session/kiosk-cookie', () => ({
  currentKioskId: async () => 'k-audit-ident',
  getKioskIdKey: () => Buffer.alloc(32),
}));
vi.mock('@/lib/session/kiosk', () => ({
  startKioskSession: async (c: Cliente) => ({
    sid: 's1',
    documento: c.documento,
    clienteId: c.id,
    nome: c.nome,
  }),
  endKioskSession: async () => undefined,
  getKioskSession: async () => null,
}));

const { identificarAction } = await import('@/lib/actions/kiosk');

async function trail() {
  return (await (await getStore()).audit.query({ action: 'kiosk.identificar', limit: 500 })).rows;
}

describe('identification in the audit trail', () => {
  it('a customer served: totem and hashed document, nothing in clear', async () => {
    await expect(identificarAction('529.982.247-25')).rejects.toMatchObject({ url: '/cliente' });
    const row = (await trail())[0];
    expect(row?.actor).toEqual({ kind: 'kiosk', kioskId: 'k-audit-ident' });
    expect(row?.result).toBe('ok');
    expect(row?.documentoHash).toBe((await getStore()).hashDocumento('52998224725'));
    expect(JSON.stringify(row)).not.toMatch(/52998224725|Maria/);
  });

  it('no such customer: recorded as refused, without the document', async () => {
    const result = await identificarAction('390.533.447-05');
    expect(result).toMatchObject({ ok: false, code: 'CLIENTE_NAO_ENCONTRADO' });
    const row = (await trail())[0];
    expect(row?.result).toBe('recusado');
    expect(row?.documentoHash).toBeNull();
    expect(row?.details).toEqual({ codigo: 'CLIENTE_NAO_ENCONTRADO' });
  });

  it('an invalid document never reaches the ERP nor the trail', async () => {
    const before = (await trail()).length;
    expect(await identificarAction('529.982.247-24')).toMatchObject({ ok: false });
    expect(await trail()).toHaveLength(before);
  });
});
