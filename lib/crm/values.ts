import { getStateCodeByName, getStateNameByCode } from '@brazilian-utils/brazilian-utils';
import { parseLooseDate } from '@/lib/domain/dates';
import { normalizeCep, normalizeTelefone } from '@/lib/br';

/**
 * Reading CRM values into domain form. CRMs hold whatever staff typed: masked phones, CEPs with a hyphen,
 * states spelled out, `0000-00-00` dates, numbers where strings belong. Nothing here throws: a value that
 * cannot be read in domain form is kept as typed (phones) or dropped (UF, dates), never invented.
 */

type Raw = string | number | boolean | null | undefined;

export function text(v: Raw): string | null {
  if (v === null || v === undefined || typeof v === 'boolean') return null;
  const t = String(v).trim();
  return t === '' ? null : t;
}

/** Uppercase, no mask: how documents are compared (an alphanumeric CNPJ keeps its letters). */
export function docKey(v: Raw): string {
  return (text(v) ?? '').replace(/[\s./-]/g, '').toUpperCase();
}

/** Digits with DDD when it is a valid Brazilian number, else the text as stored. */
export function phone(v: Raw): string | null {
  const t = text(v);
  if (!t) return null;
  return normalizeTelefone(t) ?? t;
}

export function isMobile(v: string | null): boolean {
  return v !== null && /^\d{2}9\d{8}$/.test(v);
}

export function cep(v: Raw): string | null {
  const t = text(v);
  return t ? (normalizeCep(t) ?? null) : null;
}

/** Two-letter UF from `SP`, `sp` or `São Paulo`; anything else is null. */
export function uf(v: Raw): string | null {
  const t = text(v);
  if (!t) return null;
  const upper = t.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && getStateNameByCode(upper as Parameters<typeof getStateNameByCode>[0]))
    return upper;
  const code = getStateCodeByName(t as Parameters<typeof getStateCodeByName>[0]);
  return typeof code === 'string' ? code : null;
}

export function isoDate(v: Raw): string | null {
  const t = text(v);
  return t ? parseLooseDate(t) : null;
}

export function tipoOf(documento: string): 'F' | 'J' {
  return documento.length === 11 ? 'F' : 'J';
}
