import type {
  BaixaInput,
  BaixaResultado,
  Chamado,
  ChamadoInput,
  Cliente,
  ClientePatch,
  CodigoNome,
  Contato,
  DesbloqueioResultado,
  Documento,
  Fatura,
  LeadInput,
  NotaFiscal,
  PedidoInput,
  PedidoResultado,
  Plano,
  Revendedor,
} from '@/lib/domain';

/**
 * The ERP port: one method per function of the integration contract
 * (`../shared/seeds/004_e3e604e1b1a65c2b.txt`), in domain terms.
 *
 * Rules every adapter follows:
 * - "not found" is `null` (or an empty list), never an exception;
 * - every other failure is a `DomainError` (ERP_TIMEOUT, ERP_INDISPONIVEL, ERP_RESPOSTA_INVALIDA,
 *   AUTENTICACAO_ERP, ERP_REJEITOU ...); nothing else is thrown past the adapter;
 * - `documento` arguments are already validated and normalised (lib/br `parseDocumento`);
 * - optional functions exist on the adapter exactly when their capability is declared.
 */
export const ERP_CAPABILITIES = [
  'boletoPdf',
  'baixa',
  'contatos',
  'pendencias',
  'planos',
  'planosBloqueados',
  'desbloqueio',
  'notasFiscais',
  'notaFiscalPdf',
  'chamado',
  'pedido',
  'pedidoClienteExistente',
  'lead',
  'revendedores',
  'produtos',
  'datasVencimento',
  'origensComerciais',
  'atualizarCliente',
] as const;

export type ErpCapability = (typeof ERP_CAPABILITIES)[number];

export interface ErpHealth {
  state: 'up' | 'degraded' | 'circuit_open' | 'down';
  detail?: string;
}

export interface ErpAdapter {
  /** Registry id: `demo`, `http-contract`, `ixc` ... */
  readonly id: string;
  readonly capabilities: ReadonlySet<ErpCapability>;
  /**
   * true when the ERP has no "Informações do cliente": a customer is then known only by open faturas, so a
   * `null` from findCliente means "nothing open" as much as "no registration", and must not be told as the latter.
   */
  readonly clienteSoPorFaturas?: boolean;

  /** Informações do cliente. */
  findCliente(documento: Documento): Promise<Cliente | null>;
  /** Listar faturas do cliente / Listagem de boletos para totem: open faturas only (paid ones excluded). */
  listFaturas(documento: Documento): Promise<Fatura[]>;
  /** Pegar uma fatura pelo ID: `null` unless the fatura exists AND belongs to `documento`. */
  getFatura(documento: Documento, faturaId: string): Promise<Fatura | null>;
  /** Pegar contatos do cliente (email, celular). */
  listContatos(documento: Documento): Promise<Contato[]>;

  /** Pegar pdf de um boleto: the PDF bytes (callers still validate them). */
  getBoletoPdf?(boletoId: string): Promise<Uint8Array>;
  /** Baixa de boleto. */
  baixarBoleto?(input: BaixaInput): Promise<BaixaResultado>;
  /** Pegar texto para avaliar pendência interna. */
  listPendencias?(documento: Documento): Promise<string[]>;
  listPlanos?(documento: Documento): Promise<Plano[]>;
  listPlanosBloqueados?(documento: Documento): Promise<Plano[]>;
  desbloquear?(documento: Documento, planoId: string): Promise<DesbloqueioResultado>;
  listNotasFiscais?(documento: Documento): Promise<NotaFiscal[]>;
  getNotaFiscalPdf?(documento: Documento, notaId: string): Promise<Uint8Array>;
  criarChamado?(documento: Documento, input: ChamadoInput): Promise<Chamado>;
  criarPedido?(input: PedidoInput): Promise<PedidoResultado>;
  criarPedidoClienteExistente?(documento: Documento, input: PedidoInput): Promise<PedidoResultado>;
  criarLead?(input: LeadInput): Promise<void>;
  listRevendedores?(): Promise<Revendedor[]>;
  listProdutos?(): Promise<CodigoNome[]>;
  listDatasVencimento?(): Promise<CodigoNome[]>;
  listOrigensComerciais?(): Promise<CodigoNome[]>;
  atualizarCliente?(documento: Documento, patch: ClientePatch): Promise<void>;

  /** Cheap state for /api/health; never contains secrets. */
  health?(): Promise<ErpHealth>;
}

export function hasCapability(adapter: ErpAdapter, capability: ErpCapability): boolean {
  return adapter.capabilities.has(capability);
}
