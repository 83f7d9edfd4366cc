import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * Notas fiscais at the desk (issue #14: "previewed on wide screens" — the desk's, since the totem never
 * previews): the customer page lists them and the desk route serves the ERP's PDF of the customer's own notas
 * only, after the role check, through the same checks as the kiosk, audited with the staff user. Demo ERP,
 * real route, real staff session and store.
 */
const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (opt: string | { name: string }) => void jar.delete(typeof opt === 'string' ? opt : opt.name),
  }),
  headers: async () => new Headers(),
}));

const { GET: nota } = await import('@/app/(staff)/balcao/cliente/[ref]/nota/[id]/route');
const { clienteNoBalcao } = await import('@/lib/services/balcao');
const { getStore } = await import('@/lib/store');

const MARIA = '52998224725';
let ref = '';
let userId = '';

beforeAll(async () => {
  const { getStaffRepository } = await import('@/lib/staff/server');
  const { hashToken } = await import('@/lib/staff/auth');
  const { hashPassword } = await import('@/lib/staff/password');
  const { sealCustomerRef } = await import('@/lib/staff/customer-ref');
  const repo = await getStaffRepository();
  const user = await repo.createUser(
    {
      id: randomUUID(),
      username: 'u-notas',
      nome: 'Atendente das notas',
      role: 'atendente',
      passwordHash: await hashPassword('irrelevante-aqui', { log2N: 10, r: 8, p: 1 }),
      mustChangePassword: false,
      disabled: false,
    },
    Date.now(),
  );
  userId = user.id;
  const token = randomBytes(32).toString('base64url');
  await repo.createSession({
    tokenHash: hashToken(token),
    userId,
    createdAt: Date.now(),
    lastSeen: Date.now(),
  });
  jar.set('totem_balcao', token);
  ref = await sealCustomerRef(MARIA);
});

const ask = (id: string, query = '') =>
  nota(new Request(`http://127.0.0.1/balcao/cliente/x/nota/${id}${query}`), {
    params: Promise.resolve({ ref, id }),
  });

async function auditRows() {
  const page = await (await getStore()).audit.query({ action: 'desk.nota.pdf' });
  return page.rows;
}

describe('notas fiscais at the desk', () => {
  it("the customer page lists the customer's notas, and says the ERP serves their PDFs", async () => {
    const data = await clienteNoBalcao(MARIA);
    expect(data.notas?.pdf).toBe(true);
    expect(data.notas?.lista).toMatchObject({
      ok: true,
      value: [{ id: '9001', numero: '000123', valor: 9990 }],
    });
  });

  it("serves the customer's own nota as a whole PDF, inline or as a download, audited with the staff user", async () => {
    const inline = await ask('9001');
    expect(inline.status).toBe(200);
    expect(inline.headers.get('content-type')).toBe('application/pdf');
    expect(inline.headers.get('content-disposition')).toBe('inline; filename="nota-fiscal-000123.pdf"');
    expect(
      Buffer.from(await inline.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const download = await ask('9001', '?download=1');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="nota-fiscal-000123.pdf"');
    const rows = await auditRows();
    expect(rows.filter((r) => r.result === 'ok')).toHaveLength(2);
    expect(rows[0]).toMatchObject({ actor: { kind: 'staff', userId } });
    expect(JSON.stringify(rows)).not.toContain(MARIA);
  });

  it("refuses another customer's nota (and a malformed id) in Portuguese, serving nothing", async () => {
    for (const id of ['9041', '../9001']) {
      const refused = await ask(id);
      expect(refused.status, id).not.toBe(200);
      expect(refused.headers.get('content-type'), id).toContain('application/json');
      const body = (await refused.json()) as { ok: boolean; message: string };
      expect(body.ok).toBe(false);
      expect(body.message).toBe('Esta nota fiscal não foi encontrada no seu cadastro.');
    }
    const refusals = (await auditRows()).filter((r) => r.result === 'recusado');
    expect(refusals.length).toBeGreaterThanOrEqual(2);
  });
});
