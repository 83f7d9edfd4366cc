import type { CrmCliente, CrmField, CrmPatch } from '../port';
import * as v from '../values';
import type { GestorClient } from './schemas';

/** What this CRM stores (the form offers only these). One `phone`: the customer's mobile. */
export const GESTOR_FIELDS: ReadonlySet<CrmField> = new Set<CrmField>([
  'nome',
  'email',
  'celular',
  'cep',
  'logradouro',
  'numero',
  'complemento',
  'bairro',
  'cidade',
  'uf',
  'dataNascimento',
]);

/** Domain field → Gestor key. */
export const PATCH_KEYS: Record<keyof CrmPatch, string | null> = {
  nome: 'name',
  email: 'email',
  celular: 'phone',
  telefone: null,
  cep: 'cep',
  logradouro: 'street',
  numero: 'number',
  complemento: 'complement',
  bairro: 'neighborhood',
  cidade: 'city',
  uf: 'state',
};

export function toCliente(row: GestorClient): CrmCliente {
  const documento = v.docKey(row.cpf);
  const phone = v.phone(row.phone);
  return {
    id: String(row.id),
    documento,
    nome: v.text(row.name) ?? '',
    tipo: v.tipoOf(documento),
    email: v.text(row.email),
    // One phone field: a mobile is the celular; anything else is shown as telefone (not editable here).
    celular: v.isMobile(phone) ? phone : null,
    telefone: v.isMobile(phone) ? null : phone,
    cep: v.cep(row.cep),
    logradouro: v.text(row.street),
    numero: v.text(row.number),
    complemento: v.text(row.complement),
    bairro: v.text(row.neighborhood),
    cidade: v.text(row.city),
    uf: v.uf(row.state),
    pais: null,
    dataNascimento: v.isoDate(row.birthDate),
    ativo: v.text(row.status) !== 'inactive',
  };
}

const SERVER_KEYS = new Set(['id', 'createdAt', 'updatedAt']);

/**
 * PUT replaces the record: the body is everything read (minus server-managed keys) with the patch applied.
 * The legacy single-line `address`, when the record has one, is rebuilt from the parts so both agree.
 */
export function mergedBody(row: GestorClient, patch: CrmPatch): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(row)) if (!SERVER_KEYS.has(k)) body[k] = value;
  let addressTouched = false;
  for (const [field, value] of Object.entries(patch) as [keyof CrmPatch, string | null | undefined][]) {
    const key = PATCH_KEYS[field];
    if (value === undefined || key === null) continue;
    body[key] = value;
    if (['logradouro', 'numero', 'complemento', 'bairro', 'cidade', 'uf', 'cep'].includes(field))
      addressTouched = true;
  }
  if (addressTouched && v.text(row.address)) body.address = addressLine(body);
  return body;
}

function addressLine(b: Record<string, unknown>): string {
  const t = (k: string) => (typeof b[k] === 'string' && b[k] !== '' ? (b[k] as string) : null);
  const street = [t('street'), t('number')].filter(Boolean).join(', ');
  const parts = [street, t('complement'), t('neighborhood')].filter(Boolean).join(' - ');
  const city = [t('city'), t('state')].filter(Boolean).join('/');
  return [parts, city, t('cep')].filter(Boolean).join(', ');
}

/** Domain names for the vendor's field keys in a validation error. */
export function domainFieldOf(key: string): string {
  const found = Object.entries(PATCH_KEYS).find(([, k]) => k === key);
  return found ? found[0] : key;
}
