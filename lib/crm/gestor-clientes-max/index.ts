import 'server-only';
import type { AppConfig } from '@/lib/config';
import { DomainError } from '@/lib/domain/errors';
import { crmCall } from '../errors';
import { breakerHealth, crmHttpOptionsFrom } from '../http';
import { normalizeCrmPatch } from '../patch';
import type { CrmAdapter } from '../port';
import { docKey } from '../values';
import { createGestorClient, type GestorClientOptions } from './client';
import { GESTOR_FIELDS, mergedBody, toCliente } from './mappers';

const V = 'gestor-clientes-max';
const PAGE_SIZE = 100;

export interface GestorCrmOptions extends GestorClientOptions {
  /** Bound on the listing scan a lookup may do (this API has no search by CPF). */
  scanMaxPages?: number;
}

/**
 * Gestor Clientes Max (seed 002, INTEGRATIONS.md §D): Bearer key, `/clients`, `/clients/{id}`. No search by
 * document: a lookup pages through the list and compares `cpf` normalised (masked or not, letters kept). PUT
 * is a full replace (the n8n node sends userId + name + the fields; the API description's PUT body is the
 * record): read, merge, write everything back, then read again.
 */
export function createGestorCrm(options: GestorCrmOptions): CrmAdapter {
  const api = createGestorClient(options);
  const maxPages = options.scanMaxPages ?? 50;

  async function scan(documento: string) {
    let previousFirst: string | null = null;
    for (let page = 1; page <= maxPages; page++) {
      const rows = await api.page(page, PAGE_SIZE);
      const first = rows[0] ? String(rows[0].id) : null;
      // A deployment that ignores `page` sends page 1 again: stop instead of reading it N times.
      if (first !== null && first === previousFirst) break;
      previousFirst = first;
      const found = rows.find((r) => docKey(r.cpf) === documento);
      if (found) return found;
      if (rows.length < PAGE_SIZE) break;
    }
    return null;
  }

  return {
    id: V,
    fields: GESTOR_FIELDS,
    findClienteByDocumento: (documento) =>
      crmCall(V, async () => {
        const row = await scan(documento);
        return row ? toCliente(row) : null;
      }),
    getCliente: (id) =>
      crmCall(V, async () => {
        const row = await api.get(id);
        return row ? toCliente(row) : null;
      }),
    updateCliente: (id, patch) =>
      crmCall(V, async () => {
        const clean = normalizeCrmPatch(patch, V, GESTOR_FIELDS);
        const current = await api.get(id);
        if (!current)
          throw new DomainError('CLIENTE_NAO_ENCONTRADO', { details: `${V}: id ${id} não existe` });
        await api.put(id, mergedBody(current, clean));
        const after = await api.get(id);
        if (!after)
          throw new DomainError('CRM_RESPOSTA_INVALIDA', { details: `${V}: ${id} sumiu após o PUT` });
        return toCliente(after);
      }),
    health: () => breakerHealth(api.http),
  };
}

export function gestorOptionsFrom(config: AppConfig): GestorCrmOptions {
  const g = config.crm.gestorClientesMax;
  if (!g) throw new DomainError('CONFIGURACAO_INVALIDA', { details: 'GESTOR_CLIENTES_* ausentes' });
  return { url: g.url, apiKey: g.apiKey, scanMaxPages: g.scanMaxPages, http: crmHttpOptionsFrom(config) };
}
