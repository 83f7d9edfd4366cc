import { isValidCep as libIsValidCep, isValidPhone } from '@brazilian-utils/brazilian-utils';

/** `marcelo@gmail.com` → `ma***@gmail.com`. Something that is not an e-mail is fully hidden. */
export function maskEmail(e: string): string {
  const email = e.trim().toLowerCase();
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return '***';
  const local = email.slice(0, at);
  // Two visible characters unless the local part is that short, then only one.
  return `${local.slice(0, local.length > 2 ? 2 : 1)}***${email.slice(at)}`;
}

/**
 * Brazilian phone with DDD as 10 (landline) or 11 (mobile) digits, or null when it is not a valid one.
 * Accepts masks, a `+55`/`0055`/`55` country code and the `0` trunk prefix (`011 98765-4321`).
 */
export function normalizeTelefone(t: string): string | null {
  let digits = t.replace(/\D/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (digits.startsWith('55') && (digits.length === 12 || digits.length === 13)) digits = digits.slice(2);
  if (digits.startsWith('0') && (digits.length === 11 || digits.length === 12)) digits = digits.slice(1);
  // The library knows the Anatel DDD list and the mobile/landline first-digit rules.
  return (digits.length === 10 || digits.length === 11) && isValidPhone(digits) ? digits : null;
}

export function isValidTelefone(t: string): boolean {
  return normalizeTelefone(t) !== null;
}

/** `(11) 98765-4321` → `(11) *****-4321`; landline `(11) ****-0000`. Invalid numbers are fully hidden. */
export function maskTelefone(t: string): string {
  const n = normalizeTelefone(t);
  if (n === null) return '***';
  return `(${n.slice(0, 2)}) ${'*'.repeat(n.length - 6)}-${n.slice(-4)}`;
}

/** CEP as 8 digits, or null. Accepts `01310-100`, `01.310-100`, spaces. */
export function normalizeCep(c: string): string | null {
  return libIsValidCep(c) ? c.replace(/\D/g, '') : null;
}

export function isValidCep(c: string): boolean {
  return normalizeCep(c) !== null;
}
