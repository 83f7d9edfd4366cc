/**
 * CPF, CNPJ (numeric and alphanumeric, IN RFB 2.229/2024), phone, e-mail and CEP helpers. Pure functions.
 *
 * Delegated to @brazilian-utils/brazilian-utils 2.4: the CPF and CNPJ check digits (`isValidCpf`,
 * `isValidCnpj` with `{ version: 2 }`, the only mode that accepts letters), the phone rules (Anatel DDD
 * list, mobile/landline first digit) and the CEP shape — it implements these correctly and the tests
 * cross-check it against an independent DV implementation.
 * Written here: normalisation (the library would not tell us *why* a document is invalid, and we must never
 * strip letters), the error reasons, the repeated-character rule for alphanumeric CNPJs (the library's v2
 * has none), display masks (the library's `obfuscate` hides the opposite digits from what we show) and the
 * live keypad mask.
 */
export { isValidCnpj, formatCnpj } from './cnpj';
export { isValidCpf, formatCpf } from './cpf';
export {
  DOCUMENTO_ERRO_MENSAGENS,
  formatDocumento,
  formatDocumentoParcial,
  maskDocumento,
  parseDocumento,
  type DocumentoErro,
  type DocumentoKind,
  type DocumentoResult,
} from './documento';
export {
  isValidCep,
  isValidTelefone,
  maskEmail,
  maskTelefone,
  normalizeCep,
  normalizeTelefone,
} from './contato';
export { UFS, isUf, type Uf } from './uf';
