import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEER_ADDRESS_HEADER, requestAddress } from '@/lib/session/client-address';
import { BODY_COUNTER_HEADER, chunkedBodyBytes, stampRequests } from './request-stamps';

/** What a server running after stampRequests() sees, for a request sent with `headers`. */
let server: http.Server;
let port = 0;

beforeAll(async () => {
  stampRequests();
  stampRequests(); // installed once, however often called
  server = http.createServer((req, res) => res.end(JSON.stringify(req.headers)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function seenHeaders(headers: Record<string, string>): Promise<Record<string, string>> {
  const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return (await res.json()) as Record<string, string>;
}

describe('the socket address stamped on every request', () => {
  it('is the connection’s address, whatever the client wrote under the same name or in X-Forwarded-For', async () => {
    const seen = await seenHeaders({ [PEER_ADDRESS_HEADER]: '6.6.6.6', 'x-forwarded-for': '7.7.7.7' });
    expect(seen[PEER_ADDRESS_HEADER]).toBe('127.0.0.1');
    // Without a trusted proxy the app logs and limits by it, never by the client's X-Forwarded-For.
    expect(requestAddress(new Headers(seen), 0)).toBe('127.0.0.1');
  });

  it('behind a trusted proxy the address is the one the proxy appended', async () => {
    const seen = await seenHeaders({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' });
    expect(requestAddress(new Headers(seen), 1)).toBe('203.0.113.7');
  });
});

describe('the byte counter of a chunked body', () => {
  it('counts every byte of a body sent without Content-Length; a client-sent counter name is dropped', async () => {
    const counted = http.createServer((req, res) => {
      const headers = new Headers(req.headers as Record<string, string>);
      // The handler reads nothing but the counter, after the body has arrived.
      req.resume();
      req.on('end', () => res.end(JSON.stringify({ bytes: chunkedBodyBytes(headers) })));
    });
    await new Promise<void>((r) => counted.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(counted.address() as AddressInfo).port}/`;
    try {
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= 200 * 1024) return controller.close();
          sent += 8 * 1024;
          controller.enqueue(new Uint8Array(8 * 1024));
        },
      });
      const chunked = await fetch(url, { method: 'POST', body, duplex: 'half' } as RequestInit);
      expect(await chunked.json()).toEqual({ bytes: 200 * 1024 });
      const withLength = await fetch(url, {
        method: 'POST',
        body: 'abc',
        headers: { [BODY_COUNTER_HEADER]: 'forjado' },
      });
      expect(await withLength.json()).toEqual({ bytes: null });
    } finally {
      await new Promise<void>((r) => counted.close(() => r()));
    }
  });
});
