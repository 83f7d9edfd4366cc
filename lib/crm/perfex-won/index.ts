import 'server-only';
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
import { docKey } from '../values';
import { createWonClient, type WonClientOptions } from './client';
import { joinRows, sameDocumento } from './mappers';

const V = 'perfex-won';
const BASE = 'won_api/won';
const PAGE = 100;

export interface WonCrmOptions extends WonClientOptions {
  /** Brazil's id in tblcountries (32 in a stock install). */
  countryId: number;
  /** Bound on the client-list scan a lookup may fall back to. */
  scanMaxPages?: number;
}

/**
 * Perfex CRM through the WON API module (seed 000, INTEGRATIONS.md §A). The installed version is unknown, so:
 * - lookup asks `/join?vat=<document>` first. HEAD strips everything but digits from `vat` and matches it
 *   exactly (controllers/Won.php at f04742c: `preg_replace('/[^0-9]/', '', $vat)`), so a VAT stored masked,
 *   and every alphanumeric CNPJ (its letters are stripped), is never found there; 2674cd8 compares the raw
 *   parameter and returns aliased rows without `userid`. Whatever `/join` cannot settle is found by paging the
 *   client list (`limit` ≤ 100) and comparing the VAT normalised;
 * - a write is `PUT /won_api/won/api/clients/{id}` with only the changed columns (HEAD strips `userid` and
 *   `datecreated` and validates nothing), then the record is read again. A numeric VAT stored masked is
 *   rewritten as digits in the same PUT, so the next `/join` finds it; an alphanumeric one is never sent
 *   (2674cd8's PUT strips non-digits from `vat` and would destroy its letters).
 * Seed 000's "11 or 14 digits" VAT rule is not applied: an alphanumeric CNPJ has letters (README).
 */
export function createWonCrm(options: WonCrmOptions): CrmAdapter {
  const api = createWonClient(options);
  const maxPages = options.scanMaxPages ?? 20;

  async function rowById(id: string): Promise<PerfexClient | null> {
    if (!/^\d+$/.test(id)) return null;
    const r = await api.get(`${BASE}/api/clients/${id}`);
    if (r.status === 404) return null;
    if (r.status !== 200 && r.status !== 201) throw rejected(r.status, r.message, `GET clients/${id}`);
    return parseCrm(perfexClientSchema, r.data, V, 'GET clients/{id}');
  }

  async function scan(documento: string): Promise<PerfexClient | null> {
    for (let page = 1; page <= maxPages; page++) {
      const r = await api.get(`${BASE}/api/clients`, { page: String(page), limit: String(PAGE) });
      if (r.status !== 200) throw rejected(r.status, r.message, 'GET clients');
      const rows = Array.isArray(r.data) ? r.data : [];
      for (const item of rows) {
        const row = parseCrm(perfexClientSchema, item, V, 'cliente da lista');
        if (sameDocumento(documento, row.vat) && perfexIdOf(row)) return row;
      }
      if (rows.length < PAGE || (r.totalPages !== null && page >= r.totalPages)) break;
    }
    return null;
  }

  async function findRow(documento: string): Promise<PerfexClient | null> {
    const j = await api.get(`${BASE}/join`, { vat: documento });
    if (j.status === 200) {
      const { full, aliasedVats } = joinRows(j.data);
      const hit = full.find((r) => sameDocumento(documento, r.vat) && perfexIdOf(r));
      if (hit) return hit;
      if (aliasedVats.some((vat) => docKey(vat) === documento)) return scan(documento);
    } else if (j.status !== 404 && j.status !== 400) {
      throw rejected(j.status, j.message, 'GET join');
    }
    return scan(documento);
  }

  return {
    id: V,
    fields: PERFEX_FIELDS,
    findClienteByDocumento: (documento) =>
      crmCall(V, async () => {
        const row = await findRow(documento);
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
        const body: Record<string, unknown> = perfexColumns(clean, options.countryId);
        const vat = docKey(current.vat);
        if (/^\d+$/.test(vat) && String(current.vat ?? '').trim() !== vat) body.vat = vat;
        const r = await api.put(`${BASE}/api/clients/${id}`, body);
        if (r.status === 404) throw perfexNotFound(V, `PUT ${id}`);
        if (r.status === 400 || r.status === 422)
          throw perfexInvalidData(V, r.message, errorsOf(r.data), 'dados recusados');
        const after = await rowById(id);
        if (!after)
          throw new DomainError('CRM_RESPOSTA_INVALIDA', { details: `${V}: ${id} sumiu após o PUT` });
        return perfexToCliente(after, options.countryId);
      }),
    health: () => breakerHealth(api.http),
  };
}

function rejected(status: number, message: string, what: string): DomainError {
  return perfexRejected(V, status, message, what);
}

function errorsOf(data: unknown): unknown {
  return data && typeof data === 'object' ? (data as { errors?: unknown }).errors : undefined;
}

export function wonOptionsFrom(config: AppConfig): WonCrmOptions {
  const w = config.crm.perfexWon;
  if (!w) throw new DomainError('CONFIGURACAO_INVALIDA', { details: 'PERFEX_URL/PERFEX_WON_TOKEN ausentes' });
  return { url: w.url, token: w.token, countryId: w.countryId, http: crmHttpOptionsFrom(config) };
}
