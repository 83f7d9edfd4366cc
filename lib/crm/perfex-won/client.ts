import 'server-only';
import { DomainError } from '@/lib/domain/errors';
import type { HttpClient } from '@/lib/http';
import { CRM_STAFF_MESSAGES, crmInvalid, vendorMessageSummary } from '../errors';
import { createCrmHttp, type CrmHttpOptions } from '../http';
import { wonEnvelopeSchema, wonOldErrorSchema } from './schemas';

const V = 'perfex-won';

export interface WonClientOptions {
  /** The Perfex install's base URL (with /index.php when its URLs carry it). */
  url: string;
  token: string;
  http?: CrmHttpOptions;
}

export interface WonResult {
  status: number;
  /** The payload: `data` of an envelope, or the bare body of the oldest versions. */
  data: unknown;
  totalPages: number | null;
  message: string;
}

export interface WonClient {
  http: HttpClient;
  get(path: string, query?: Record<string, string>): Promise<WonResult>;
  put(path: string, body: Record<string, unknown>): Promise<WonResult>;
}

/**
 * The token goes in both headers: up to 90ff5d1 the module read `Authorization: <token>` (raw, no Bearer),
 * from a522e96 on `X-API-TOKEN` (controllers/Won.php `validate_auth`). Sending both costs nothing.
 * 404 and 400/422 come back to the adapter (they mean "not found" and "invalid data"); 401 becomes
 * CRM_AUTENTICACAO, 429 and 5xx CRM_INDISPONIVEL (lib/http), each with the seed-000 text for staff.
 */
export function createWonClient(options: WonClientOptions): WonClient {
  const http = createCrmHttp(V, options.url, {
    ...options.http,
    headers: { 'X-API-TOKEN': options.token, Authorization: options.token },
  });

  function unwrap(status: number, body: unknown, what: string): WonResult {
    const env = wonEnvelopeSchema.safeParse(body);
    if (env.success) {
      const e = env.data;
      const message = String(e.message ?? (typeof e.error === 'string' ? e.error : '') ?? '');
      const totalPages = e.meta?.total_pages !== undefined ? Number(e.meta.total_pages) : null;
      if (e.success || status === 404 || status === 400 || status === 422)
        return { status, data: e.data, totalPages: Number.isFinite(totalPages) ? totalPages : null, message };
      throw crmInvalid(V, `${what}: success:false com HTTP ${status} (${vendorMessageSummary(message)})`);
    }
    const old = wonOldErrorSchema.safeParse(body);
    if (old.success) return { status, data: undefined, totalPages: null, message: old.data.erro };
    if (status >= 400) return { status, data: undefined, totalPages: null, message: '' };
    return { status, data: body, totalPages: null, message: '' };
  }

  async function call(
    method: 'GET' | 'PUT',
    path: string,
    init: { query?: Record<string, string>; json?: unknown },
  ) {
    try {
      const { status, data } = await http.json({
        method,
        path,
        query: init.query,
        json: init.json,
        acceptStatus: [400, 404, 422],
        operation: `${method} ${path.replace(/\/\d+$/, '/{id}')}`,
      });
      return unwrap(status, data, `${method} ${path}`);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'AUTENTICACAO_ERP')
        throw new DomainError('CRM_AUTENTICACAO', {
          retryable: false,
          details: `${CRM_STAFF_MESSAGES.autenticacao} (${V}: ${error.details ?? ''})`,
          cause: error,
        });
      if (error instanceof DomainError && (error.code === 'ERP_INDISPONIVEL' || error.code === 'ERP_TIMEOUT'))
        throw new DomainError(error.code === 'ERP_TIMEOUT' ? 'CRM_TIMEOUT' : 'CRM_INDISPONIVEL', {
          retryable: true,
          retryAfterSeconds: error.retryAfterSeconds,
          details: `${CRM_STAFF_MESSAGES.conexao} (${V}: ${error.details ?? ''})`,
          cause: error,
        });
      throw error;
    }
  }

  return {
    http,
    get: (path, query) => call('GET', path, { query }),
    put: (path, body) => call('PUT', path, { json: body }),
  };
}
