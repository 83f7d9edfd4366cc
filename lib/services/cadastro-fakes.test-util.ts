import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import type { CrmAdapter, CrmCliente, CrmField, CrmPatch } from '@/lib/crm/port';
import { DomainError, type ErrorCode } from '@/lib/domain/errors';
import type { ClientePatch, Contato } from '@/lib/domain/types';
import type { ErpAdapter, ErpCapability } from '@/lib/erp/port';
import { createDemoErp } from '@/lib/erp/demo';
import { createMemoryStore } from '@/lib/store/memory';

/** Test doubles for the cadastro services: a CRM and an ERP with write counters and switchable failures. */

export const MARIA = '52998224725';

export function crmCliente(over: Partial<CrmCliente> = {}): CrmCliente {
  return {
    id: '77',
    documento: MARIA,
    nome: 'Maria Aparecida da Silva',
    tipo: 'F',
    email: 'maria.silva@example.com',
    telefone: '1133334444',
    celular: '11987654321',
    cep: '01310100',
    logradouro: 'Avenida Paulista',
    numero: '1000',
    complemento: 'Apto 12',
    bairro: 'Bela Vista',
    cidade: 'São Paulo',
    uf: 'SP',
    pais: 'Brasil',
    dataNascimento: '1980-03-15',
    ativo: true,
    ...over,
  };
}

const ALL_FIELDS: CrmField[] = [
  'nome',
  'email',
  'telefone',
  'celular',
  'cep',
  'logradouro',
  'numero',
  'complemento',
  'bairro',
  'cidade',
  'uf',
  'pais',
  'dataNascimento',
];

export interface FakeCrm extends CrmAdapter {
  records: Map<string, CrmCliente>;
  updates: CrmPatch[];
  reads: number;
  /** Next updateCliente: throw this code (after applying the write when `applied`). */
  failUpdate: { code: ErrorCode | string; applied: boolean } | null;
  failFind: ErrorCode | null;
  failGet: boolean;
  /** Stores at most N characters per text field, like Vtiger's silent truncation. */
  truncateAt: number | null;
}

function domainError(code: string): DomainError {
  // CRM codes come from the CRM work (lib/crm); a cast keeps these fakes usable before and after they land.
  return new DomainError(code as ErrorCode, { details: 'fake' });
}

export function fakeCrm(records: CrmCliente[] = [crmCliente()], fields: CrmField[] = ALL_FIELDS): FakeCrm {
  const crm: FakeCrm = {
    id: 'fake-crm',
    fields: new Set(fields),
    records: new Map(records.map((r) => [r.id, { ...r }])),
    updates: [],
    reads: 0,
    failUpdate: null,
    failFind: null,
    failGet: false,
    truncateAt: null,
    async findClienteByDocumento(documento) {
      crm.reads += 1;
      if (crm.failFind) throw domainError(crm.failFind);
      const r = [...crm.records.values()].find((c) => c.documento === documento);
      return r ? { ...r } : null;
    },
    async getCliente(id) {
      crm.reads += 1;
      if (crm.failGet) throw domainError('ERP_TIMEOUT');
      const r = crm.records.get(id);
      return r ? { ...r } : null;
    },
    async updateCliente(id, patch) {
      crm.updates.push({ ...patch });
      const failure = crm.failUpdate;
      crm.failUpdate = null;
      if (failure && !failure.applied) throw domainError(failure.code);
      const r = crm.records.get(id);
      if (!r) throw domainError('CRM_NAO_ENCONTRADO');
      const stored: CrmCliente = { ...r };
      for (const [k, v] of Object.entries(patch) as [keyof CrmPatch, string | undefined][]) {
        if (v === undefined) continue;
        stored[k] = crm.truncateAt !== null ? v.slice(0, crm.truncateAt) : v;
      }
      crm.records.set(id, stored);
      if (failure) throw domainError(failure.code);
      return { ...stored };
    },
  };
  return crm;
}

export interface FakeErp extends ErpAdapter {
  writes: ClientePatch[];
  contatos: Map<string, Contato[]>;
  failWrite: { code: ErrorCode; applied: boolean } | null;
}

/** The demo ERP's customers, plus "Editar dados do cliente" writing contacts in memory. */
export function fakeErp(options: { escreve?: boolean } = {}): FakeErp {
  const demo = createDemoErp();
  const capabilities = new Set<ErpCapability>(demo.capabilities);
  if (options.escreve === false) capabilities.delete('atualizarCliente');
  else capabilities.add('atualizarCliente');
  const erp: FakeErp = {
    ...demo,
    id: 'fake-erp',
    capabilities,
    writes: [],
    contatos: new Map(),
    failWrite: null,
    async listContatos(documento) {
      return erp.contatos.get(documento) ?? (await demo.listContatos(documento));
    },
  };
  delete erp.atualizarCliente;
  if (options.escreve !== false) {
    erp.atualizarCliente = async (documento, patch) => {
      erp.writes.push({ ...patch });
      const failure = erp.failWrite;
      erp.failWrite = null;
      if (failure && !failure.applied) throw new DomainError(failure.code);
      const atuais = await erp.listContatos(documento);
      const novos = atuais.filter(
        (c) =>
          !(c.type === 'email' && patch.email) && !(c.type === 'phone' && (patch.celular || patch.telefone)),
      );
      if (patch.email) novos.push({ type: 'email', value: patch.email });
      if (patch.celular) novos.push({ type: 'phone', value: patch.celular });
      if (patch.telefone) novos.push({ type: 'phone', value: patch.telefone });
      erp.contatos.set(documento, novos);
      if (failure) throw new DomainError(failure.code);
    };
  }
  return erp;
}

export function captureLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      raw.push(chunk.toString('utf8'));
      cb();
    },
  });
  const logger = pino({ level: 'debug' }, stream);
  return {
    logger,
    lines: () =>
      raw
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

export function memoryStore() {
  return createMemoryStore({ hashDocumento: (d) => `hash(${d.length})-${d.slice(-2)}` });
}

export const hashDocumento = (d: string) => `h_${Buffer.from(d).toString('base64url').slice(0, 6)}`;
