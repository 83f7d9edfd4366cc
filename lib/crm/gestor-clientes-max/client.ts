import 'server-only';
import { DomainError } from '@/lib/domain/errors';
import type { HttpClient } from '@/lib/http';
import { crmInvalid, parseCrm, vendorMessageSummary } from '../errors';
import { createCrmHttp, type CrmHttpOptions } from '../http';
import { domainFieldOf } from './mappers';
import { clientSchema, errorSchema, listSchema, type GestorClient } from './schemas';

const V = 'gestor-clientes-max';

export interface GestorClientOptions {
  /** e.g. https://agenda.anthonymax.com/api */
  url: string;
  /** The API key (gck_…), sent as `Authorization: Bearer`. */
  apiKey: string;
  http?: CrmHttpOptions;
}

export interface GestorHttp {
  http: HttpClient;
  page(page: number, limit: number): Promise<GestorClient[]>;
  get(id: string): Promise<GestorClient | null>;
  put(id: string, body: Record<string, unknown>): Promise<void>;
}

export function createGestorClient(options: GestorClientOptions): GestorHttp {
  const http = createCrmHttp(V, options.url, {
    ...options.http,
    headers: { Authorization: `Bearer ${options.apiKey}` },
  });

  return {
    http,
    async page(page, limit) {
      const { data } = await http.json({
        method: 'GET',
        path: 'clients',
        query: { page: String(page), limit: String(limit) },
        operation: 'listar clients',
      });
      const list = parseCrm(listSchema, data, V, 'GET /clients');
      const wrapped = list as { data?: unknown; clients?: unknown };
      const rows: unknown[] = Array.isArray(list)
        ? list
        : Array.isArray(wrapped.data)
          ? wrapped.data
          : Array.isArray(wrapped.clients)
            ? wrapped.clients
            : [];
      return rows.map((r) => parseCrm(clientSchema, r, V, 'cliente da lista'));
    },
    async get(id) {
      if (!/^\d+$/.test(id)) return null;
      const { status, data } = await http.json({
        method: 'GET',
        path: `clients/${id}`,
        acceptStatus: [404],
        operation: 'GET client',
      });
      if (status === 404) return null;
      return parseCrm(clientSchema, data, V, 'GET /clients/{id}');
    },
    async put(id, body) {
      const { status, data } = await http.json({
        method: 'PUT',
        path: `clients/${id}`,
        json: body,
        acceptStatus: [400, 404, 422],
        operation: 'PUT client',
      });
      if (status === 404)
        throw new DomainError('CLIENTE_NAO_ENCONTRADO', { details: `${V}: PUT ${id} → 404` });
      if (status === 400 || status === 422) {
        const e = errorSchema.safeParse(data);
        const fieldErrors: Record<string, string> = {};
        for (const issue of e.success ? (e.data.errors ?? []) : []) {
          const key = String(issue.path?.[0] ?? 'geral');
          fieldErrors[domainFieldOf(key)] = issue.message ?? 'inválido';
        }
        const message = e.success ? (e.data.message ?? '') : '';
        if (Object.keys(fieldErrors).length === 0) fieldErrors.geral = message || `HTTP ${status}`;
        throw new DomainError('CRM_DADOS_INVALIDOS', {
          retryable: false,
          details: `${V}: PUT ${id} → HTTP ${status}, ${vendorMessageSummary(message)}`,
          fieldErrors,
        });
      }
      if (data !== undefined && (typeof data !== 'object' || data === null))
        throw crmInvalid(V, 'PUT /clients/{id}: resposta não é um objeto');
    },
  };
}
