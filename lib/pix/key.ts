import { getPixKeyInfo } from '@brazilian-utils/brazilian-utils';

export type PixKeyKind = 'cpf' | 'cnpj' | 'email' | 'phone' | 'evp';

/**
 * A Pix key in the canonical DICT form the BR Code must carry (CPF/CNPJ unmasked, e-mail lower case, phone
 * `+55…`, EVP lower case), or null when it is none of the five kinds. Delegated to @brazilian-utils, which
 * implements the DICT formatting rules.
 */
export function normalizePixKey(key: string): { kind: PixKeyKind; value: string } | null {
  const info = getPixKeyInfo(key);
  return info ? { kind: info.type, value: info.value } : null;
}
