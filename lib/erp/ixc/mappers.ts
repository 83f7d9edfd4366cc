import type {
  Cliente,
  ClientePatch,
  Contato,
  Documento,
  EnderecoPagador,
  Fatura,
  NotaFiscal,
  Plano,
} from '@/lib/domain/types';
import {
  boolOf,
  invalid,
  moneyOf,
  normalizeDoc,
  optionalDate,
  optionalText,
  requiredDate,
  textOf,
} from '../vendor-values';
import type { IxcAreceber, IxcCliente, IxcContrato, IxcSaida } from './schemas';

/** IXC rows → domain types, in one place (INTEGRATIONS.md §E). */
export type IxcClienteRow = IxcCliente;
const V = 'ixc';

export function toCliente(c: IxcCliente): Cliente {
  const tipo = textOf(c.tipo_pessoa).toUpperCase();
  const documento = normalizeDoc(c.cnpj_cpf);
  return {
    id: textOf(c.id),
    documento,
    nome: textOf(c.razao) || textOf(c.fantasia),
    tipoPessoa: tipo === 'J' || tipo === 'F' ? tipo : documento.length === 14 ? 'J' : 'F',
    ativo: textOf(c.ativo).toUpperCase() !== 'N',
  };
}

/** `email` may hold several addresses ("a@x.com; b@y.com"); phones come in three fields, often repeated. */
export function toContatos(c: IxcCliente): Contato[] {
  const out: Contato[] = [];
  const seen = new Set<string>();
  const add = (type: Contato['type'], value: string) => {
    const key = `${type}:${type === 'phone' ? value.replace(/\D/g, '') : value.toLowerCase()}`;
    if (value && !seen.has(key)) {
      seen.add(key);
      out.push({ type, value });
    }
  };
  for (const e of textOf(c.email).split(/[;,\s]+/)) if (e.includes('@')) add('email', e.trim());
  for (const p of [c.telefone_celular, c.whatsapp, c.fone]) {
    const t = textOf(p);
    if (t.replace(/\D/g, '').length >= 8) add('phone', t);
  }
  return out;
}

/** Titles the kiosk may show: released (liberado=S), not cancelled (C), not received (R). */
export function isOpen(a: IxcAreceber): boolean {
  const status = textOf(a.status).toUpperCase();
  return textOf(a.liberado).toUpperCase() === 'S' && status !== 'C' && status !== 'R';
}

/**
 * Late charges of an overdue title: computed from its billing wallet (encargos.ts), or unknown when the wallet
 * could not be read. `null` = the title is not overdue (nothing to add).
 */
export type EncargosTitulo = { multa: number; juros: number } | 'desconhecidos' | null;

/** What is still open on a title: `valor_aberto` (absent on some versions → `valor`). */
export function valorAberto(a: IxcAreceber): number {
  const id = textOf(a.id);
  const face = moneyOf(a.valor, `valor do título ${id}`, V, null);
  if (face === null) throw invalid(V, `título ${id} sem valor`);
  return moneyOf(a.valor_aberto, `valor_aberto do título ${id}`, V, null) ?? face;
}

export function toFatura(
  a: IxcAreceber,
  cliente: Cliente,
  planoNome: (idContrato: string) => string | null,
  encargos: EncargosTitulo,
): Fatura {
  const id = textOf(a.id);
  const face = moneyOf(a.valor, `valor do título ${id}`, V, null);
  if (face === null) throw invalid(V, `título ${id} sem valor`);
  // P (parcial): only what is still open is due.
  const aberto = valorAberto(a);
  // valor_juros / valor_multas / valor_total_com_juros are payment fields (zero or absent on an open title,
  // INTEGRATIONS.md §E Corrections): the charges come from the wallet, computed by the adapter.
  const { multa, juros } = encargos && encargos !== 'desconhecidos' ? encargos : { multa: 0, juros: 0 };
  const idContrato = textOf(a.id_contrato);
  const recebido = moneyOf(a.valor_recebido, `valor_recebido do título ${id}`, V, 0) ?? 0;
  const valorPago = recebido > 0 ? recebido : Math.max(0, face - aberto);
  return {
    id,
    documento: cliente.documento,
    nomeCliente: cliente.nome,
    valorInicial: face,
    // Not clamped to the face value: a partly paid title (status P) owes less than it was issued for.
    valorFinal: aberto + juros + multa,
    juros,
    multa,
    emissao: optionalDate(textOf(a.data_emissao)),
    vencimento: requiredDate(textOf(a.data_vencimento), `data_vencimento do título ${id}`, V),
    historico:
      (idContrato && planoNome(idContrato)) || textOf(a.obs) || (idContrato ? `Contrato ${idContrato}` : ''),
    linkBoleto: optionalText(a.gateway_link),
    linhaDigitavel: optionalText(a.linha_digitavel),
    codeFatura: optionalText(a.nn_boleto) ?? optionalText(a.documento),
    identifier: null,
    // get_boleto and the baixa take the fn_areceber id itself.
    remoteId: id,
    pixCode: null,
    valorPago: valorPago > 0 ? valorPago : null,
    ...(encargos === 'desconhecidos' ? { encargosDesconhecidos: true } : {}),
  };
}

/**
 * status (A ativo, I inativo, P pré-contrato, N negativado, D desistiu) × status_internet (A ativo,
 * D desativado, CM bloqueio manual, CA bloqueio automático, FA financeiro em atraso, AA aguardando assinatura).
 */
export function toPlano(c: IxcContrato): Plano {
  const status = textOf(c.status).toUpperCase();
  const internet = textOf(c.status_internet).toUpperCase();
  const blocked = ['CM', 'CA', 'FA'].includes(internet);
  const mapped: Plano['status'] =
    status === 'I' || status === 'D'
      ? 'cancelado'
      : status === 'N' || internet === 'D'
        ? 'suspenso'
        : blocked
          ? 'bloqueado'
          : status === 'A' && internet === 'A'
            ? 'ativo'
            : 'outro';
  return {
    id: textOf(c.id),
    nome: textOf(c.contrato) || `Contrato ${textOf(c.id)}`,
    status: mapped,
    // A manual block (CM) is staff's decision: the totem only offers the unlock for automatic/financial ones.
    desbloqueioDisponivel:
      mapped === 'bloqueado' &&
      internet !== 'CM' &&
      textOf(c.desbloqueio_confianca).toUpperCase() === 'S' &&
      !boolOf(c.desbloqueio_confianca_ativo),
    valor: null,
  };
}

export function toNotaFiscal(s: IxcSaida): NotaFiscal {
  const id = textOf(s.id);
  return {
    id,
    numero: textOf(s.numero_nf) || textOf(s.numero) || id,
    emissao: optionalDate(textOf(s.data_emissao)),
    valor: moneyOf(s.valor_total, `valor_total da saída ${id}`, V, 0) ?? 0,
  };
}

/** ClientePatch key → IXC `cliente` field. cidade/uf are ids in IXC: resolved separately. */
export const PATCH_FIELDS: Record<Exclude<keyof ClientePatch, 'cidade' | 'uf'>, string> = {
  email: 'email',
  telefone: 'fone',
  celular: 'telefone_celular',
  cep: 'cep',
  endereco: 'endereco',
  numero: 'numero',
  complemento: 'complemento',
  bairro: 'bairro',
};

export function sameDocumento(a: Documento, b: unknown): boolean {
  return normalizeDoc(typeof b === 'string' || typeof b === 'number' ? b : '') === a;
}

/** get_pix `expiracaoPix` "DD/MM/YYYY HH:mm:ss" (São Paulo time) → ISO timestamp; anything else → null. */
export function pixExpiry(value: string | null): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value?.trim() ?? '');
  if (!m) return null;
  return `${m[3]}-${m[2]}-${m[1]}T${m[4] ?? '23'}:${m[5] ?? '59'}:${m[6] ?? '59'}-03:00`;
}

/**
 * The payer's address from the `cliente` row: `cidade` and `uf` are ids in IXC, resolved by the caller to the
 * city's name and the state's sigla (null when they could not be). No street, no address.
 */
export function toEnderecoPagador(
  c: IxcCliente,
  cidade: string | null,
  uf: string | null,
): EnderecoPagador | null {
  const logradouro = textOf(c.endereco);
  if (!logradouro) return null;
  const cep = textOf(c.cep).replace(/\D/g, '');
  return {
    logradouro,
    numero: optionalText(c.numero),
    complemento: optionalText(c.complemento),
    bairro: optionalText(c.bairro),
    cidade,
    uf,
    cep: cep.length === 8 ? cep : null,
  };
}
