import type { z } from 'zod';
import { parseLooseDate, type IsoDate } from '@/lib/domain/dates';
import { DomainError } from '@/lib/domain/errors';
import { parseMoney, type Centavos } from '@/lib/domain/money';

/**
 * Helpers every adapter's mappers share: ERPs send numbers as strings, money as "99,90" or 99.9, booleans as
 * "S"/"true"/1, dates as "22/11/2026" or "0000-00-00". A value that cannot be read is an
 * ERP_RESPOSTA_INVALIDA naming the field (for staff), never a NaN on screen.
 */

type Scalar = string | number | boolean | null | undefined;

export function invalid(vendor: string, what: string): DomainError {
  return new DomainError('ERP_RESPOSTA_INVALIDA', { retryable: false, details: `${vendor}: ${what}` });
}

/** zod-parse a vendor payload; a mismatch is ERP_RESPOSTA_INVALIDA listing the paths that failed. */
export function parseVendor<S extends z.ZodType>(
  schema: S,
  data: unknown,
  vendor: string,
  what: string,
): z.infer<S> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const where = r.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(raiz)'}: ${i.message}`)
    .join('; ');
  throw invalid(vendor, `${what} fora do formato (${where})`);
}

export function textOf(v: Scalar): string {
  if (v === null || v === undefined || typeof v === 'boolean') return '';
  return String(v).trim();
}

export function optionalText(v: Scalar): string | null {
  const t = textOf(v);
  return t === '' ? null : t;
}

/** Money in centavos. Empty/absent → `whenEmpty` (0 for juros/multa; null when the caller has a fallback). */
export function moneyOf(
  v: Scalar,
  field: string,
  vendor: string,
  whenEmpty: Centavos | null,
): Centavos | null {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return whenEmpty;
  if (typeof v === 'boolean') throw invalid(vendor, `${field} não é um valor: ${String(v)}`);
  const parsed = parseMoney(v);
  if (parsed === null) throw invalid(vendor, `${field} não é um valor: ${JSON.stringify(v)}`);
  return parsed;
}

export function requiredMoney(v: Scalar, field: string, vendor: string): Centavos {
  const m = moneyOf(v, field, vendor, null);
  if (m === null) throw invalid(vendor, `${field} ausente`);
  return m;
}

export function optionalDate(v: Scalar): IsoDate | null {
  return typeof v === 'string' ? parseLooseDate(v) : null;
}

export function requiredDate(v: Scalar, field: string, vendor: string): IsoDate {
  const d = optionalDate(v);
  if (!d) throw invalid(vendor, `${field} não é uma data: ${JSON.stringify(v)}`);
  return d;
}

const TRUE_WORDS = new Set(['true', '1', 's', 'sim', 'y', 'yes', 'ok', 'sucesso', 'success']);

export function boolOf(v: Scalar): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return TRUE_WORDS.has(textOf(v).toLowerCase());
}

/** Uppercase, no mask: how documents are compared (alphanumeric CNPJ keeps its letters). */
export function normalizeDoc(v: Scalar): string {
  return textOf(v)
    .replace(/[\s./-]/g, '')
    .toUpperCase();
}
