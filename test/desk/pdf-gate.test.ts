import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Issue #8 at the desk: the desk's boleto PDFs go through the same gate as the kiosk's — at most two in the
 * making per desk session, and the server-wide queue shared with the totems. The renderer is a stand-in that
 * finishes when the test says so; the route, the role check, the staff session and the gate are real.
 */
const pending: (() => void)[] = [];

vi.mock('@/lib/pdf/server', () => {
  const slowPdf = () =>
    new Promise<{ bytes: Uint8Array; filename: string }>((resolve) =>
      pending.push(() =>
        resolve({ bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF'), filename: 'boleto-70012.pdf' }),
      ),
    );
  return { boletoPdfDaSessao: slowPdf, pdfDoBancoDaSessao: slowPdf };
});

const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (opt: string | { name: string }) => void jar.delete(typeof opt === 'string' ? opt : opt.name),
  }),
  headers: async () => new Headers(),
}));

const { GET: boleto } = await import('@/app/(staff)/balcao/cliente/[ref]/fatura/[id]/pdf/route');
const { GET: banco } = await import('@/app/(staff)/balcao/cliente/[ref]/fatura/[id]/banco/route');
const { getPdfGate, PDF_IN_FLIGHT } = await import('@/lib/services/render-gate');

const tokens: string[] = [];
let ref = '';

beforeAll(async () => {
  const { getStaffRepository } = await import('@/lib/staff/server');
  const { hashToken } = await import('@/lib/staff/auth');
  const { hashPassword } = await import('@/lib/staff/password');
  const { sealCustomerRef } = await import('@/lib/staff/customer-ref');
  const repo = await getStaffRepository();
  const passwordHash = await hashPassword('irrelevante-aqui', { log2N: 10, r: 8, p: 1 });
  const user = await repo.createUser(
    {
      id: randomUUID(),
      username: 'u-gate',
      nome: 'Atendente',
      role: 'atendente',
      passwordHash,
      mustChangePassword: false,
      disabled: false,
    },
    Date.now(),
  );
  // Two desk sessions of the same person (two browsers).
  for (let i = 0; i < 2; i++) {
    const token = randomBytes(32).toString('base64url');
    await repo.createSession({
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: Date.now(),
      lastSeen: Date.now(),
    });
    tokens.push(token);
  }
  ref = await sealCustomerRef('52998224725');
});

function asSession(i: number): void {
  jar.clear();
  jar.set('totem_balcao', tokens[i] ?? '');
}

const ask = (route: typeof boleto, query = '') =>
  route(new Request(`http://127.0.0.1/balcao/cliente/x/fatura/70012/pdf${query}`), {
    params: Promise.resolve({ ref, id: '70012' }),
  });

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
}

describe('desk boleto PDFs in flight', () => {
  beforeEach(() => {
    pending.length = 0;
  });
  afterEach(async () => {
    while (pending.length) pending.shift()?.();
    await settle();
  });

  it('one desk session gets two at a time; the third is told to wait; another session is not held up', async () => {
    asSession(0);
    const first = [ask(boleto), ask(banco, '?download=1')];
    // Both are in the making (past the role check and the gate) before the third asks.
    await vi.waitFor(() => expect(pending).toHaveLength(2), { timeout: 15_000 });
    const third = await ask(boleto);
    expect(third.status).toBe(429);
    expect(await third.json()).toMatchObject({
      ok: false,
      code: 'IMPRESSAO_EM_ANDAMENTO',
      message: 'Aguarde: o boleto anterior ainda está sendo preparado.',
    });
    asSession(1);
    const other = ask(boleto);
    await vi.waitFor(() => expect(pending).toHaveLength(3), { timeout: 15_000 });
    pending.splice(0).forEach((done) => done());
    const [a, b] = await Promise.all(first);
    expect(a?.status).toBe(200);
    expect(b?.headers.get('content-disposition')).toBe('attachment; filename="boleto-70012.pdf"');
    expect((await other).headers.get('content-type')).toBe('application/pdf');
    expect(getPdfGate().inFlight).toBe(0);
  });

  it('a server queue full of totem renders refuses the desk with 503 in Portuguese, until one ends', async () => {
    const kiosk = Array.from({ length: PDF_IN_FLIGHT }, (_, i) => getPdfGate().enter(`kiosk-${i}`));
    asSession(0);
    const refused = await ask(boleto);
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({
      code: 'FILA_DE_IMPRESSAO_CHEIA',
      message: 'Muitos boletos sendo preparados agora. Tente de novo em instantes.',
    });
    for (const t of kiosk) if (t.ok) t.release();
    const later = ask(boleto);
    await vi.waitFor(() => expect(pending).toHaveLength(1), { timeout: 15_000 });
    pending.splice(0).forEach((done) => done());
    expect((await later).status).toBe(200);
  });
});
