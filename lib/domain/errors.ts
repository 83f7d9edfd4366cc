import { redactText } from './redact';

/**
 * The one error type that crosses layers. `code` is a closed list; each code has exactly one pt-BR message
 * for people (`messageFor`). Vendor text never reaches the UI: it stays in `cause`/`details` for logs.
 */
export const ERROR_CODES = [
  'DOCUMENTO_INVALIDO',
  'CLIENTE_NAO_ENCONTRADO',
  'CLIENTE_SEM_FATURAS',
  'FATURA_NAO_ENCONTRADA',
  'NOTA_NAO_ENCONTRADA',
  'SESSAO_EXPIRADA',
  'LIMITE_CONSULTAS',
  'ERP_INDISPONIVEL',
  'ERP_TIMEOUT',
  'ERP_RESPOSTA_INVALIDA',
  'AUTENTICACAO_ERP',
  'ERP_REJEITOU',
  'ERP_SEM_CONFIRMACAO',
  'BOLETO_INCONSISTENTE',
  'PIX_INCONSISTENTE',
  'PDF_INVALIDO',
  'FUNCAO_INDISPONIVEL',
  'CONFIGURACAO_INVALIDA',
  'CONFIRMACAO_INVALIDA',
  'PENDENCIA_INTERNA',
  'BANCO_INDISPONIVEL',
  'OPERACAO_EM_ANDAMENTO',
  'CADASTRO_PROVA_NECESSARIA',
  'CADASTRO_BLOQUEADO',
  'CADASTRO_SEM_PROVA',
  'CADASTRO_DADOS_INVALIDOS',
  'TOTEM_DESATIVADO',
  'EMAIL_NAO_CADASTRADO',
  'LIMITE_EMAIL',
  'EMAIL_FALHOU',
  'LIMITE_ADESAO',
  'ERRO_INTERNO',
  // CRM adapters (issue #10, lib/crm): the customer's registration, separate from billing.
  'CRM_AUTENTICACAO',
  'CRM_INDISPONIVEL',
  'CRM_TIMEOUT',
  'CRM_DADOS_INVALIDOS',
  'CRM_RESPOSTA_INVALIDA',
  'CRM_REJEITOU',
  // Staff desk (issue #13).
  'LOGIN_INVALIDO',
  'LOGIN_BLOQUEADO',
  'SESSAO_BALCAO_EXPIRADA',
  'ACESSO_NEGADO',
  'TROCA_DE_SENHA_OBRIGATORIA',
  'SENHA_FRACA',
  'SENHA_ATUAL_INCORRETA',
  'USUARIO_EXISTENTE',
  'USUARIO_NAO_ENCONTRADO',
  'USUARIO_INVALIDO',
  'BLOQUEIO_INVALIDO',
  // Hardening (issue #8): requests the kiosk never sends, and the boleto render queue.
  'PEDIDO_INVALIDO',
  'PEDIDO_GRANDE_DEMAIS',
  'IMPRESSAO_EM_ANDAMENTO',
  'FILA_DE_IMPRESSAO_CHEIA',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const MESSAGES: Record<ErrorCode, string> = {
  DOCUMENTO_INVALIDO: 'CPF ou CNPJ inválido. Confira os números digitados.',
  CLIENTE_NAO_ENCONTRADO: 'Não encontramos cadastro com este CPF ou CNPJ.',
  CLIENTE_SEM_FATURAS: 'Não há faturas em aberto para este CPF ou CNPJ.',
  FATURA_NAO_ENCONTRADA: 'Esta fatura não foi encontrada no seu cadastro.',
  NOTA_NAO_ENCONTRADA: 'Esta nota fiscal não foi encontrada no seu cadastro.',
  SESSAO_EXPIRADA: 'Sua sessão terminou. Digite seu CPF ou CNPJ novamente.',
  LIMITE_CONSULTAS: 'Muitas consultas seguidas. Aguarde um instante e tente de novo.',
  ERP_INDISPONIVEL:
    'O sistema de cobrança está fora do ar no momento. Tente novamente em alguns minutos ou procure o atendimento.',
  ERP_TIMEOUT: 'O sistema de cobrança demorou demais para responder. Tente novamente em instantes.',
  ERP_RESPOSTA_INVALIDA: 'O sistema de cobrança respondeu de forma inesperada. Procure o atendimento.',
  AUTENTICACAO_ERP: 'O totem não conseguiu se autenticar no sistema de cobrança. Procure o atendimento.',
  ERP_REJEITOU: 'O sistema de cobrança recusou o pedido. Procure o atendimento.',
  ERP_SEM_CONFIRMACAO:
    'O sistema de cobrança demorou demais e não confirmou se o pedido foi feito. Para não repetir o pedido, confira no atendimento antes de pedir de novo.',
  BOLETO_INCONSISTENTE:
    'Este boleto tem dados que não conferem com a fatura e não pode ser pago por aqui. Procure o atendimento.',
  PIX_INCONSISTENTE: 'O código Pix desta fatura não confere com o valor devido. Procure o atendimento.',
  PDF_INVALIDO:
    'O PDF recebido do sistema de cobrança não é válido e não foi impresso. Procure o atendimento.',
  FUNCAO_INDISPONIVEL: 'Esta função não está disponível neste totem.',
  CONFIGURACAO_INVALIDA: 'O totem está com a configuração incompleta. Procure o atendimento.',
  CONFIRMACAO_INVALIDA: 'Esta confirmação não vale mais. Volte e confirme de novo.',
  PENDENCIA_INTERNA: 'Há um aviso no seu cadastro. Procure o atendimento no balcão antes de continuar.',
  BANCO_INDISPONIVEL:
    'O totem está sem acesso ao banco de dados no momento. Tente novamente em alguns minutos ou procure o atendimento.',
  TOTEM_DESATIVADO: 'Este totem está desativado no momento. Procure o atendimento.',
  OPERACAO_EM_ANDAMENTO:
    'Este pedido ainda está sendo processado. Aguarde um instante antes de tentar de novo, para não repetir a operação.',
  CADASTRO_PROVA_NECESSARIA: 'Para alterar seus dados, confirme antes que o cadastro é seu.',
  CADASTRO_BLOQUEADO:
    'Muitas respostas erradas. A alteração de dados deste cadastro ficou bloqueada por um tempo. Procure o balcão de atendimento.',
  CADASTRO_SEM_PROVA:
    'Não temos como confirmar por aqui que o cadastro é seu. Atualize seus dados no balcão de atendimento.',
  CADASTRO_DADOS_INVALIDOS: 'Alguns dados não estão corretos. Confira os campos indicados.',
  EMAIL_NAO_CADASTRADO:
    'Não há e-mail no seu cadastro. Para receber boletos por e-mail, atualize seus dados no atendimento.',
  LIMITE_EMAIL:
    'Já enviamos boletos para o seu e-mail várias vezes agora há pouco. Confira sua caixa de entrada e o spam, ou tente mais tarde.',
  EMAIL_FALHOU: 'Não foi possível enviar o e-mail agora. Tente de novo em instantes ou imprima o boleto.',
  LIMITE_ADESAO:
    'Este totem já enviou muitos pedidos de adesão nesta hora. Procure o atendimento da loja ou tente mais tarde.',
  ERRO_INTERNO: 'Algo deu errado. Tente novamente ou procure o atendimento.',
  CRM_AUTENTICACAO: 'O totem não conseguiu se autenticar no sistema de cadastro. Procure o atendimento.',
  CRM_INDISPONIVEL:
    'O sistema de cadastro está fora do ar no momento. Tente novamente em alguns minutos ou procure o atendimento.',
  CRM_TIMEOUT: 'O sistema de cadastro demorou demais para responder. Tente novamente em instantes.',
  CRM_DADOS_INVALIDOS: 'O sistema de cadastro não aceitou alguns dados. Confira os campos indicados.',
  CRM_RESPOSTA_INVALIDA: 'O sistema de cadastro respondeu de forma inesperada. Procure o atendimento.',
  CRM_REJEITOU: 'O sistema de cadastro recusou o pedido. Procure o atendimento.',
  LOGIN_INVALIDO: 'Usuário ou senha incorretos.',
  LOGIN_BLOQUEADO:
    'Muitas tentativas de entrada erradas. Aguarde e tente de novo, ou peça a um supervisor que libere seu usuário em "Logins bloqueados".',
  SESSAO_BALCAO_EXPIRADA: 'Sua sessão no balcão terminou. Entre de novo.',
  ACESSO_NEGADO: 'Seu perfil não tem permissão para esta ação.',
  TROCA_DE_SENHA_OBRIGATORIA: 'Troque a senha temporária antes de continuar.',
  SENHA_FRACA: 'A senha não atende às regras. Veja os detalhes abaixo do campo.',
  SENHA_ATUAL_INCORRETA: 'A senha atual não confere.',
  USUARIO_EXISTENTE: 'Já existe um usuário com este nome de acesso.',
  USUARIO_NAO_ENCONTRADO: 'Usuário não encontrado.',
  USUARIO_INVALIDO:
    'O nome de acesso deve ter de 3 a 32 caracteres: letras minúsculas sem acento, números, ponto, hífen ou sublinhado.',
  BLOQUEIO_INVALIDO: 'Este bloqueio não pode ser liberado por aqui. Atualize a página e tente de novo.',
  PEDIDO_INVALIDO: 'Endereço inválido. Volte ao início e tente de novo.',
  PEDIDO_GRANDE_DEMAIS: 'Pedido grande demais para o totem. Volte ao início e tente de novo.',
  IMPRESSAO_EM_ANDAMENTO: 'Aguarde: o boleto anterior ainda está sendo preparado.',
  FILA_DE_IMPRESSAO_CHEIA: 'Muitos boletos sendo preparados agora. Tente de novo em instantes.',
};

/** Codes that are worth trying again after a pause (a later attempt may succeed). */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set([
  'ERP_INDISPONIVEL',
  'ERP_TIMEOUT',
  'LIMITE_CONSULTAS',
  'CRM_INDISPONIVEL',
  'CRM_TIMEOUT',
  'BANCO_INDISPONIVEL',
  'OPERACAO_EM_ANDAMENTO',
  'IMPRESSAO_EM_ANDAMENTO',
  'FILA_DE_IMPRESSAO_CHEIA',
]);

export function messageFor(code: ErrorCode): string {
  return MESSAGES[code];
}

export interface DomainErrorOptions {
  retryable?: boolean;
  cause?: unknown;
  /**
   * Internal detail for logs and staff; never shown to customers. Documents, e-mails and phones in it are
   * masked on construction (lib/domain/redact), whatever the caller passed: it ends up in logs.
   */
  details?: string;
  /** For LIMITE_CONSULTAS: seconds until the next attempt is allowed. */
  retryAfterSeconds?: number;
  /**
   * For CRM_DADOS_INVALIDOS: the vendor's own message per field, keyed by the domain field name (`email`,
   * `celular` …) when the adapter can tell which one, else by the vendor's field name. Vendor text for staff,
   * masked like `details`; kept out of the error's logged form (not enumerable: console and pino print the
   * error's own enumerable properties), since a vendor's sentence can still carry a name. The kiosk shows its
   * own pt-BR sentence next to the named field.
   */
  fieldErrors?: Readonly<Record<string, string>>;
}

/**
 * Next can load this module once per bundle layer (actions, pages, route handlers), each with its own class
 * object, so a plain `instanceof` fails for an error thrown by an adapter created in another layer. The brand
 * is a global symbol, and `instanceof` checks it.
 */
const BRAND = Symbol.for('totem.DomainError');

export class DomainError extends Error {
  readonly [BRAND] = true;
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly details?: string;
  readonly retryAfterSeconds?: number;
  declare readonly fieldErrors?: Readonly<Record<string, string>>;

  constructor(code: ErrorCode, options: DomainErrorOptions = {}) {
    const details = options.details === undefined ? undefined : redactText(options.details);
    super(details ? `${code}: ${details}` : code, { cause: options.cause });
    this.name = 'DomainError';
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE.has(code);
    this.details = details;
    this.retryAfterSeconds = options.retryAfterSeconds;
    const fieldErrors = options.fieldErrors
      ? Object.fromEntries(Object.entries(options.fieldErrors).map(([k, v]) => [k, redactText(v)]))
      : undefined;
    Object.defineProperty(this, 'fieldErrors', { value: fieldErrors, enumerable: false });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    // Subclasses (e.g. lib/http's CircuitOpenError) inherit this method: they keep the prototype check.
    if (this !== DomainError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  /** The pt-BR sentence for people. */
  get userMessage(): string {
    return messageFor(this.code);
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
