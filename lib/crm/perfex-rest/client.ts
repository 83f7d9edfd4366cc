import 'server-only';
import { DomainError } from '@/lib/domain/errors';
import type { HttpClient } from '@/lib/http';
import { CRM_STAFF_MESSAGES, vendorMessageSummary } from '../errors';
import { createCrmHttp, type CrmHttpOptions } from '../http';
import { statusMessageSchema } from './schemas';

const V = 'perfex-rest';

export type PerfexRestModule = 'themesic' | 'api-webhooks';

export interface PerfexRestClientOptions {
  url: string;
  module: PerfexRestModule;
  token: string;
  /** API & Webhooks: the version segment (`v1`). */
  apiVersion?: string;
  /** A 429's Retry-After is waited for when at most this long; longer is "CRM unavailable" at once. */
  rateLimitMaxWaitMs?: number;
  http?: CrmHttpOptions;
  sleep?: (ms: number) => Promise<void>;
}

export interface RestResult {
  status: number;
  data: unknown;
  message: string;
}

export interface PerfexRestClient {
  http: HttpClient;
  /** `customers…` relative to the module's base (`/api/` or `/api/{version}/`). */
  get(path: string, query?: Record<string, string>): Promise<RestResult>;
  put(path: string, body: Record<string, unknown>): Promise<RestResult>;
}

/** Themesic v1 answers a bad token with HTTP 404 and the JWT library's message, not 401. */
const TOKEN_WORDS = /token|signature|segments|expired?|forbidden|api key|not defined|unauthori[sz]ed/i;
const DEFAULT_RETRY_AFTER_S = 60; // what the API & Webhooks n8n node assumes when the header is missing

export function createPerfexRestClient(options: PerfexRestClientOptions): PerfexRestClient {
  const base = options.module === 'themesic' ? 'api/' : `api/${options.apiVersion ?? 'v1'}/`;
  const http = createCrmHttp(`perfex-rest-${options.module}`, options.url, {
    ...options.http,
    headers: options.module === 'themesic' ? { authtoken: options.token } : { 'X-API-KEY': options.token },
  });
  const maxWaitMs = options.rateLimitMaxWaitMs ?? 3_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  async function call(
    method: 'GET' | 'PUT',
    path: string,
    init: { query?: Record<string, string>; json?: unknown },
  ) {
    for (let attempt = 1; ; attempt++) {
      const r = await http.json({
        method,
        path: `${base}${path}`,
        query: init.query,
        json: init.json,
        acceptStatus: [400, 404, 406, 422, 429],
        operation: `${method} ${path.replace(/\/\d+$/, '/{id}').replace(/search\/.+$/, 'search/{doc}')}`,
      });
      const parsed = statusMessageSchema.safeParse(r.data);
      const message = parsed.success ? (parsed.data.message ?? '') : '';
      if (r.status === 429) {
        // A 429 was refused before running, so even a write may go again — once, and only when the wait fits
        // a person standing at the totem.
        const retryAfter = Number(r.header?.('retry-after') ?? DEFAULT_RETRY_AFTER_S);
        const seconds = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : DEFAULT_RETRY_AFTER_S;
        if (attempt === 1 && seconds * 1000 <= maxWaitMs) {
          await sleep(seconds * 1000);
          continue;
        }
        throw new DomainError('CRM_INDISPONIVEL', {
          retryable: true,
          retryAfterSeconds: seconds,
          details: `${CRM_STAFF_MESSAGES.conexao} (${V}: HTTP 429, Retry-After ${seconds} s)`,
        });
      }
      if (r.status === 404 && TOKEN_WORDS.test(message) && parsed.success && parsed.data.status === false)
        throw new DomainError('CRM_AUTENTICACAO', {
          retryable: false,
          details: `${CRM_STAFF_MESSAGES.autenticacao} (${V}: HTTP 404, ${vendorMessageSummary(message)})`,
        });
      return { status: r.status, data: r.data, message };
    }
  }

  return {
    http,
    get: (path, query) => call('GET', path, { query }),
    put: (path, body) => call('PUT', path, { json: body }),
  };
}
