import type { DocumentoKind } from '@/lib/domain/types';

import { CNPJ_LENGTH, formatCnpj, isCnpjShape, isValidCnpj } from './cnpj';
import { CPF_LENGTH, formatCpf, isValidCpf } from './cpf';
import { isRepeated, stripDocumento } from './normalize';

export type DocumentoErro = 'vazio' | 'tamanho' | 'caracteres' | 'digito_verificador' | 'repetido';
export type { DocumentoKind };
export type DocumentoResult =
  { ok: true; kind: DocumentoKind; value: string } | { ok: false; reason: DocumentoErro };

/** One pt-BR sentence per error, for the keypad screen. */
export const DOCUMENTO_ERRO_MENSAGENS: Readonly<Record<DocumentoErro, string>> = {
  vazio: 'Digite seu CPF ou CNPJ.',
  tamanho: 'O CPF tem 11 números e o CNPJ tem 14 caracteres. Confira o que foi digitado.',
  caracteres: 'O CPF tem só números; o CNPJ pode ter letras apenas nas 12 primeiras posições.',
  digito_verificador: 'CPF ou CNPJ inválido. Confira os números digitados.',
  repetido: 'CPF ou CNPJ inválido. Confira os números digitados.',
};

/**
 * Normalises and validates a CPF or CNPJ typed or received in any mask and case. The value comes back
 * as 11 digits (CPF) or 14 upper-case characters `[0-9A-Z]{12}\d{2}` (CNPJ, numeric or alphanumeric).
 */
export function parseDocumento(input: string): DocumentoResult {
  const value = stripDocumento(input);
  if (value === '') return { ok: false, reason: 'vazio' };
  if (!/^[0-9A-Z]+$/.test(value)) return { ok: false, reason: 'caracteres' };
  if (value.length === CPF_LENGTH) {
    if (!/^\d+$/.test(value)) return { ok: false, reason: 'caracteres' };
    if (isRepeated(value)) return { ok: false, reason: 'repetido' };
    return isValidCpf(value) ? { ok: true, kind: 'cpf', value } : { ok: false, reason: 'digito_verificador' };
  }
  if (value.length === CNPJ_LENGTH) {
    if (!isCnpjShape(value)) return { ok: false, reason: 'caracteres' };
    if (isRepeated(value)) return { ok: false, reason: 'repetido' };
    return isValidCnpj(value)
      ? { ok: true, kind: 'cnpj', value }
      : { ok: false, reason: 'digito_verificador' };
  }
  return { ok: false, reason: 'tamanho' };
}

/**
 * `52998224725` → `529.982.247-25`, `12ABC34501DE35` → `12.ABC.345/01DE-35`. Accepts masked input.
 * Anything that is not 11 or 14 characters comes back unchanged: a display helper must not throw.
 */
export function formatDocumento(value: string): string {
  const v = stripDocumento(value);
  if (v.length === CPF_LENGTH) return formatCpf(v);
  if (v.length === CNPJ_LENGTH) return formatCnpj(v);
  return value;
}

/**
 * Display mask for LGPD: keeps what lets a person recognise their own document and hides the rest.
 * CPF `529.***.***-25`; CNPJ `11.222.***` + `/****-81` (first 5 characters and the 2 DVs).
 * Any other length is fully hidden.
 */
export function maskDocumento(value: string): string {
  const v = stripDocumento(value);
  if (v.length === CPF_LENGTH) return `${v.slice(0, 3)}.***.***-${v.slice(9, 11)}`;
  if (v.length === CNPJ_LENGTH) return `${v.slice(0, 2)}.${v.slice(2, 5)}.***/****-${v.slice(12, 14)}`;
  return '***';
}

/** Writes `value` with each separator placed before the character at its index. */
function maskPartial(value: string, groups: readonly [number, string][]): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const sep = groups.find(([at]) => at === i);
    if (sep) out += sep[1];
    out += value.charAt(i);
  }
  return out;
}

const CPF_GROUPS: readonly [number, string][] = [
  [3, '.'],
  [6, '.'],
  [9, '-'],
];
const CNPJ_GROUPS: readonly [number, string][] = [
  [2, '.'],
  [5, '.'],
  [8, '/'],
  [12, '-'],
];

/**
 * Live mask while typing on the keypad: up to 11 digits reads as a partial CPF (`529.982.2`); more than
 * 11 characters, or any letter, as a partial CNPJ (`12.ABC.345/01`). Input beyond 14 characters is cut.
 */
export function formatDocumentoParcial(typed: string): string {
  const v = stripDocumento(typed).slice(0, CNPJ_LENGTH);
  const looksLikeCpf = v.length <= CPF_LENGTH && /^\d*$/.test(v);
  return maskPartial(v, looksLikeCpf ? CPF_GROUPS : CNPJ_GROUPS);
}
