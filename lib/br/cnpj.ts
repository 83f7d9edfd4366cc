import { isValidCnpj as libIsValidCnpj } from '@brazilian-utils/brazilian-utils';

import { isRepeated, stripDocumento } from './normalize';

export const CNPJ_LENGTH = 14;
/** IN RFB 2.229/2024: 12 characters `[0-9A-Z]` then 2 numeric check digits. */
const CNPJ_RE = /^[0-9A-Z]{12}\d{2}$/;

/** True when the normalised value has the shape of a CNPJ (numeric or alphanumeric), DVs not checked. */
export function isCnpjShape(value: string): boolean {
  return CNPJ_RE.test(value);
}

/**
 * True for a valid CNPJ, numeric or alphanumeric, masked or not, any case. A single repeated character
 * (`00.000.000/0000-00`) is rejected.
 */
export function isValidCnpj(s: string): boolean {
  const value = stripDocumento(s);
  // `version: 2` is what makes the library accept letters; without it an alphanumeric CNPJ is "invalid".
  return CNPJ_RE.test(value) && !isRepeated(value) && libIsValidCnpj(value, { version: 2 });
}

/** `11222333000181` → `11.222.333/0001-81`; `12ABC34501DE35` → `12.ABC.345/01DE-35`. */
export function formatCnpj(value: string): string {
  return (
    `${value.slice(0, 2)}.${value.slice(2, 5)}.${value.slice(5, 8)}` +
    `/${value.slice(8, 12)}-${value.slice(12, 14)}`
  );
}
