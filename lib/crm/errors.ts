import type { z } from 'zod';
import { DomainError, isDomainError, type ErrorCode } from '@/lib/domain/errors';

/**
 * How CRM failures become DomainErrors. lib/http speaks ERP codes (it was written for the ERP adapters); a CRM
 * adapter's failure must say "sistema de cadastro", not "sistema de cobrança", so every adapter method runs
 * through `crmCall`, which renames the codes and lets nothing but a DomainError out.
 */

export const CRM_ERROR_CODES = [
  'CRM_AUTENTICACAO',
  'CRM_INDISPONIVEL',
  'CRM_TIMEOUT',
  'CRM_DADOS_INVALIDOS',
  'CRM_RESPOSTA_INVALIDA',
  'CRM_REJEITOU',
] as const satisfies readonly ErrorCode[];

const FROM_ERP: Partial<Record<ErrorCode, ErrorCode>> = {
  AUTENTICACAO_ERP: 'CRM_AUTENTICACAO',
  ERP_INDISPONIVEL: 'CRM_INDISPONIVEL',
  ERP_TIMEOUT: 'CRM_TIMEOUT',
  ERP_RESPOSTA_INVALIDA: 'CRM_RESPOSTA_INVALIDA',
  ERP_REJEITOU: 'CRM_REJEITOU',
};

/** Any thrown value → a DomainError with a CRM code (CLIENTE_NAO_ENCONTRADO and CRM_* pass through). */
export function toCrmError(error: unknown, vendor: string): DomainError {
  if (isDomainError(error)) {
    const code = FROM_ERP[error.code];
    if (!code) return error;
    return new DomainError(code, {
      retryable: error.retryable,
      details: error.details ? `${vendor}: ${error.details}` : vendor,
      retryAfterSeconds: error.retryAfterSeconds,
      cause: error,
    });
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new DomainError('CRM_RESPOSTA_INVALIDA', {
    retryable: false,
    details: `${vendor}: ${message.slice(0, 300)}`,
    cause: error,
  });
}

/** Runs one adapter operation; whatever it throws leaves as a CRM DomainError. */
export async function crmCall<T>(vendor: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toCrmError(error, vendor);
  }
}

export function crmInvalid(vendor: string, what: string): DomainError {
  return new DomainError('CRM_RESPOSTA_INVALIDA', { retryable: false, details: `${vendor}: ${what}` });
}

/** zod-parse a CRM payload; a mismatch is CRM_RESPOSTA_INVALIDA listing the paths that failed. */
export function parseCrm<S extends z.ZodType>(
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
  throw crmInvalid(vendor, `${what} fora do formato (${where})`);
}

/**
 * The pt-BR texts staff see for a CRM failure (desk and logs). They are the ones the seed-000 connector
 * (`Matheusbaiense/nodeperfex`, `nodes/Perfex/Perfex.node.ts`, mapping HTTP statuses) shows for Perfex/WON,
 * used for every CRM so the desk speaks one vocabulary; the customer sees `DomainError.userMessage` instead.
 */
export const CRM_STAFF_MESSAGES = {
  autenticacao: 'Erro de autenticação: Token inválido ou não fornecido',
  naoEncontrado: 'Recurso não encontrado',
  dadosInvalidos: 'Dados inválidos',
  conexao: 'Erro de conexão com o servidor',
  tempo: 'Erro de conexão com o servidor (tempo esgotado)',
  respostaInvalida: 'Resposta inesperada do CRM',
  rejeitou: 'O CRM recusou o pedido',
} as const;

/** One line for staff: the seed-000 text for the failure, with the vendor's field messages when it sent any. */
export function crmStaffMessage(error: DomainError): string {
  switch (error.code) {
    case 'CRM_AUTENTICACAO':
      return CRM_STAFF_MESSAGES.autenticacao;
    case 'CLIENTE_NAO_ENCONTRADO':
      return CRM_STAFF_MESSAGES.naoEncontrado;
    case 'CRM_DADOS_INVALIDOS': {
      const fields = Object.entries(error.fieldErrors ?? {}).map(([k, v]) => `${k}: ${v}`);
      return `${CRM_STAFF_MESSAGES.dadosInvalidos}: ${fields.length ? fields.join('; ') : (error.details ?? '')}`;
    }
    case 'CRM_INDISPONIVEL':
      return CRM_STAFF_MESSAGES.conexao;
    case 'CRM_TIMEOUT':
      return CRM_STAFF_MESSAGES.tempo;
    case 'CRM_RESPOSTA_INVALIDA':
      return CRM_STAFF_MESSAGES.respostaInvalida;
    case 'CRM_REJEITOU':
      return CRM_STAFF_MESSAGES.rejeitou;
    default:
      return error.userMessage;
  }
}
