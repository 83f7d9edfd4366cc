import 'server-only';
import { formatDocumento } from '@/lib/br';
import type { AppConfig } from '@/lib/config';
import { DomainError } from '@/lib/domain/errors';
import { crmCall, parseCrm, vendorMessageSummary } from '../errors';
import { breakerHealth, crmHttpOptionsFrom } from '../http';
import { normalizeCrmPatch } from '../patch';
import type { CrmAdapter, CrmCliente, CrmField } from '../port';
import { docKey } from '../values';
import { createVtigerClient, domainErrorOf, VtigerError, type VtigerClientOptions } from './client';
import * as m from './mappers';
import { describeSchema, queryResultSchema, recordSchema } from './schemas';

const V = 'vtiger';

export interface VtigerCrmOptions extends VtigerClientOptions {
  module: m.VtigerModule;
  /** The field holding the CPF/CNPJ: its name (`cf_853`) or its label (`CPF/CNPJ`), resolved by describe. */
  documentField: string;
}

/**
 * Vtiger CRM (seed 003, INTEGRATIONS.md §C with the 8.3 measurements). Lookup is one VTQL query on the
 * configured module asking for the document as stored both ways — the field matches only its exact text, so
 * `IN ('529.982.247-25','52998224725')`. Writes use `revise` only (partial; `update` needs every mandatory
 * field and blanks omitted ones before 7.0), then `retrieve` reads the record back: 8.3 answers success while
 * truncating long values or turning bad bytes into `?`, so what the kiosk shows is what was stored. A missing
 * or deleted record answers ACCESS_DENIED, not RECORD_NOT_FOUND. Field names come from `describe`.
 */
export function createVtigerCrm(options: VtigerCrmOptions): CrmAdapter {
  const api = createVtigerClient(options);
  let mapPromise: Promise<m.FieldMap> | null = null;
  // Until describe has run, the form may not offer anything: start empty and fill the set in place.
  const fields = new Set<CrmField>();

  function fieldMap(): Promise<m.FieldMap> {
    if (!mapPromise) {
      mapPromise = (async () => {
        const describe = parseCrm(
          describeSchema,
          await api.read('describe', { elementType: options.module }),
          V,
          'describe',
        );
        const documentField = m.findDocumentField(describe, options.documentField);
        if (!documentField)
          throw new DomainError('CONFIGURACAO_INVALIDA', {
            details: `vtiger: VTIGER_DOCUMENT_FIELD "${options.documentField}" não existe em ${options.module} (nem como nome nem como rótulo único)`,
          });
        const map = m.fieldMapFrom(options.module, describe, documentField);
        for (const f of map.fields) fields.add(f);
        return map;
      })().catch((error: unknown) => {
        mapPromise = null;
        throw error;
      });
    }
    return mapPromise;
  }

  /** Runs an operation; Vtiger's in-band errors become DomainErrors (after the callers handled theirs). */
  const call = <T>(run: () => Promise<T>) =>
    crmCall(V, async () => {
      try {
        return await run();
      } catch (error) {
        throw error instanceof VtigerError ? domainErrorOf(error) : error;
      }
    });

  async function retrieve(map: m.FieldMap, id: string): Promise<CrmCliente | null> {
    if (!/^\d+x\d+$/.test(id) || id.split('x')[0] !== map.idPrefix) return null;
    try {
      return m.toCliente(map, parseCrm(recordSchema, await api.read('retrieve', { id }), V, 'retrieve'));
    } catch (error) {
      // A missing or deleted record (measured on 8.3), or an id of another module.
      if (
        error instanceof VtigerError &&
        ['ACCESS_DENIED', 'INVALID_ID_ATTRIBUTE', 'RECORD_NOT_FOUND'].includes(error.code)
      )
        return null;
      throw error;
    }
  }

  return {
    id: V,
    fields,
    findClienteByDocumento: (documento) =>
      call(async () => {
        const map = await fieldMap();
        const forms = [...new Set([formatDocumento(documento), documento])].map(m.vtqlString).join(',');
        const rows = parseCrm(
          queryResultSchema,
          await api.read('query', {
            query: `SELECT * FROM ${map.module} WHERE ${map.documentField} IN (${forms});`,
          }),
          V,
          'query',
        )
          .map((r) => parseCrm(recordSchema, r, V, 'query'))
          .filter((r) => docKey(r[map.documentField] as string | undefined) === documento);
        if (rows.length > 1)
          throw new DomainError('CRM_REJEITOU', {
            details: `vtiger: ${rows.length} registros em ${map.module} com o mesmo documento; edição recusada`,
          });
        return rows[0] ? m.toCliente(map, rows[0]) : null;
      }),
    getCliente: (id) => call(async () => retrieve(await fieldMap(), id)),
    updateCliente: (id, patch) =>
      call(async () => {
        const map = await fieldMap();
        const clean = normalizeCrmPatch(patch, V, map.fields);
        if (!(await retrieve(map, id)))
          throw new DomainError('CLIENTE_NAO_ENCONTRADO', { details: `vtiger: ${id} não existe` });
        try {
          await api.write('revise', { element: JSON.stringify(m.reviseElement(map, id, clean)) });
        } catch (error) {
          if (error instanceof VtigerError && error.code === 'ACCESS_DENIED')
            throw new DomainError('CLIENTE_NAO_ENCONTRADO', {
              details: `vtiger revise ${id}: ACCESS_DENIED`,
            });
          if (
            error instanceof VtigerError &&
            (error.code === 'MANDATORY_FIELDS_MISSING' || error.code === '0')
          )
            throw new DomainError('CRM_DADOS_INVALIDOS', {
              retryable: false,
              details: `vtiger revise: ${error.code}, ${vendorMessageSummary(error.vtMessage)}`,
              fieldErrors: { [m.domainFieldIn(map, error.vtMessage)]: error.vtMessage },
            });
          throw error;
        }
        const after = await retrieve(map, id);
        if (!after)
          throw new DomainError('CRM_RESPOSTA_INVALIDA', { details: `vtiger: ${id} sumiu após o revise` });
        return after;
      }),
    health: () => breakerHealth(api.http),
  };
}

export function vtigerOptionsFrom(config: AppConfig): VtigerCrmOptions {
  const vt = config.crm.vtiger;
  if (!vt) throw new DomainError('CONFIGURACAO_INVALIDA', { details: 'VTIGER_* ausentes' });
  return {
    url: vt.url,
    username: vt.username,
    accessKey: vt.accessKey,
    module: vt.module,
    documentField: vt.documentField,
    http: crmHttpOptionsFrom(config),
  };
}
