import type { CrmCliente, CrmField, CrmPatch } from '../port';
import * as v from '../values';
import type { VtigerDescribe, VtigerRecord } from './schemas';

export type VtigerModule = 'Contacts' | 'Accounts';

/**
 * Domain field → the Vtiger field names to look for, in order; the first one `describe` lists is used
 * (INTEGRATIONS.md §C field tables, 5.4 defaults — confirmed per install with describe, never assumed).
 */
const CANDIDATES: Record<VtigerModule, Partial<Record<CrmField, string[]>>> = {
  Contacts: {
    email: ['email'],
    telefone: ['phone', 'homephone'],
    celular: ['mobile'],
    cep: ['mailingzip'],
    logradouro: ['mailingstreet'],
    cidade: ['mailingcity'],
    uf: ['mailingstate'],
    pais: ['mailingcountry'],
    dataNascimento: ['birthday'],
  },
  Accounts: {
    nome: ['accountname'],
    email: ['email1'],
    telefone: ['phone'],
    cep: ['bill_code'],
    logradouro: ['bill_street'],
    cidade: ['bill_city'],
    uf: ['bill_state'],
    pais: ['bill_country'],
  },
};

export interface FieldMap {
  module: VtigerModule;
  idPrefix: string;
  documentField: string;
  /** Domain field → Vtiger field, for the fields this install has. */
  byDomain: Partial<Record<CrmField, string>>;
  /** Fields the kiosk may edit here (present and editable). */
  fields: ReadonlySet<CrmField>;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();

/** The configured document field: its name (`cf_853`) or its label as Vtiger shows it (`CPF/CNPJ`). */
export function findDocumentField(describe: VtigerDescribe, configured: string): string | null {
  const byName = describe.fields.find((f) => f.name === configured);
  if (byName) return byName.name;
  const byLabel = describe.fields.filter((f) => fold(f.label ?? '') === fold(configured));
  return byLabel.length === 1 && byLabel[0] ? byLabel[0].name : null;
}

export function fieldMapFrom(
  module: VtigerModule,
  describe: VtigerDescribe,
  documentField: string,
): FieldMap {
  const present = new Map(describe.fields.map((f) => [f.name, f]));
  const byDomain: Partial<Record<CrmField, string>> = {};
  const fields = new Set<CrmField>();
  for (const [domain, names] of Object.entries(CANDIDATES[module]) as [CrmField, string[]][]) {
    const name = names.find((n) => present.has(n));
    if (!name) continue;
    byDomain[domain] = name;
    const f = present.get(name);
    if (f?.editable !== false && domain !== 'pais') fields.add(domain);
  }
  return { module, idPrefix: String(describe.idPrefix), documentField, byDomain, fields };
}

export function toCliente(map: FieldMap, r: VtigerRecord): CrmCliente {
  const get = (f: CrmField) => {
    const name = map.byDomain[f];
    return name ? (r[name] as string | number | null | undefined) : null;
  };
  const documento = v.docKey(r[map.documentField] as string | undefined);
  const nome =
    map.module === 'Accounts'
      ? (v.text(get('nome')) ?? '')
      : [v.text(r.firstname as string | undefined), v.text(r.lastname as string | undefined)]
          .filter(Boolean)
          .join(' ');
  const celular = v.phone(get('celular'));
  return {
    id: r.id,
    documento,
    nome,
    tipo: v.tipoOf(documento),
    email: v.text(get('email')),
    telefone: v.phone(get('telefone')),
    celular,
    cep: v.cep(get('cep')),
    logradouro: v.text(get('logradouro')),
    numero: null,
    complemento: null,
    bairro: null,
    cidade: v.text(get('cidade')),
    uf: v.uf(get('uf')),
    pais: v.text(get('pais')),
    dataNascimento: v.isoDate(get('dataNascimento')),
    ativo: true,
  };
}

/** The `revise` element: only the fields in the patch, cleared as '' (Vtiger has no null on the wire). */
export function reviseElement(map: FieldMap, id: string, patch: CrmPatch): Record<string, string> {
  const element: Record<string, string> = { id };
  for (const [field, value] of Object.entries(patch) as [CrmField, string | null | undefined][]) {
    const name = map.byDomain[field];
    if (value === undefined || !name) continue;
    element[name] = value ?? '';
  }
  return element;
}

/** Domain name of a Vtiger field named in an error message ("lastname does not have a value"). */
export function domainFieldIn(map: FieldMap, message: string): string {
  for (const [domain, name] of Object.entries(map.byDomain)) {
    if (name && new RegExp(`\\b${name}\\b`).test(message)) return domain;
  }
  const m = /^(\w+) does not have a value/.exec(message);
  return m?.[1] ?? 'geral';
}

/** VTQL string literal: single quotes, a quote inside doubled, a backslash doubled (measured on 8.3). */
export function vtqlString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
