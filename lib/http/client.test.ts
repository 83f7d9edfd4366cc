import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/domain/errors';
import { startSimServer, type SimServer } from '@/test/simulators/shared/sim-server';
import { createHttpClient, type HttpClientOptions } from './client';
import { runWithCorrelationId } from './correlation';

let sim: SimServer;
let nextResponse: { status?: number; body?: unknown; headers?: Record<string, string> } = {};
let n = 0;

beforeAll(async () => {
  sim = await startSimServer({ handler: () => nextResponse });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.setFault(null);
  sim.clearRequests();
  nextResponse = { body: { ok: true, valor: '99,90' } };
});

function client(overrides: Partial<HttpClientOptions> = {}) {
  n += 1;
  return createHttpClient({
    upstream: `test-${n}`,
    baseUrl: `${sim.url}/api/`,
    timeoutMs: 300,
    sleep: async () => undefined,
    ...overrides,
  });
}

async function failure(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error('esperava uma falha');
}

describe('http client: success paths', () => {
  it('GETs JSON, joins paths and query, forwards the correlation id of the kiosk action', async () => {
    const r = await runWithCorrelationId('corr-123', () =>
      client().json({ method: 'GET', path: '/faturas', query: { page: '2', skip: undefined } }),
    );
    expect({ status: r.status, data: r.data }).toEqual({ status: 200, data: { ok: true, valor: '99,90' } });
    expect(r.header?.('content-type')).toContain('application/json');
    expect(sim.requests[0]?.path).toBe('/api/faturas');
    expect(sim.requests[0]?.headers['x-correlation-id']).toBe('corr-123');
  });

  it('POSTs a JSON body with the configured headers', async () => {
    await client({ headers: { Authorization: 'Bearer s3cr3t' } }).json({
      method: 'POST',
      path: 'x',
      json: { a: 1 },
    });
    const req = sim.requests[0];
    expect(req?.method).toBe('POST');
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.headers.authorization).toBe('Bearer s3cr3t');
    expect(JSON.parse(req?.bodyText ?? '')).toEqual({ a: 1 });
  });

  it('hands an accepted non-2xx status back instead of throwing', async () => {
    nextResponse = { status: 404, body: '' };
    const r = await client().json({ method: 'GET', path: 'cliente', acceptStatus: [404] });
    expect({ status: r.status, data: r.data }).toEqual({ status: 404, data: undefined });
  });

  it('returns raw bytes for PDFs', async () => {
    nextResponse = { body: new Uint8Array([0x25, 0x50, 0x44, 0x46]) };
    const r = await client().bytes({ method: 'GET', path: 'pdf' });
    expect(Buffer.from(r.bytes).toString()).toBe('%PDF');
  });
});

describe('http client: every failure is a DomainError with the right code', () => {
  it('a hung upstream → ERP_TIMEOUT, retryable, not retried by default', async () => {
    sim.setFault({ fault: { kind: 'hang' } });
    const e = await failure(client().json({ method: 'GET', path: 'x' }));
    expect(e.code).toBe('ERP_TIMEOUT');
    expect(e.retryable).toBe(true);
    expect(sim.requests).toHaveLength(1);
  });

  it('a body that trickles past the deadline → ERP_TIMEOUT (the timeout covers the body too)', async () => {
    sim.setFault({ fault: { kind: 'slow-body', ms: 1_000 } });
    const e = await failure(client().json({ method: 'GET', path: 'x' }));
    expect(e.code).toBe('ERP_TIMEOUT');
  });

  it('a slow answer inside the deadline is fine', async () => {
    sim.setFault({ fault: { kind: 'delay', ms: 100 } });
    await expect(client().json({ method: 'GET', path: 'x' })).resolves.toMatchObject({ status: 200 });
  });

  it.each([401, 403])('%i → AUTENTICACAO_ERP, not retryable, not retried', async (status) => {
    sim.setFault({ fault: { kind: 'status', status, body: '{"message":"Token inválido"}' } });
    const e = await failure(client().json({ method: 'GET', path: 'x' }));
    expect(e.code).toBe('AUTENTICACAO_ERP');
    expect(e.retryable).toBe(false);
    expect(sim.requests).toHaveLength(1);
  });

  it('500 → ERP_INDISPONIVEL; a read is retried with backoff, a write is not', async () => {
    sim.setFault({ fault: { kind: 'status', status: 500 } });
    const waits: number[] = [];
    const c = client({
      retries: 2,
      backoffBaseMs: 100,
      backoffMaxMs: 1_000,
      random: () => 0.5,
      sleep: async (ms) => void waits.push(ms),
    });
    const e = await failure(c.json({ method: 'GET', path: 'x' }));
    expect(e).toMatchObject({ code: 'ERP_INDISPONIVEL', retryable: true });
    expect(sim.requests).toHaveLength(3);
    expect(waits).toEqual([50, 100]); // full jitter: random × min(max, base·2^n)
    sim.clearRequests();
    await failure(c.json({ method: 'POST', path: 'baixa', json: {} }));
    expect(sim.requests).toHaveLength(1);
  });

  it('a POST marked idempotent (a listing) is retried and recovers', async () => {
    sim.setFault({ fault: { kind: 'status', status: 503 }, times: 1 });
    const r = await client().json({ method: 'POST', path: 'cliente', json: {}, idempotent: true });
    expect(r.status).toBe(200);
    expect(sim.requests).toHaveLength(2);
  });

  it('429 honours Retry-After, capped', async () => {
    sim.setFault({ fault: { kind: 'status', status: 429 }, times: 1 });
    nextResponse = { body: { ok: true } };
    const waits: number[] = [];
    await client({ backoffMaxMs: 800, sleep: async (ms) => void waits.push(ms) }).json({
      method: 'GET',
      path: 'x',
    });
    expect(waits).toHaveLength(1);
    // Without the header the wait is jittered; the point is that it is bounded by the cap.
    expect(waits[0]).toBeLessThanOrEqual(800);
  });

  it('an HTML error page on 200 → ERP_RESPOSTA_INVALIDA; on 502 → ERP_INDISPONIVEL', async () => {
    sim.setFault({ fault: { kind: 'html' } });
    expect((await failure(client().json({ method: 'GET', path: 'x' }))).code).toBe('ERP_RESPOSTA_INVALIDA');
    sim.setFault({ fault: { kind: 'html', status: 502 } });
    expect((await failure(client({ retries: 0 }).json({ method: 'GET', path: 'x' }))).code).toBe(
      'ERP_INDISPONIVEL',
    );
  });

  it.each(['empty', 'malformed', 'garbage'] as const)(
    'a %s body → ERP_RESPOSTA_INVALIDA, not retryable',
    async (kind) => {
      sim.setFault({ fault: { kind } });
      const e = await failure(client().json({ method: 'GET', path: 'x' }));
      expect(e).toMatchObject({ code: 'ERP_RESPOSTA_INVALIDA', retryable: false });
    },
  );

  it('a body cut off by a dropped connection → ERP_INDISPONIVEL', async () => {
    sim.setFault({ fault: { kind: 'truncated' } });
    const e = await failure(client({ retries: 0 }).json({ method: 'GET', path: 'x' }));
    expect(e.code).toBe('ERP_INDISPONIVEL');
  });

  it('a dropped connection and a refused one → ERP_INDISPONIVEL', async () => {
    sim.setFault({ fault: { kind: 'drop' } });
    expect((await failure(client({ retries: 0 }).json({ method: 'GET', path: 'x' }))).code).toBe(
      'ERP_INDISPONIVEL',
    );
    const closed = await startSimServer({ handler: () => ({}) });
    const url = closed.url;
    await closed.close();
    const e = await failure(client({ baseUrl: url, retries: 0 }).json({ method: 'GET', path: 'x' }));
    expect(e).toMatchObject({ code: 'ERP_INDISPONIVEL', retryable: true });
  });

  it('other 4xx → ERP_REJEITOU', async () => {
    sim.setFault({ fault: { kind: 'status', status: 422, body: '{"erro":"campo"}' } });
    expect((await failure(client().json({ method: 'POST', path: 'x', json: {} }))).code).toBe('ERP_REJEITOU');
  });

  it('a body over the size limit → ERP_RESPOSTA_INVALIDA', async () => {
    nextResponse = { body: 'x'.repeat(5_000) };
    const e = await failure(client({ maxBodyBytes: 1_000 }).bytes({ method: 'GET', path: 'x' }));
    expect(e.code).toBe('ERP_RESPOSTA_INVALIDA');
  });
});

describe('http client: circuit breaker', () => {
  it('a dead upstream opens the circuit: later calls fail fast without reaching it', async () => {
    sim.setFault({ fault: { kind: 'status', status: 500 } });
    const c = client({ retries: 0, breaker: { failureThreshold: 3, openMs: 60_000 } });
    for (let i = 0; i < 3; i++) await failure(c.json({ method: 'GET', path: 'x' }));
    expect(c.breakerState()).toMatchObject({ state: 'open', health: 'circuit_open' });
    sim.clearRequests();
    const e = await failure(c.json({ method: 'GET', path: 'x' }));
    expect(e).toMatchObject({ code: 'ERP_INDISPONIVEL', retryable: true });
    expect(sim.requests).toHaveLength(0);
  });

  it('half-open: one probe after the wait closes the circuit when the upstream is back', async () => {
    let t = 0;
    sim.setFault({ fault: { kind: 'status', status: 500 } });
    const c = client({ retries: 0, breaker: { failureThreshold: 1, openMs: 1_000, now: () => t } });
    await failure(c.json({ method: 'GET', path: 'x' }));
    sim.setFault(null);
    await failure(c.json({ method: 'GET', path: 'x' }));
    t += 1_000;
    await expect(c.json({ method: 'GET', path: 'x' })).resolves.toMatchObject({ status: 200 });
    expect(c.breakerState().state).toBe('closed');
  });

  it('auth errors and 4xx do not open the circuit', async () => {
    sim.setFault({ fault: { kind: 'status', status: 401 } });
    const c = client({ breaker: { failureThreshold: 2 } });
    for (let i = 0; i < 4; i++) await failure(c.json({ method: 'GET', path: 'x' }));
    expect(c.breakerState().state).toBe('closed');
  });
});

describe('http client: logs', () => {
  it('logs one line per call with no secrets and no documents', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, cb) => (lines.push(chunk.toString()), cb()) });
    const logger = pino({ level: 'debug' }, sink);
    const c = client({ logger, headers: { Authorization: 'Bearer s3cr3t-token' } });
    await c.json({
      method: 'GET',
      path: 'faturas/529.982.247-25',
      query: { doc: '52998224725', token: 'qs-secret' },
    });
    sim.setFault({ fault: { kind: 'status', status: 500, body: '{"erro":"cliente 52998224725 falhou"}' } });
    await failure(c.json({ method: 'GET', path: 'faturas', query: { doc: '52998224725' } }));
    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(all).not.toMatch(/52998224725|529\.982\.247-25|s3cr3t|qs-secret/);
    expect(all).toContain('"upstream"');
    expect(all).toContain('ERP_INDISPONIVEL');
  });

  it('an upstream error body is logged as length and hash by default; its shape only at debug, never its text', async () => {
    const errorPage =
      '<html><body>Erro: cliente Maria Aparecida, cpf 529 982 247 25, maria@example.com, (11) 98765-4321</body></html>';
    const run = async (level: 'info' | 'debug') => {
      const lines: string[] = [];
      const sink = new Writable({ write: (chunk: Buffer, _enc, cb) => (lines.push(chunk.toString()), cb()) });
      const c = client({ logger: pino({ level }, sink), retries: 0 });
      sim.setFault({ fault: { kind: 'status', status: 422, body: errorPage } });
      const e = await failure(c.json({ method: 'POST', path: 'clientes' }));
      return { all: lines.join('\n'), details: e.details ?? '' };
    };
    const info = await run('info');
    const bytes = Buffer.byteLength(errorPage);
    expect(info.details).toMatch(new RegExp(`HTTP 422: corpo ${bytes} bytes, sha256 [0-9a-f]{16}$`));
    expect(info.all).toContain(`corpo ${bytes} bytes, sha256`);
    expect(info.all + info.details).not.toMatch(/Maria|529|maria@|98765/);

    const debug = await run('debug');
    expect(debug.all).toContain('página HTML');
    expect(debug.all).not.toMatch(/Maria|529|maria@|98765/);
    // The same body always has the same fingerprint: support can match repeats without reading it.
    const fingerprint = (d: string) => d.slice(d.indexOf('corpo'));
    expect(fingerprint(debug.details)).toBe(fingerprint(info.details));
  });

  it('at debug, a JSON refusal shows its keys and the vendor code, not the sentence', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, cb) => (lines.push(chunk.toString()), cb()) });
    const c = client({ logger: pino({ level: 'debug' }, sink), retries: 0 });
    const body = JSON.stringify({
      success: false,
      error: { code: 'DUPLICATE_RECORD', message: 'Contato João da Silva (joao@x.com) já existe' },
    });
    sim.setFault({ fault: { kind: 'status', status: 409, body, contentType: 'application/json' } });
    await failure(c.json({ method: 'POST', path: 'clientes' }));
    const all = lines.join('\n');
    expect(all).toContain('JSON {success,error} código DUPLICATE_RECORD');
    expect(all).not.toMatch(/João|joao@|já existe/);
  });
});
