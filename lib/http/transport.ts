import 'server-only';
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { processSingleton } from '@/lib/process-singleton';
import { BodyTooLargeError } from './body';

/**
 * The wire under lib/http: node:http(s) with a keep-alive pool, not the global fetch. Inside `next start`
 * the global fetch is Next's instrumented wrapper around undici (tracing spans, cache bookkeeping, web
 * streams); in a profile of the faturas listing, that path cost about three times what node:http costs for
 * the same call, and an ERP call is never cached anyway. It keeps what fetch gave us: redirects followed
 * (Authorization dropped when they leave the origin), gzip/deflate/br bodies decoded, abort by signal.
 */

export interface TransportRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Aborts connect, headers and body alike (the per-attempt deadline). */
  signal: AbortSignal;
  /** Decoded body bytes allowed; more is BodyTooLargeError. */
  maxBytes: number;
  /**
   * Whether sending the request twice is harmless (default: GET and HEAD). A request that is not goes out on a
   * fresh connection, never a pooled one: a pooled socket that resets leaves no way to tell "never arrived" from
   * "applied, then the answer was lost", and only the first may be sent again.
   */
  idempotent?: boolean;
}

export interface TransportResponse {
  status: number;
  /** Header value by lower-case name; repeated headers joined with ", ". */
  header(name: string): string | null;
  bytes: Uint8Array;
}

const MAX_REDIRECTS = 5;

const agents = processSingleton('http-transport-agents', () => ({
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
}));

export async function send(url: string, request: TransportRequest): Promise<TransportResponse> {
  let current = new URL(url);
  let { method, body } = request;
  const headers: Record<string, string> = { 'Accept-Encoding': 'gzip, deflate, br', ...request.headers };
  for (let hop = 0; ; hop++) {
    const pooled = request.idempotent ?? (method === 'GET' || method === 'HEAD');
    const res = await exchange(current, method, headers, body, request.signal, pooled);
    const location = res.headers.location;
    if (location && [301, 302, 303, 307, 308].includes(res.statusCode ?? 0)) {
      res.resume();
      if (hop >= MAX_REDIRECTS)
        throw Object.assign(new Error('redirecionamentos demais'), { code: 'EREDIRECTS' });
      const next = new URL(location, current);
      // As fetch does: 303, and 301/302 after a POST, continue as a GET without the body.
      if (res.statusCode === 303 || (method === 'POST' && res.statusCode !== 307 && res.statusCode !== 308)) {
        method = 'GET';
        body = undefined;
        dropHeader(headers, 'content-type');
      }
      if (next.origin !== current.origin) dropHeader(headers, 'authorization');
      current = next;
      continue;
    }
    const raw = res.headers;
    return {
      status: res.statusCode ?? 0,
      header: (name) => headerValue(raw, name),
      bytes: await readDecoded(res, request.maxBytes),
    };
  }
}

function exchange(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  signal: AbortSignal,
  pooled: boolean,
  retriedStaleSocket = false,
): Promise<IncomingMessage> {
  const lib = url.protocol === 'https:' ? https : http;
  // `false`: a one-off connection of its own (Node's http.request `agent: false`).
  const agent = pooled ? (url.protocol === 'https:' ? agents['https:'] : agents['http:']) : false;
  return new Promise((resolve, reject) => {
    const req = lib.request(url, { method, headers, agent, signal }, resolve);
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed while it sat in the pool fails at once with ECONNRESET: usually
      // the request never reached the server, and an idempotent one may go again on a fresh socket (Node docs,
      // reusedSocket). Only pooled (idempotent) requests get here: the server may also have read it and reset.
      if (req.reusedSocket && error.code === 'ECONNRESET' && !retriedStaleSocket && !signal.aborted) {
        exchange(url, method, headers, body, signal, pooled, true).then(resolve, reject);
        return;
      }
      reject(error);
    });
    req.end(body);
  });
}

/** Removes a header whatever the caller's capitalisation (`Content-Type`, `content-type`). */
function dropHeader(headers: Record<string, string>, lowerCaseName: string): void {
  for (const name of Object.keys(headers)) if (name.toLowerCase() === lowerCaseName) delete headers[name];
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name.toLowerCase()];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The body, decompressed per Content-Encoding, refusing more than `maxBytes` of it (a gzip bomb included). */
async function readDecoded(res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (!encoding && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw new BodyTooLargeError(maxBytes);
  }
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  const stream: NodeJS.ReadableStream = decoder ? res.pipe(decoder) : res;
  if (decoder) res.on('error', (error) => decoder.destroy(error));
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.byteLength;
      if (total > maxBytes) throw new BodyTooLargeError(maxBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    res.destroy();
    decoder?.destroy();
    throw error;
  }
  return chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, total);
}
