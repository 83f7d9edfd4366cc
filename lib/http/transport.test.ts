import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyTooLargeError } from './body';
import { createHttpClient } from './client';
import { send } from './transport';

interface Seen {
  method: string;
  url: string;
  authorization?: string;
  body: string;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void;

async function server(handler: Handler) {
  const seen: Seen[] = [];
  const seenHeaders: http.IncomingHttpHeaders[] = [];
  let connections = 0;
  const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body,
      });
      seenHeaders.push(req.headers);
      handler(req, res, body);
    });
  });
  srv.on('connection', () => connections++);
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  return {
    url,
    seen,
    seenHeaders,
    connections: () => connections,
    close: () => new Promise<void>((r) => srv.close(() => r())),
  };
}

const json = (res: http.ServerResponse, value: unknown) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(value));
};

/** A fresh deadline per call, as the client gives each attempt. */
const base = () => ({ headers: {}, signal: AbortSignal.timeout(2_000), maxBytes: 10_000 });

let other: Awaited<ReturnType<typeof server>>;
let main: Awaited<ReturnType<typeof server>>;

beforeAll(async () => {
  other = await server((_req, res) => json(res, { from: 'other' }));
  main = await server((req, res) => {
    const path = req.url ?? '';
    if (path === '/see-other') res.writeHead(303, { location: '/landed' }).end();
    else if (path === '/found') res.writeHead(302, { location: '/landed' }).end();
    else if (path === '/temporary') res.writeHead(307, { location: '/landed' }).end();
    else if (path === '/elsewhere') res.writeHead(302, { location: `${other.url}/x` }).end();
    else if (path === '/loop') res.writeHead(302, { location: '/loop' }).end();
    else if (path === '/gzip') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(JSON.stringify({ valor: '99,90' })));
    } else if (path === '/br') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'br' });
      res.end(brotliCompressSync(JSON.stringify({ valor: '99,90' })));
    } else if (path === '/bomb') {
      // 1 MB of zeros in a few kB on the wire: the limit applies to what it decodes to.
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(1_000_000)));
    } else json(res, { path });
  });
});
afterAll(async () => {
  await main.close();
  await other.close();
});

describe('transport: redirects, as fetch followed them', () => {
  it('303, and 302 after a POST, continue as a GET without the body', async () => {
    for (const path of ['/see-other', '/found']) {
      main.seen.length = 0;
      const r = await send(`${main.url}${path}`, { ...base(), method: 'POST', body: '{"a":1}' });
      expect(r.status).toBe(200);
      expect(main.seen.map((s) => [s.method, s.url, s.body])).toEqual([
        ['POST', path, '{"a":1}'],
        ['GET', '/landed', ''],
      ]);
    }
  });

  it('the JSON content type goes with the body, however the caller spelled it', async () => {
    main.seenHeaders.length = 0;
    await send(`${main.url}/see-other`, {
      ...base(),
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(main.seenHeaders.map((h) => h['content-type'])).toEqual(['application/json', undefined]);
  });

  it('307 repeats the POST with its body', async () => {
    main.seen.length = 0;
    await send(`${main.url}/temporary`, { ...base(), method: 'POST', body: '{"a":1}' });
    expect(main.seen[1]).toMatchObject({ method: 'POST', url: '/landed', body: '{"a":1}' });
  });

  it('the ERP token does not follow a redirect to another origin', async () => {
    main.seen.length = 0;
    other.seen.length = 0;
    const r = await send(`${main.url}/elsewhere`, {
      ...base(),
      method: 'GET',
      headers: { Authorization: 'Basic c2VjcmV0' },
    });
    expect(JSON.parse(Buffer.from(r.bytes).toString())).toEqual({ from: 'other' });
    expect(main.seen[0]?.authorization).toBe('Basic c2VjcmV0');
    expect(other.seen[0]?.authorization).toBeUndefined();
  });

  it('a redirect loop ends as ERP_INDISPONIVEL instead of hanging the totem', async () => {
    const client = createHttpClient({ upstream: 'loop', baseUrl: main.url, retries: 0 });
    await expect(client.json({ method: 'GET', path: '/loop' })).rejects.toMatchObject({
      code: 'ERP_INDISPONIVEL',
    });
  });
});

describe('transport: compressed bodies', () => {
  it('gzip and br bodies arrive decoded', async () => {
    const client = createHttpClient({ upstream: 'gz', baseUrl: main.url });
    expect((await client.json({ method: 'GET', path: '/gzip' })).data).toEqual({ valor: '99,90' });
    expect((await client.json({ method: 'GET', path: '/br' })).data).toEqual({ valor: '99,90' });
  });

  it('the size limit counts decoded bytes: a small gzip of 1 MB is refused', async () => {
    await expect(send(`${main.url}/bomb`, { ...base(), method: 'GET' })).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
    const client = createHttpClient({ upstream: 'bomb', baseUrl: main.url, maxBodyBytes: 10_000 });
    await expect(client.bytes({ method: 'GET', path: '/bomb' })).rejects.toMatchObject({
      code: 'ERP_RESPOSTA_INVALIDA',
    });
  });
});

describe('transport: connections', () => {
  it('reuses one kept-alive connection for calls in sequence', async () => {
    const srv = await server((_req, res) => json(res, { ok: true }));
    try {
      for (let i = 0; i < 5; i++) await send(`${srv.url}/x`, { ...base(), method: 'GET' });
      expect(srv.seen).toHaveLength(5);
      expect(srv.connections()).toBe(1);
    } finally {
      await srv.close();
    }
  });

  it('sends a write on a connection of its own and never again when it resets after the server read it', async () => {
    // The server reads the request (a write it may have applied), then resets the connection.
    const srv = await server((req, res) =>
      req.method === 'GET' ? json(res, { ok: true }) : req.socket.destroy(),
    );
    try {
      // A kept-alive connection now sits in the pool: a write must not ride on it.
      await send(`${srv.url}/warm`, { ...base(), method: 'GET' });
      const before = srv.seen.length;
      await expect(send(`${srv.url}/w`, { ...base(), method: 'PUT', body: '{"a":1}' })).rejects.toThrow();
      expect(srv.seen.slice(before).map((s) => s.method)).toEqual(['PUT']);
    } finally {
      await srv.close();
    }
  });
});
