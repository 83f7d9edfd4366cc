import { randomUUID } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { processSingleton } from '@/lib/process-singleton';
import { PEER_ADDRESS_HEADER } from '@/lib/session/client-address';

/**
 * What the app needs to know about a request that Next does not tell it, taken at the socket. Node publishes
 * every incoming request on the `http.server.request.start` diagnostics channel before the server's 'request'
 * listener (Next) sees it; there, installed once per process at start-up (instrumentation.ts; `next start`
 * serves from the same process):
 * - the socket's address goes on a header of our own (PEER_ADDRESS_HEADER), overwriting whatever the client
 *   sent under that name. Next has no `request.ip` since 15, and fills X-Forwarded-For from the socket only
 *   when the client sent none, so in proxy.ts a client-written value looked like the real one;
 * - a body sent without Content-Length (chunked) gets a byte counter. Next hands proxy.ts, and then the app,
 *   a copy cut silently at `proxyClientMaxBodySize` (a 12 MB body arrives empty or cut, and a server action
 *   fails on it with a bare 500); the counter tells proxy.ts how long the body really was, without keeping it.
 */
const CHANNEL = 'http.server.request.start';

/** Names the body counter of a chunked request (set at the socket; a client-sent value is replaced). */
export const BODY_COUNTER_HEADER = 'x-totem-body-counter';

interface RequestStart {
  request: IncomingMessage;
  response: ServerResponse;
  socket: Socket;
}

function bodyCounters(): Map<string, { bytes: number }> {
  return processSingleton('request-body-counters', () => new Map<string, { bytes: number }>());
}

function countChunkedBody(request: IncomingMessage, response: ServerResponse): void {
  delete request.headers[BODY_COUNTER_HEADER];
  if (request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] === undefined)
    return;
  const id = randomUUID();
  const counter = { bytes: 0 };
  bodyCounters().set(id, counter);
  request.headers[BODY_COUNTER_HEADER] = id;
  // Counted as the parser hands each piece to the stream, before any reader sees it; nothing is kept.
  const push = request.push.bind(request);
  request.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk && typeof chunk !== 'string' && typeof (chunk as Buffer).length === 'number')
      counter.bytes += (chunk as Buffer).length;
    return push(chunk, encoding);
  };
  response.once('close', () => bodyCounters().delete(id));
}

function stamp(message: unknown): void {
  const { request, response, socket } = message as RequestStart;
  const address = socket.remoteAddress;
  if (address) request.headers[PEER_ADDRESS_HEADER] = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  else delete request.headers[PEER_ADDRESS_HEADER];
  countChunkedBody(request, response);
}

export function stampRequests(): void {
  processSingleton('request-stamps', () => {
    subscribe(CHANNEL, stamp);
    return true;
  });
}

/**
 * How many bytes of a chunked body have arrived so far (null: not a chunked request, or no counter — the
 * server was not started through instrumentation.ts). Read after the proxy's copy of the body has ended: by
 * then every byte up to the point where Next cut it has been counted.
 */
export function chunkedBodyBytes(headers: { get(name: string): string | null }): number | null {
  const id = headers.get(BODY_COUNTER_HEADER);
  return id ? (bodyCounters().get(id)?.bytes ?? null) : null;
}
