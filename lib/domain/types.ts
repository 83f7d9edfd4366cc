import type { IsoDate } from './dates';
import type { Centavos } from './money';

/**
 * A CPF (11 digits) or CNPJ (14 characters, `[0-9A-Z]{12}` + 2 digits), normalised: no mask, upper case.
 * Produced only by `parseDocumento` in lib/br.
 */
export type Documento = string;
export type DocumentoKind = 'cpf' | 'cnpj';

export interface Cliente {
  /** The ERP's own id for the customer. */
  id: string;
  documento: Documento;
  nome: string;
  tipoPessoa: 'F' | 'J';
  /** false when the ERP marks the registration inactive. */
  ativo: boolean;
}

export interface Contato {
  type: 'email' | 'phone';
  value: string;
}

/**
 * An open fatura as the 004 contract describes it ("Listar faturas"), in domain terms. Money in centavos;
 * `valorFinal` is the amount due today (face value plus juros and multa when overdue).
 */
export interface Fatura {
  /** Contract `fatura`: the fatura id used in every later call. */
  id: string;
  documento: Documento;
  nomeCliente: string;
  valorInicial: Centavos;
  valorFinal: Centavos;
  juros: Centavos;
  multa: Centavos;
  emissao: IsoDate | null;
  vencimento: IsoDate;
  /** Plan id or name. */
  historico: string;
  /** URL of the ERP's own boleto PDF, when it has one. */
  linkBoleto: string | null;
  /** As the ERP sent it (may be masked or malformed: validated before use). */
  linhaDigitavel: string | null;
  codeFatura: string | null;
  /** Which configured Pix key to use when the ERP supplies no `pixCode`. */
  identifier: string | null;
  /** Boleto id in the ERP (for the PDF and baixa functions). */
  remoteId: string | null;
  /** Pix copia-e-cola supplied by the ERP (validated before use). */
  pixCode: string | null;
  /** When the ERP's Pix code expires, if known (ISO timestamp or date). */
  pixExpiraEm?: string | null;
  /**
   * What was already received on this fatura (a partly paid title), when the ERP says so. A boleto carrying
   * the full face value would then charge it again, so the integrity gate refuses one.
   */
  valorPago?: Centavos | null;
  /** A discount the ERP says is included in `valorFinal` (contract field `desconto`), when it says so. */
  desconto?: Centavos | null;
  /**
   * The ERP could not tell what an overdue fatura costs today (e.g. IXC's billing wallet unreadable): the
   * registered boleto still works (the bank adds the charges), but no amount may be promised for Pix.
   */
  encargosDesconhecidos?: boolean;
  /**
   * Why Pix cannot be offered for this fatura at all (pt-BR, for the customer), e.g. the ERP's code expired and
   * the fatura's wallet does not accept a payment to the configured key. Null/absent: Pix follows the usual rules.
   */
  pixIndisponivel?: string | null;
  /** The payer's address, when the ERP supplies it (printed on the ficha de compensação). */
  enderecoPagador?: EnderecoPagador | null;
  /** The wallet's late-payment terms, when the ERP states them (printed in the boleto's instructions). */
  regrasAtraso?: RegrasAtraso | null;
}

/**
 * The payer's postal address as the ERP holds it: banks require it on the ficha de compensação with the name and
 * CPF/CNPJ. Any part may be unknown (null); an address with no street is not printed.
 */
export interface EnderecoPagador {
  logradouro: string;
  numero: string | null;
  complemento: string | null;
  bairro: string | null;
  cidade: string | null;
  uf: string | null;
  /** Eight digits, no mask. */
  cep: string | null;
}

/**
 * The late-payment terms of a fatura (its billing wallet), printed as the boleto's instructions. Rates are
 * percentages as decimal numbers (2 = 2 %); a term the ERP does not state is null.
 */
export interface RegrasAtraso {
  multa: { kind: 'percentual'; percentual: number } | { kind: 'valor'; valor: Centavos } | null;
  juros:
    | { kind: 'percentual_mes'; percentual: number }
    | { kind: 'percentual_dia'; percentual: number }
    | { kind: 'valor_dia'; valor: Centavos }
    | null;
}

export type FaturaStatus = 'vencida' | 'a_vencer';

export interface Plano {
  id: string;
  nome: string;
  /** ERP status text mapped to a small set. */
  status: 'ativo' | 'bloqueado' | 'suspenso' | 'cancelado' | 'outro';
  /** Whether the ERP says a trust unlock is possible now. */
  desbloqueioDisponivel: boolean;
  valor?: Centavos | null;
}

/**
 * Why a trust unlock did or did not happen, as a closed set every adapter maps its ERP's answers to (IXC codes
 * 106/107/109/113, the http-contract's `codigo`). The pt-BR sentence for each is in lib/erp/desbloqueio.ts.
 */
export const DESBLOQUEIO_MOTIVOS = [
  'liberado',
  'ja_ativo',
  'ja_usado',
  'contrato_inativo',
  'plano_nao_encontrado',
  'nao_disponivel',
  'recusado',
] as const;
export type DesbloqueioMotivo = (typeof DESBLOQUEIO_MOTIVOS)[number];

export interface DesbloqueioResultado {
  ok: boolean;
  motivo: DesbloqueioMotivo;
  /** Message for people (pt-BR), from the closed mapping of `motivo` (never the ERP's own text). */
  mensagem: string;
  liberadoAte?: IsoDate | null;
}

export interface NotaFiscal {
  id: string;
  numero: string;
  emissao: IsoDate | null;
  valor: Centavos;
}

export interface ChamadoInput {
  assunto: string;
  mensagem: string;
  planoId?: string;
}

export interface Chamado {
  id: string;
  protocolo?: string | null;
}

export interface BaixaInput {
  boletoId: string;
  documento: Documento;
  transaction: {
    id: string;
    valor: Centavos;
    pagoEm: string;
    meio: 'pix' | 'boleto' | 'cartao' | 'dinheiro';
  };
}

export interface BaixaResultado {
  success: boolean;
  apiResponse: string;
}

/** The installation address typed at the totem ("Quero ser cliente"). */
export interface EnderecoPedido {
  cep: string;
  logradouro: string;
  numero: string;
  complemento: string;
  bairro: string;
  cidade: string;
  uf: string;
}

export interface PedidoInput {
  itens: { produtoId: string; quantidade: number }[];
  mensagem: string;
  cliente?: {
    nome: string;
    documento: Documento;
    email?: string;
    telefone?: string;
    celular?: string;
    endereco?: EnderecoPedido;
  };
  vencimentoId?: string;
  revendedorId?: string;
  origemId?: string;
}

export interface PedidoResultado {
  remoteId: string;
  remoteMessage?: string | null;
  isIssue?: boolean;
}

export interface LeadInput {
  nome: string;
  documento?: Documento;
  email?: string;
  telefone?: string;
  mensagem?: string;
}

export interface CodigoNome {
  code: string;
  name: string;
}

export interface Revendedor extends CodigoNome {
  taxvat: string;
  email: string;
}

/** Registration fields a customer may edit; absent keys are left unchanged. */
export interface ClientePatch {
  email?: string;
  telefone?: string;
  celular?: string;
  cep?: string;
  endereco?: string;
  numero?: string;
  complemento?: string;
  bairro?: string;
  cidade?: string;
  uf?: string;
}
