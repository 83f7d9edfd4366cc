import 'server-only';
import { formatDocumento } from '@/lib/br';
import type { AppConfig } from '@/lib/config';
import { DomainError } from '@/lib/domain/errors';
import { crmCall, parseCrm } from '../errors';
import { breakerHealth, crmHttpOptionsFrom } from '../http';
import { normalizeCrmPatch } from '../patch';
import { perfexInvalidData, perfexNotFound, perfexRejected } from '../perfex-errors';
import {
  PERFEX_FIELDS,
  perfexClientSchema,
  perfexColumns,
  perfexIdOf,
  perfexToCliente,
  type PerfexClient,
} from '../perfex-rows';
import type { CrmAdapter } from '../port';
import { createPerfexRestClient, type PerfexRestClientOptions, type RestResult } from './client';
import { holdsDocumento } from './mappers';
import { listOf, pagingSchema, recordOf, statusMessageSchema } from './schemas';

const V = 'perfex-rest';
const PAGE = 100;

export interface PerfexRestCrmOptions extends PerfexRestClientOptions {
  countryId: number;
  /** Themesic: slug of the customer custom field holding the CPF/CNPJ (enables one-request lookups). */
  vatField?: string | null;
  scanMaxPages?: number;
}

/**
 * Perfex CRM through a REST module (seed 001, INTEGRATIONS.md §B), the one the store installed:
 * - `themesic`: `authtoken` header; lookup by `GET /api/customers/search/{doc}` when a custom field holds the
 *   CPF/CNPJ (the search never looks at `vat`, and covers active customers only), else by reading the
 *   customer list (v1 sends all of it at once; the v3 fork pages with `page`+`per_page`) and comparing `vat`.
 *   `PUT /api/customers/{id}` with a JSON body answers 404 "Customers Update Fail." when no row changed
 *   (Clients_model::update returns false): the record is read again, and if it already holds what was sent
 *   that is success — if it is gone, CLIENTE_NAO_ENCONTRADO; otherwise CRM_REJEITOU.
 * - `api-webhooks` ("PerfexCRM API & Webhooks"): `X-API-KEY`, `/api/{version}/customers`, `search` then a
 *   paged scan (`page` + `limit` ≤ 100), 429 + Retry-After waited for when short (PERFEX_REST_RATE_LIMIT_…).
 * Both: only changed columns are sent, `country` as the configured numeric id; the record is read back.
 */
export function createPerfexRestCrm(options: PerfexRestCrmOptions): CrmAdapter {
  const api = createPerfexRestClient(options);
  const maxPages = options.scanMaxPages ?? 20;
  const vatField = options.vatField ?? null;
  const themesic = options.module === 'themesic';

  const rowOf = (item: unknown, what: string) => parseCrm(perfexClientSchema, recordOf(item), V, what);

  async function rowById(id: string): Promise<PerfexClient | null> {
    if (!/^\d+$/.test(id)) return null;
    const r = await api.get(`customers/${id}`);
    if (r.status === 404) return null;
    if (r.status !== 200) throw rejected(r, `GET customers/${id}`);
    return rowOf(r.data, 'GET customers/{id}');
  }

  function pick(items: unknown[], documento: string): PerfexClient | null {
    for (const item of items) {
      const row = rowOf(item, 'cliente da lista');
      if (perfexIdOf(row) && holdsDocumento(row, documento, vatField)) return row;
    }
    return null;
  }

  async function search(documento: string): Promise<PerfexClient | null> {
    for (const key of [...new Set([documento, formatDocumento(documento)])]) {
      const r = themesic
        ? await api.get(`customers/search/${encodeURIComponent(key)}`)
        : await api.get('customers', { search: key, page: '1', limit: String(PAGE) });
      if (r.status === 404) continue;
      if (r.status !== 200) throw rejected(r, 'search');
      const found = pick(listOf(r.data) ?? [], documento);
      if (found) return found;
    }
    return null;
  }

  async function scan(documento: string): Promise<PerfexClient | null> {
    for (let page = 1; page <= maxPages; page++) {
      const query: Record<string, string> = themesic
        ? { page: String(page), per_page: String(PAGE) }
        : { page: String(page), limit: String(PAGE) };
      const r = await api.get('customers', query);
      if (r.status !== 200) throw rejected(r, 'GET customers');
      const items = listOf(r.data);
      if (!items)
        throw new DomainError('CRM_RESPOSTA_INVALIDA', { details: `${V}: lista de clientes sem array` });
      const found = pick(items, documento);
      if (found) return found;
      // Themesic v1 sends the whole list as a bare array and ignores paging: one request was all of it.
      if (Array.isArray(r.data) && themesic) return null;
      const paging = pagingSchema.safeParse(r.data);
      const meta = paging.success ? paging.data.meta : undefined;
      const last = Number(meta?.total_pages ?? meta?.last_page ?? NaN);
      if (items.length < PAGE || meta?.has_more === false || (Number.isFinite(last) && page >= last))
        return null;
    }
    return null;
  }

  return {
    id: V,
    fields: PERFEX_FIELDS,
    findClienteByDocumento: (documento) =>
      crmCall(V, async () => {
        // Themesic: the custom-field search when configured, else the list; API & Webhooks: search, then list.
        let row: PerfexClient | null = null;
        if (!themesic || vatField) row = await search(documento);
        if (!row && !(themesic && vatField)) row = await scan(documento);
        return row ? perfexToCliente(row, options.countryId, documento) : null;
      }),
    getCliente: (id) =>
      crmCall(V, async () => {
        const row = await rowById(id);
        return row ? perfexToCliente(row, options.countryId) : null;
      }),
    updateCliente: (id, patch) =>
      crmCall(V, async () => {
        const clean = normalizeCrmPatch(patch, V, PERFEX_FIELDS);
        const current = await rowById(id);
        if (!current) throw perfexNotFound(V, id);
        const body = perfexColumns(clean, options.countryId);
        if (Object.keys(body).length === 0) return perfexToCliente(current, options.countryId);
        const r = await api.put(`customers/${id}`, body);
        if (r.status === 422 || r.status === 400) throw invalidData(r);
        const after = await rowById(id);
        if (r.status === 404) {
          if (!after) throw perfexNotFound(V, `PUT ${id}`);
          // Themesic v1: "Customers Update Fail." also means "nothing changed" — success when it holds what we sent.
          const unchanged = Object.entries(body).every(
            ([k, val]) => String((after as Record<string, unknown>)[k] ?? '') === String(val),
          );
          if (!unchanged) throw rejected(r, `PUT customers/${id}`);
        } else if (r.status !== 200 && r.status !== 201) {
          throw rejected(r, `PUT customers/${id}`);
        }
        if (!after)
          throw new DomainError('CRM_RESPOSTA_INVALIDA', { details: `${V}: ${id} sumiu após o PUT` });
        return perfexToCliente(after, options.countryId);
      }),
    health: () => breakerHealth(api.http),
  };
}

function rejected(r: RestResult, what: string): DomainError {
  return perfexRejected(V, r.status, r.message, what);
}

function invalidData(r: RestResult): DomainError {
  const parsed = statusMessageSchema.safeParse(r.data);
  return perfexInvalidData(V, r.message, parsed.success ? parsed.data.errors : undefined, `HTTP ${r.status}`);
}

export function perfexRestOptionsFrom(config: AppConfig): PerfexRestCrmOptions {
  const p = config.crm.perfexRest;
  if (!p)
    throw new DomainError('CONFIGURACAO_INVALIDA', { details: 'PERFEX_URL/PERFEX_REST_TOKEN ausentes' });
  return {
    url: p.url,
    module: p.module,
    token: p.token,
    apiVersion: p.apiVersion,
    countryId: p.countryId,
    vatField: p.vatField,
    scanMaxPages: p.scanMaxPages,
    rateLimitMaxWaitMs: p.rateLimitMaxWaitMs,
    http: crmHttpOptionsFrom(config),
  };
}
