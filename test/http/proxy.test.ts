import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { proxy } from '@/proxy';
import { getSecurityLog } from '@/lib/services/limiter';

/**
 * proxy.ts logs each kiosk id it mints with the client's address (issue #8: an operator must see who
 * enumerates). Without a trusted proxy that is the socket address the server stamped (lib/http/peer-address),
 * not "desconhecido" and not an X-Forwarded-For the client wrote.
 */
afterEach(() => vi.restoreAllMocks());

describe('proxy.ts: the kiosk-id log line', () => {
  it('names the socket address, not a forged X-Forwarded-For, and never a document', async () => {
    const info = vi.spyOn(getSecurityLog(), 'info').mockImplementation(() => undefined);
    const res = await proxy(
      new NextRequest('http://127.0.0.1:3000/identificar', {
        headers: { 'x-totem-peer-address': '192.0.2.44', 'x-forwarded-for': '6.6.6.6', accept: 'text/html' },
      }),
    );
    expect(res.headers.get('set-cookie')).toMatch(/^totem_kiosk=/);
    const lines = info.mock.calls.map(([fields]) => fields as unknown as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ event: 'kiosk-id', address: '192.0.2.44' }));
    expect(JSON.stringify(lines)).not.toContain('6.6.6.6');
  });
});

describe('proxy.ts: a chunked body (no Content-Length) larger than the kiosk sends', () => {
  function chunkedPost(bytes: number, headers: Record<string, string>): NextRequest {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= bytes) return controller.close();
        const size = Math.min(8 * 1024, bytes - sent);
        sent += size;
        controller.enqueue(new Uint8Array(size).fill(0x61));
      },
    });
    // duplex: what fetch needs for a streamed body (not in Next's RequestInit type).
    const init = {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
      body,
      duplex: 'half',
    } as ConstructorParameters<typeof NextRequest>[1];
    return new NextRequest('http://127.0.0.1:3000/identificar', init);
  }

  it('is a 413 in Portuguese, JSON for a server action, a page for a form', async () => {
    const action = await proxy(
      chunkedPost(12 * 1024 * 1024, { 'next-action': 'x', accept: 'text/x-component' }),
    );
    expect(action.status).toBe(413);
    expect(await action.json()).toMatchObject({ ok: false, code: 'PEDIDO_GRANDE_DEMAIS' });
    const page = await proxy(chunkedPost(40 * 1024, { accept: 'text/html' }));
    expect(page.status).toBe(413);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await page.text()).toContain('Pedido grande demais para o totem.');
  });

  it('a small chunked body goes on to the app', async () => {
    const res = await proxy(chunkedPost(20, { 'next-action': 'x', accept: 'text/x-component' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-middleware-next')).toBe('1');
  });
});
