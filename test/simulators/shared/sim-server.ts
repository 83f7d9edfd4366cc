import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * In-process HTTP server shared by the ERP simulators: routing is the simulator's, while this module gives
 * every simulator the same fault switches (delay, hang, status, HTML page, garbage, malformed/truncated JSON,
 * empty body, dropped connection, slow body), a fixed latency, a request log and HTTP backdoors under
 * `/__sim/` so a separate process (Playwright, the bench) can drive it too.
 */

export type Fault =
  | { kind: 'delay'; ms: number }
  | { kind: 'hang' }
  | { kind: 'status'; status: number; body?: string; contentType?: string; headers?: Record<string, string> }
  | { kind: 'html'; status?: number }
  | { kind: 'garbage' }
  | { kind: 'malformed' }
  | { kind: 'truncated' }
  | { kind: 'empty' }
  | { kind: 'drop' }
  | { kind: 'slow-body'; ms: number };

export interface FaultRule {
  fault: Fault;
  /** Only requests whose path contains this text (default: all but the backdoors). */
  path?: string;
  /** Only requests with this HTTP method (e.g. the PUT of a write), any method by default. */
  method?: string;
  /** Apply to the next N matching requests only (default: until cleared). */
  times?: number;
}

export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  bodyText: string;
}

export interface SimResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings and bytes as they are. */
  body?: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  bodyText: string;
  at: number;
}

export type SimHandler = (req: SimRequest) => SimResponse | Promise<SimResponse>;
/** Extra backdoors: `/__sim/<name>` → handler (for seed/inspect). */
export type Backdoors = Record<string, (req: SimRequest) => SimResponse | Promise<SimResponse>>;

export interface SimServer {
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  setFault(rule: FaultRule | null): void;
  /** Fixed latency added to every answered request (the bench's simulated ERP round trip). */
  setLatency(ms: number): void;
  clearRequests(): void;
  close(): Promise<void>;
}

export const HTML_ERROR_PAGE =
  '<!DOCTYPE html><html><head><title>Erro</title></head><body><h1>Ocorreu um erro ao processar</h1>' +
  '<p>Tente novamente mais tarde.</p></body></html>';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function startSimServer(options: {
  handler: SimHandler;
  backdoors?: Backdoors;
  port?: number;
  host?: string;
  latencyMs?: number;
}): Promise<SimServer> {
  let faults: FaultRule[] = [];
  let latencyMs = options.latencyMs ?? 0;
  const requests: RecordedRequest[] = [];

  function takeFault(path: string, method: string): Fault | null {
    const i = faults.findIndex(
      (r) => (!r.path || path.includes(r.path)) && (!r.method || r.method.toUpperCase() === method),
    );
    const rule = faults[i];
    if (!rule) return null;
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times <= 0) faults.splice(i, 1);
    }
    return rule.fault;
  }

  const builtinBackdoors: Backdoors = {
    fault: (req) => {
      const parsed = req.bodyText.trim() ? (JSON.parse(req.bodyText) as FaultRule | null) : null;
      api.setFault(parsed);
      return { body: { ok: true } };
    },
    latency: (req) => {
      api.setLatency(Number(req.query.get('ms') ?? '0'));
      return { body: { ok: true, latencyMs } };
    },
    requests: () => ({ body: requests.map(({ method, path, at }) => ({ method, path, at })) }),
    health: () => ({ body: { ok: true } }),
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim');
    const bodyText = await readAll(req);
    const simReq: SimRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      bodyText,
    };

    if (url.pathname.startsWith('/__sim/')) {
      const name = url.pathname.slice('/__sim/'.length);
      const door = options.backdoors?.[name] ?? builtinBackdoors[name];
      if (!door) return send(res, { status: 404, body: { error: 'backdoor desconhecido' } });
      return send(res, await door(simReq));
    }

    requests.push({
      method: simReq.method,
      path: simReq.path,
      headers: req.headers,
      bodyText,
      at: Date.now(),
    });
    if (latencyMs > 0) await sleep(latencyMs);
    const fault = takeFault(url.pathname, simReq.method);
    if (fault) {
      switch (fault.kind) {
        case 'delay':
          await sleep(fault.ms);
          break;
        case 'hang':
          return; // never answer; close() destroys the socket
        case 'drop':
          req.socket.destroy();
          return;
        case 'status':
          return send(res, {
            status: fault.status,
            headers: { ...fault.headers, 'content-type': fault.contentType ?? 'application/json' },
            body: fault.body ?? '',
          });
        case 'html':
          return send(res, {
            status: fault.status ?? 200,
            headers: { 'content-type': 'text/html; charset=utf-8' },
            body: HTML_ERROR_PAGE,
          });
        case 'garbage':
          return send(res, {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: '\u0000\u0001binário?? não é json',
          });
        case 'malformed':
          return send(res, {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: "{'registros': [1,2,}",
          });
        case 'empty':
          return send(res, { status: 200, headers: { 'content-type': 'application/json' }, body: '' });
        case 'truncated': {
          // Promise 400 bytes, send a cut-off JSON, then close: what a PHP worker killed mid-answer produces.
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '400' });
          res.write('{"page":"1","total":"3","registros":[{"id":"1","razao":"Ful');
          setTimeout(() => req.socket.destroy(), 20);
          return;
        }
        case 'slow-body': {
          const full = await options.handler(simReq);
          const bytes = toBytes(full.body);
          res.writeHead(full.status ?? 200, {
            'content-type': contentTypeOf(full),
            'content-length': String(bytes.byteLength),
          });
          const half = Math.floor(bytes.byteLength / 2);
          res.write(bytes.subarray(0, half));
          await sleep(fault.ms);
          if (!res.destroyed) res.end(bytes.subarray(half));
          return;
        }
      }
    }
    return send(res, await options.handler(simReq));
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, { status: 500, body: { error: String(error) } });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const api: SimServer = {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    setFault(rule) {
      faults = rule ? [{ ...rule }] : [];
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    clearRequests() {
      requests.length = 0;
    },
    close() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
  return api;
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function toBytes(body: unknown): Uint8Array {
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body === undefined) return new Uint8Array(0);
  return Buffer.from(JSON.stringify(body), 'utf8');
}

function contentTypeOf(r: SimResponse): string {
  const explicit = r.headers?.['content-type'];
  if (explicit) return explicit;
  if (r.body instanceof Uint8Array) return 'application/octet-stream';
  if (typeof r.body === 'string') return 'text/plain; charset=utf-8';
  return 'application/json; charset=utf-8';
}

function send(res: ServerResponse, r: SimResponse): void {
  const bytes = toBytes(r.body);
  res.writeHead(r.status ?? 200, {
    ...r.headers,
    'content-type': contentTypeOf(r),
    'content-length': String(bytes.byteLength),
  });
  res.end(bytes);
}
