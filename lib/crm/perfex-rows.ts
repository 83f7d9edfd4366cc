import { z } from 'zod';
import type { CrmCliente, CrmField, CrmPatch } from './port';
import * as v from './values';

/**
 * Perfex CRM's `tblclients` row, as both the WON API and the REST modules hand it back (INTEGRATIONS.md §A
 * clients table): `userid` (or `id` in some REST answers), `company`, `vat`, `phonenumber`, `country` (numeric
 * id into tblcountries), `city`, `zip`, `state`, `address` (one line, varchar 100), `active` (1/0). There is no
 * e-mail (it lives on contacts), no neighbourhood and no house number of its own: `address` holds the street
 * line as staff typed it. Shared by the perfex-won and perfex-rest adapters.
 */
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]).optional();

export const perfexClientSchema = z.looseObject({
  userid: scalar,
  id: scalar,
  company: scalar,
  vat: scalar,
  phonenumber: scalar,
  country: scalar,
  city: scalar,
  zip: scalar,
  state: scalar,
  address: scalar,
  active: scalar,
});
export type PerfexClient = z.infer<typeof perfexClientSchema>;

export const PERFEX_FIELDS: ReadonlySet<CrmField> = new Set<CrmField>([
  'nome',
  'telefone',
  'cep',
  'logradouro',
  'cidade',
  'uf',
  'pais',
]);

export function perfexIdOf(row: PerfexClient): string | null {
  return v.text(row.userid as string | number | null | undefined) ?? v.text(row.id as string | number | null);
}

export function perfexToCliente(row: PerfexClient, countryId: number, documento?: string): CrmCliente {
  const doc = documento ?? v.docKey(row.vat);
  const country = v.text(row.country);
  return {
    id: perfexIdOf(row) ?? '',
    documento: doc,
    nome: v.text(row.company) ?? '',
    tipo: v.tipoOf(doc),
    email: null,
    telefone: v.phone(row.phonenumber),
    celular: null,
    cep: v.cep(row.zip),
    logradouro: v.text(row.address),
    numero: null,
    complemento: null,
    bairro: null,
    cidade: v.text(row.city),
    uf: v.uf(row.state),
    pais: country !== null && Number(country) === countryId ? 'Brasil' : null,
    dataNascimento: null,
    ativo: v.text(row.active as string | number | null) !== '0',
  };
}

const COLUMN: Partial<Record<keyof CrmPatch, string>> = {
  nome: 'company',
  telefone: 'phonenumber',
  cep: 'zip',
  logradouro: 'address',
  cidade: 'city',
  uf: 'state',
};
const ADDRESS: ReadonlySet<keyof CrmPatch> = new Set(['cep', 'logradouro', 'cidade', 'uf']);

/**
 * The columns to send for a patch. An address change also sets `country` to the configured id of Brazil
 * (numeric in tblclients; the seed-000 node's `"Brasil"` string cannot be stored there).
 */
export function perfexColumns(patch: CrmPatch, countryId: number): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [field, value] of Object.entries(patch) as [keyof CrmPatch, string | null | undefined][]) {
    const column = COLUMN[field];
    if (value === undefined || !column) continue;
    out[column] = value ?? '';
    if (ADDRESS.has(field)) out.country = countryId;
  }
  return out;
}

export function perfexDomainField(column: string): string {
  const found = Object.entries(COLUMN).find(([, c]) => c === column);
  return found ? found[0] : column;
}
