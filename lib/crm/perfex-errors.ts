import { DomainError } from '@/lib/domain/errors';
import { CRM_STAFF_MESSAGES, vendorMessageSummary } from './errors';
import { perfexDomainField } from './perfex-rows';

/**
 * The failures both Perfex adapters (WON API and the REST modules) turn into DomainErrors, worded alike. The
 * module's own message never goes into `details` (logs): only its class and fingerprint do. Field messages reach
 * staff in `fieldErrors`, masked by DomainError.
 */

/** The record is not (or no longer) there. */
export function perfexNotFound(vendor: string, what: string): DomainError {
  return new DomainError('CLIENTE_NAO_ENCONTRADO', {
    details: `${CRM_STAFF_MESSAGES.naoEncontrado} (${vendor} ${what})`,
  });
}

/** A status the adapter has no meaning for: the CRM refused the request. */
export function perfexRejected(vendor: string, status: number, message: string, what: string): DomainError {
  return new DomainError('CRM_REJEITOU', {
    retryable: false,
    details: `Erro ${status}: ${vendorMessageSummary(message)} (${vendor} ${what})`,
  });
}

/**
 * 400/422 on a write: the module's per-column messages (`errors: {column: text | text[]}`) become field
 * messages under the domain field names ("Dados inválidos: …" for staff); without any, `fallback` stands for
 * the whole record.
 */
export function perfexInvalidData(
  vendor: string,
  message: string,
  errors: unknown,
  fallback: string,
): DomainError {
  const fieldErrors: Record<string, string> = {};
  if (errors && typeof errors === 'object')
    for (const [k, val] of Object.entries(errors as Record<string, unknown>))
      fieldErrors[perfexDomainField(k)] = Array.isArray(val) ? val.map(String).join(' ') : String(val);
  if (Object.keys(fieldErrors).length === 0) fieldErrors.geral = message || fallback;
  return new DomainError('CRM_DADOS_INVALIDOS', {
    retryable: false,
    details: `${CRM_STAFF_MESSAGES.dadosInvalidos}: ${vendorMessageSummary(message)} (${vendor})`,
    fieldErrors,
  });
}
