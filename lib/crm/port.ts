import type { Documento } from '@/lib/domain';

/**
 * The CRM port (seeds 000–003): find a customer's registration by CPF/CNPJ, read it, and update it.
 *
 * Rules every adapter follows (as for the ERP port):
 * - "not found" is `null`, never an exception;
 * - every other failure is a `DomainError` with a closed CRM code (CRM_AUTENTICACAO, CRM_INDISPONIVEL,
 *   CRM_TIMEOUT, CRM_DADOS_INVALIDOS with the vendor's field messages in `fieldErrors`,
 *   CRM_RESPOSTA_INVALIDA, CRM_REJEITOU); nothing else is thrown past the adapter;
 * - `documento` arguments are already validated and normalised (lib/br `parseDocumento`);
 * - every vendor response is zod-parsed at the adapter's edge; vendor strings never reach the UI.
 */

/** The registration fields Totem knows, in domain terms. */
export const CRM_FIELDS = [
  'nome',
  'email',
  'telefone',
  'celular',
  'cep',
  'logradouro',
  'numero',
  'complemento',
  'bairro',
  'cidade',
  'uf',
  'pais',
  'dataNascimento',
] as const;

export type CrmField = (typeof CRM_FIELDS)[number];

export interface CrmCliente {
  /** The CRM's own id for the record (Perfex userid, Vtiger `12x34`, Gestor id ...). */
  id: string;
  documento: Documento;
  /** Nome (PF) or razão social (PJ). */
  nome: string;
  tipo: 'F' | 'J';
  email: string | null;
  /** Landline, digits only with DDD (10 digits) — or as stored when it cannot be normalised. */
  telefone: string | null;
  /** Mobile, digits only with DDD (11 digits) — or as stored when it cannot be normalised. */
  celular: string | null;
  /** 8 digits. */
  cep: string | null;
  logradouro: string | null;
  numero: string | null;
  complemento: string | null;
  bairro: string | null;
  cidade: string | null;
  /** Two-letter UF. */
  uf: string | null;
  /** Country name as the domain knows it ("Brasil"); adapters map vendor ids. */
  pais: string | null;
  /** ISO YYYY-MM-DD when the CRM holds it (used for the ownership proof). */
  dataNascimento: string | null;
  ativo: boolean;
}

/** Fields a customer (or staff on their behalf) may change. Document and status never are. */
export type CrmPatch = Partial<Pick<CrmCliente, Exclude<CrmField, 'pais' | 'dataNascimento'>>>;

export interface CrmAdapter {
  /** Registry id: `demo`, `perfex-won`, `perfex-rest`, `vtiger`, `gestor-clientes-max`. */
  readonly id: string;
  /** Which fields this CRM really stores: the form shows only those (a field it drops would be lost).
   * Complete once the adapter has answered a call (Vtiger learns the install's fields from `describe` on its
   * first call): read it after `findClienteByDocumento`, not at start-up. */
  readonly fields: ReadonlySet<CrmField>;

  findClienteByDocumento(documento: Documento): Promise<CrmCliente | null>;
  getCliente(id: string): Promise<CrmCliente | null>;
  /** Writes only the fields in `patch` (adapters whose API replaces the whole record read, merge and write);
   * returns the record as stored after the write (read back). `null` or '' clears a field (never `nome`).
   * Values are checked and normalised first (lib/crm/patch.ts): a bad value, or a field outside `fields`, is
   * CRM_DADOS_INVALIDOS with `fieldErrors` and nothing is sent. An id the CRM does not have is
   * CLIENTE_NAO_ENCONTRADO. Never retried by the adapter once sent (it may have been applied). */
  updateCliente(id: string, patch: CrmPatch): Promise<CrmCliente>;

  /** Cheap state for /api/health; never contains secrets. */
  health?(): Promise<{ state: 'up' | 'degraded' | 'circuit_open' | 'down'; detail?: string }>;
}
