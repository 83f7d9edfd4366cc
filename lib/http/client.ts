import 'server-only';
import { DomainError } from '@/lib/domain/errors';
import { BodyTooLargeError, bodyShapeOf, decodeText, fingerprintOf, parseJsonText } from './body';
import {
  breakerFor,
  type BreakerSnapshot,
  type CircuitBreaker,
  type CircuitBreakerOptions,
} from './circuit-breaker';
import { CORRELATION_HEADER, getCorrelationId, newCorrelationId } from './correlation';
import {
  BREAKER_CODES,
  CircuitOpenError,
  errorForException,
  errorForStatus,
  type FailureContext,
} from './errors';
import { silentLogger, type Logger } from './logger';
import { redactUrl } from './redact';
import { send } from './transport';

/**
 * The one outbound HTTP client (ARCHITECTURE.md, lib/http). Every adapter call goes through it and gets:
 * a per-attempt timeout (AbortSignal, covering headers AND body), jittered retries for idempotent reads only,
 * the upstream's circuit breaker, one structured log line per call (no bodies, no secrets, documents masked),
 * the kiosk action's correlation id, and failures turned into DomainErrors with `retryable`.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpClientOptions {
  /** Names the upstream in logs and keys its circuit breaker (e.g. `ixc:https://erp.example.com`). */
  upstream: string;
  baseUrl: string;
  /** Per attempt. The default suits a touchscreen: long enough for a slow ERP, short enough to wait for. */
  timeoutMs?: number;
  /** Extra attempts for idempotent requests that failed with a retryable error. */
  retries?: number;
  /** Full-jitter exponential backoff: each wait is uniform in [0, min(max, base·2^attempt)]. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** A timed-out attempt already spent the budget; retrying it doubles the wait at the totem. Off by default. */
  retryOnTimeout?: boolean;
  breaker?: CircuitBreakerOptions;
  headers?: Record<string, string>;
  logger?: Logger;
  maxBodyBytes?: number;
  /** Tests: replace the random source / the sleep. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface HttpRequest {
  method: HttpMethod;
  /** Relative to baseUrl, or an absolute http(s) URL. */
  path: string;
  query?: Record<string, string | undefined>;
  headers?: Record<string, string>;
  /** Serialised as JSON with `Content-Type: application/json`. */
  json?: unknown;
  /** Sent as `application/x-www-form-urlencoded` (Vtiger's webservice reads only form fields). */
  form?: Record<string, string>;
  /** Reads are retried; writes never are. Default: true for GET, false otherwise. */
  idempotent?: boolean;
  timeoutMs?: number;
  /** Non-2xx statuses handed back to the caller instead of thrown (e.g. 404 meaning "not found"). */
  acceptStatus?: readonly number[];
  /** An empty body is a valid answer (write functions with no output); `data` is then undefined. */
  emptyOk?: boolean;
  /** Label for logs: the port method or vendor function. */
  operation?: string;
  correlationId?: string;
}

export interface HttpResult {
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

export interface JsonResult {
  status: number;
  /** `undefined` for an accepted non-2xx status with an empty body. */
  data: unknown;
  /** A response header by name (e.g. Retry-After on an accepted 429). */
  header?: (name: string) => string | null;
}

export interface HttpClient {
  readonly upstream: string;
  readonly baseUrl: string;
  /** Raw bytes (PDFs): status and transport checked, body not interpreted. */
  bytes(request: HttpRequest): Promise<HttpResult>;
  /** JSON: HTML pages, empty, truncated or malformed bodies become ERP_RESPOSTA_INVALIDA. */
  json(request: HttpRequest): Promise<JsonResult>;
  breakerState(): BreakerSnapshot;
  /** Tests: close the circuit and forget failures. */
  resetBreaker(): void;
}

const DEFAULTS = {
  timeoutMs: 5_000,
  retries: 2,
  backoffBaseMs: 100,
  backoffMaxMs: 1_000,
  maxBodyBytes: 15 * 1024 * 1024,
};

export function joinUrl(baseUrl: string, path: string, query?: Record<string, string | undefined>): string {
  const absolute = /^https?:\/\//i.test(path);
  const url = new URL(absolute ? path : `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
  return url.toString();
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const cfg = { ...DEFAULTS, ...stripUndefined(options) };
  const logger = options.logger ?? silentLogger;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  const breaker: CircuitBreaker = breakerFor(options.upstream, options.breaker);

  /**
   * The shape of a body that failed (JSON keys, the vendor's code), at debug level only; the default logs carry
   * its fingerprint. Never its text: a vendor's sentence can carry a name, and no redactor finds those.
   */
  function debugExcerpt(
    ctx: FailureContext,
    status: number,
    bytes: Uint8Array,
    contentType: string | null,
    correlationId: string,
  ) {
    if (!logger.isLevelEnabled('debug')) return;
    const shape = bodyShapeOf(decodeText(bytes.subarray(0, 64 * 1024)), contentType);
    logger.debug(
      { upstream: ctx.upstream, url: ctx.url, status, shape, body: fingerprintOf(bytes), correlationId },
      'erp error body',
    );
  }

  async function attempt(
    request: HttpRequest,
    url: string,
    ctx: FailureContext,
    correlationId: string,
    mode: 'json' | 'bytes',
  ) {
    const ticket = breaker.acquire();
    if (!ticket) {
      throw new CircuitOpenError(ctx.upstream);
    }
    const timeoutMs = request.timeoutMs ?? cfg.timeoutMs;
    const signal = AbortSignal.timeout(timeoutMs);
    const headers: Record<string, string> = {
      Accept: mode === 'json' ? 'application/json' : '*/*',
      [CORRELATION_HEADER]: correlationId,
      ...options.headers,
      ...request.headers,
    };
    let body: string | undefined;
    if (request.json !== undefined) {
      body = JSON.stringify(request.json);
      headers['Content-Type'] = 'application/json';
    } else if (request.form !== undefined) {
      body = new URLSearchParams(request.form).toString();
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
    }
    try {
      const response = await send(url, {
        method: request.method,
        headers,
        body,
        signal,
        maxBytes: cfg.maxBodyBytes,
        idempotent: request.idempotent ?? request.method === 'GET',
      });
      const { bytes } = response;
      const contentType = response.header('content-type');
      const ok = response.status >= 200 && response.status < 300;
      const accepted = ok || (request.acceptStatus?.includes(response.status) ?? false);
      if (!accepted) {
        debugExcerpt(ctx, response.status, bytes, contentType, correlationId);
        const error = errorForStatus(
          response.status,
          ctx,
          fingerprintOf(bytes),
          retryAfterSeconds(response.header('retry-after')),
        );
        if (BREAKER_CODES.has(error.code)) ticket.failure();
        else ticket.neutral();
        throw error;
      }
      const header = response.header;
      if (mode === 'bytes') {
        ticket.success();
        return { status: response.status, contentType, bytes, data: undefined, header };
      }
      const text = decodeText(bytes);
      if ((!ok || request.emptyOk) && text.trim() === '') {
        ticket.success();
        return { status: response.status, contentType, bytes, data: undefined, header };
      }
      const parsed = parseJsonText(text, contentType);
      if (!parsed.ok) {
        // An HTML error page or a cut-off body on a 2xx is the upstream misbehaving: it counts as a failure.
        ticket.failure();
        debugExcerpt(ctx, response.status, bytes, contentType, correlationId);
        throw new DomainError('ERP_RESPOSTA_INVALIDA', {
          retryable: false,
          details: `${ctx.upstream} ${ctx.method} ${ctx.url} → HTTP ${response.status}, corpo ${parsed.reason} (${fingerprintOf(bytes)})`,
        });
      }
      ticket.success();
      return { status: response.status, contentType, bytes, data: parsed.value, header };
    } catch (error) {
      if (error instanceof DomainError) throw error;
      if (error instanceof BodyTooLargeError) {
        ticket.neutral();
        throw new DomainError('ERP_RESPOSTA_INVALIDA', {
          details: `${ctx.upstream} ${ctx.url}: ${error.message}`,
        });
      }
      const timedOut = signal.aborted;
      const domainError = errorForException(error, ctx, timedOut);
      ticket.failure();
      throw domainError;
    }
  }

  async function run(request: HttpRequest, mode: 'json' | 'bytes') {
    const url = joinUrl(options.baseUrl, request.path, request.query);
    const ctx: FailureContext = { upstream: options.upstream, url: redactUrl(url), method: request.method };
    const correlationId = request.correlationId ?? getCorrelationId() ?? newCorrelationId();
    const idempotent = request.idempotent ?? request.method === 'GET';
    const maxAttempts = idempotent ? cfg.retries + 1 : 1;
    const started = performance.now();
    for (let n = 1; ; n++) {
      try {
        const result = await attempt(request, url, ctx, correlationId, mode);
        logger.info(
          {
            upstream: ctx.upstream,
            op: request.operation,
            method: ctx.method,
            url: ctx.url,
            status: result.status,
            ms: elapsed(started),
            attempts: n,
            correlationId,
          },
          'erp call',
        );
        return result;
      } catch (error) {
        const e = error instanceof DomainError ? error : errorForException(error, ctx, false);
        const canRetry =
          n < maxAttempts &&
          e.retryable &&
          (e.code !== 'ERP_TIMEOUT' || cfg.retryOnTimeout) &&
          !(e instanceof CircuitOpenError);
        if (!canRetry) {
          logger.warn(
            {
              upstream: ctx.upstream,
              op: request.operation,
              method: ctx.method,
              url: ctx.url,
              code: e.code,
              retryable: e.retryable,
              ms: elapsed(started),
              attempts: n,
              correlationId,
              detail: e.details,
            },
            'erp call failed',
          );
          throw e;
        }
        const cap = Math.min(cfg.backoffMaxMs, cfg.backoffBaseMs * 2 ** (n - 1));
        // A Retry-After longer than our cap is not worth waiting for at a totem: retry at the cap.
        const wait =
          e.retryAfterSeconds !== undefined
            ? Math.min(e.retryAfterSeconds * 1000, cfg.backoffMaxMs)
            : Math.floor(random() * cap);
        logger.debug(
          {
            upstream: ctx.upstream,
            op: request.operation,
            code: e.code,
            attempt: n,
            waitMs: wait,
            correlationId,
          },
          'erp retry',
        );
        await sleep(wait);
      }
    }
  }

  return {
    upstream: options.upstream,
    baseUrl: options.baseUrl,
    async bytes(request) {
      const r = await run(request, 'bytes');
      return { status: r.status, contentType: r.contentType, bytes: r.bytes };
    },
    async json(request) {
      const r = await run(request, 'json');
      return { status: r.status, data: r.data, header: r.header };
    },
    breakerState: () => breaker.snapshot(),
    resetBreaker: () => breaker.reset(),
  };
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, (at - Date.now()) / 1000) : undefined;
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
