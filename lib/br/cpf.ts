import { isValidCpf as libIsValidCpf } from '@brazilian-utils/brazilian-utils';

import { isRepeated, stripDocumento } from './normalize';

export const CPF_LENGTH = 11;
const CPF_RE = /^\d{11}$/;

/** True for a valid CPF, masked or not. Repeated digits (`111.111.111-11`) are rejected. */
export function isValidCpf(s: string): boolean {
  const value = stripDocumento(s);
  return CPF_RE.test(value) && !isRepeated(value) && libIsValidCpf(value);
}

/** `52998224725` → `529.982.247-25`. Expects 11 normalised digits. */
export function formatCpf(value: string): string {
  return `${value.slice(0, 3)}.${value.slice(3, 6)}.${value.slice(6, 9)}-${value.slice(9, 11)}`;
}
