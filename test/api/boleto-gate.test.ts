import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskSession } from '@/lib/session/kiosk';

/**
 * Issue #8: one session asking for many PDFs at once must not take the render pool from the other totems.
 * The session and the renderer are stand-ins; the routes and the gate are real.
 */
const pending: (() => void)[] = [];
let current: KioskSession | null = null;

vi.mock('@/lib/session/kiosk', () => ({ getKioskSession: async () => current }));
vi.mock('@/lib/pdf/server', () => {
  const slowPdf = () =>
    new Promise<{ bytes: Uint8Array; filename: string }>((resolve) =>
      pending.push(() => resolve({ bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF'), filename: 'b.pdf' })),
    );
  return { boletoPdfDaSessao: slowPdf, pdfDoBancoDaSessao: slowPdf };
});

const { GET: boleto } = await import('@/app/api/boleto/[id]/route');
const { GET: banco } = await import('@/app/api/boleto/[id]/banco/route');

const session = (sid: string): KioskSession => ({
  sid,
  documento: '52998224725',
  clienteId: '1',
  nome: 'Maria',
});
const ask = (route: typeof boleto) =>
  route(new Request('http://totem/api/boleto/70012'), { params: Promise.resolve({ id: '70012' }) });

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}

describe('boleto PDFs in flight', () => {
  beforeEach(() => {
    pending.length = 0;
  });
  afterEach(async () => {
    while (pending.length) pending.shift()?.();
    await settle();
  });

  it('one session gets two at a time; the third is told to wait, in Portuguese', async () => {
    current = session('s1');
    const first = [ask(boleto), ask(banco)];
    await settle();
    const third = await ask(boleto);
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('1');
    expect(await third.json()).toMatchObject({
      ok: false,
      code: 'IMPRESSAO_EM_ANDAMENTO',
      message: 'Aguarde: o boleto anterior ainda está sendo preparado.',
    });
    // When one finishes, the session may ask again.
    pending.shift()?.();
    expect((await Promise.race(first)).status).toBe(200);
    const again = ask(boleto);
    await settle();
    expect(pending).toHaveLength(2);
    pending.splice(0).forEach((done) => done());
    expect((await again).headers.get('content-type')).toBe('application/pdf');
  });

  it('a full render queue answers 503 with a pt-BR message; places free up as renders end', async () => {
    const running: Promise<Response>[] = [];
    for (let i = 0; i < 8; i++) {
      current = session(`q${Math.floor(i / 2)}`);
      running.push(ask(boleto));
    }
    await settle();
    current = session('other-totem');
    const refused = await ask(boleto);
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({
      code: 'FILA_DE_IMPRESSAO_CHEIA',
      message: 'Muitos boletos sendo preparados agora. Tente de novo em instantes.',
    });
    pending.splice(0).forEach((done) => done());
    await Promise.all(running);
    const later = ask(boleto);
    await settle();
    pending.splice(0).forEach((done) => done());
    expect((await later).status).toBe(200);
  });
});
