import { DomainError } from '@/lib/domain/errors';
import type { Documento } from '@/lib/domain/types';
import { applyCrmPatch, normalizeCrmPatch } from '../patch';
import { CRM_FIELDS, type CrmAdapter, type CrmCliente, type CrmField } from '../port';
import { DEMO_CRM_CLIENTES, DEMO_DOCUMENTO_CRM_FALHA_GRAVACAO } from './data';

export interface DemoCrmOptions {
  /** The records, by id (default: a private copy of DEMO_CRM_CLIENTES); tests pass theirs to read it directly. */
  records?: Map<string, CrmCliente>;
}

export function demoCrmRecords(): Map<string, CrmCliente> {
  return new Map(DEMO_CRM_CLIENTES.map((c) => [c.id, { ...c }]));
}

/**
 * The embedded demo CRM: in-process, the default adapter. Edits live in this process's memory (the registry
 * keeps one adapter per process), so a demo shows the change after saving and forgets it on restart.
 */
export function createDemoCrm(options: DemoCrmOptions = {}): CrmAdapter {
  const records = options.records ?? demoCrmRecords();
  const fields: ReadonlySet<CrmField> = new Set(CRM_FIELDS);

  return {
    id: 'demo',
    fields,
    async findClienteByDocumento(documento: Documento) {
      const found = [...records.values()].find((c) => c.documento === documento);
      return found ? { ...found } : null;
    },
    async getCliente(id) {
      const found = records.get(id);
      return found ? { ...found } : null;
    },
    async updateCliente(id, patch) {
      const current = records.get(id);
      if (!current)
        throw new DomainError('CLIENTE_NAO_ENCONTRADO', { details: `demo crm: id ${id} não existe` });
      if (current.documento === DEMO_DOCUMENTO_CRM_FALHA_GRAVACAO) {
        throw new DomainError('CRM_INDISPONIVEL', {
          details: 'demo crm: documento que simula o CRM fora do ar na gravação',
        });
      }
      const next = applyCrmPatch(current, normalizeCrmPatch(patch, 'demo crm', fields));
      records.set(id, next);
      return { ...next };
    },
    async health() {
      return { state: 'up' };
    },
  };
}
