import { createHash } from 'node:crypto';
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

// A vendor's sentence → the class staff need to act on it. Checked in this order (a "required" message that
// says "invalid" is about a missing value first).
const MESSAGE_CLASSES: readonly (readonly [string, RegExp])[] = [
  [
    'duplicado',
    /duplicad|duplicate|j[aá] (existe|cadastrad|est[aá] em uso)|already (exists|registered|taken|in use)|unique/i,
  ],
  ['obrigatório', /obrigat[oó]ri|required|mandatory|missing|must not be empty|n[aã]o pode ser vazio/i],
  ['credencial', /token|signature|segments|expired?|unauthori[sz]ed|forbidden|api key|autentica|permiss/i],
  ['não encontrado', /not found|n[aã]o (foi )?encontrad|does not exist|n[aã]o existe/i],
  ['tamanho', /too long|too short|max(imum)?|min(imum)?|exceed|caracteres|characters/i],
  ['inválido', /invalid|inv[aá]lid|not valid|must be|formato|format/i],
];

/**
 * What the logs may say about a CRM's own message: its class, length and a hash, never its text. Vendors echo
 * what was sent ("Contato joao@x.com já existe", "CPF 529.982.247-25 duplicado", a customer's name) and no
 * pattern finds a name; the same sentence always has the same hash, so support can match it against the CRM's
 * own log. Same idea as lib/http's `fingerprintOf` for bodies.
 */
export function vendorMessageSummary(message: string): string {
  const text = message.trim();
  if (!text) return 'sem mensagem do CRM';
  const kind = MESSAGE_CLASSES.find(([, re]) => re.test(text))?.[0] ?? 'outro';
  const sha = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return `mensagem do CRM: ${kind} (${text.length} caracteres, sha256 ${sha})`;
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
