import type {
  BaixaInput,
  BaixaResultado,
  Chamado,
  ChamadoInput,
  Cliente,
  ClientePatch,
  CodigoNome,
  Contato,
  DesbloqueioMotivo,
  DesbloqueioResultado,
  Documento,
  EnderecoPagador,
  Fatura,
  LeadInput,
  NotaFiscal,
  PedidoInput,
  PedidoResultado,
  Plano,
  RegrasAtraso,
  Revendedor,
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
import type { z } from 'zod';
import { desbloqueioResultado } from '../desbloqueio';
import type {
  baixaSchema,
  chamadoSchema,
  clienteSchema,
  ContractFatura,
  contatoSchema,
  dataVencimentoSchema,
  desbloqueioSchema,
  notaFiscalSchema,
  origemSchema,
  pedidoSchema,
  planoSchema,
  produtoSchema,
  revendedorSchema,
} from './schemas';

/** Contract JSON ⇄ domain, in one place. */
const V = 'http-contract';

export function toFatura(raw: ContractFatura, documento: Documento): Fatura {
  const juros = moneyOf(raw.juros, 'juros', V, 0) ?? 0;
  const multa = moneyOf(raw.multa, 'multa', V, 0) ?? 0;
  const inicial = moneyOf(raw.valor_inicial, 'valor_inicial', V, null);
  const final = moneyOf(raw.valor_final, 'valor_final', V, null);
  if (inicial === null && final === null)
    throw invalid(V, `fatura ${textOf(raw.fatura)} sem valor_inicial nem valor_final`);
  const valorInicial = inicial ?? (final ?? 0) - juros - multa;
  const valorFinal = final ?? valorInicial + juros + multa;
  const id = textOf(raw.fatura);
  const pago = moneyOf(raw.valor_pago, 'valor_pago', V, 0) ?? 0;
  const desconto = moneyOf(raw.desconto, 'desconto', V, 0) ?? 0;
  return {
    id,
    documento: normalizeDoc(raw.document_number) || documento,
    nomeCliente: textOf(raw.nome_cliente),
    valorInicial,
    valorFinal,
    juros,
    multa,
    emissao: optionalDate(raw.emissao),
    vencimento: requiredDate(raw.vencimento, `vencimento da fatura ${id}`, V),
    historico: textOf(raw.historico),
    linkBoleto: optionalText(raw.link_boleto),
    linhaDigitavel: optionalText(raw.linha_digitavel),
    codeFatura: optionalText(raw.code_fatura),
    identifier: optionalText(raw.identifier),
    // The PDF and baixa functions take the boleto id; an ERP that has one id for both leaves remote_id empty.
    remoteId: optionalText(raw.remote_id) ?? id,
    pixCode: optionalText(raw.pix_code),
    // A partly paid fatura: the integrity gate refuses a barcode still carrying the full face value.
    ...(pago > 0 ? { valorPago: pago } : {}),
    ...(desconto > 0 ? { desconto } : {}),
    enderecoPagador: toEnderecoPagador(raw),
    regrasAtraso: toRegrasAtraso(raw),
  };
}

/** The optional `pagador_*` fields; no street, no address (the ficha then leaves the line out). */
function toEnderecoPagador(raw: ContractFatura): EnderecoPagador | null {
  const logradouro = textOf(raw.pagador_endereco);
  if (!logradouro) return null;
  const cep = textOf(raw.pagador_cep).replace(/\D/g, '');
  return {
    logradouro,
    numero: optionalText(raw.pagador_numero),
    complemento: optionalText(raw.pagador_complemento),
    bairro: optionalText(raw.pagador_bairro),
    cidade: optionalText(raw.pagador_cidade),
    uf: optionalText(raw.pagador_uf)?.toUpperCase() ?? null,
    cep: cep.length === 8 ? cep : null,
  };
}

/** "2", "2.00", "2,00" or a number → 2; empty, invalid or not positive → null. */
function percentual(value: ContractFatura['multa_percentual']): number | null {
  const t = textOf(value).replace('%', '').trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,6})?$/.test(t)) return null;
  const n = Number(t);
  return n > 0 ? n : null;
}

/** The optional `multa_percentual` / `juros_percentual_mes` (the boleto's late-payment instructions). */
function toRegrasAtraso(raw: ContractFatura): RegrasAtraso | null {
  const multa = percentual(raw.multa_percentual);
  const juros = percentual(raw.juros_percentual_mes);
  if (multa === null && juros === null) return null;
  return {
    multa: multa === null ? null : { kind: 'percentual', percentual: multa },
    juros: juros === null ? null : { kind: 'percentual_mes', percentual: juros },
  };
}

/** Oldest due date first (the one to pay first), ties by id so the order is stable. */
export function byVencimento(a: Fatura, b: Fatura): number {
  return a.vencimento.localeCompare(b.vencimento) || a.id.localeCompare(b.id, 'pt-BR', { numeric: true });
}

export function belongsTo(f: Fatura, documento: Documento): boolean {
  return normalizeDoc(f.documento) === documento;
}

export function toCliente(raw: z.infer<typeof clienteSchema>, documento: Documento): Cliente {
  const tipo = textOf(raw.tipo_pessoa).toUpperCase();
  return {
    id: optionalText(raw.remote_id) ?? optionalText(raw.id) ?? documento,
    documento: normalizeDoc(raw.document_number) || documento,
    nome: textOf(raw.nome),
    tipoPessoa: tipo === 'J' || tipo === 'F' ? tipo : documento.length === 14 ? 'J' : 'F',
    ativo:
      raw.ativo === undefined || raw.ativo === null || textOf(raw.ativo) === '' ? true : boolOf(raw.ativo),
  };
}

export function toContato(raw: z.infer<typeof contatoSchema>): Contato | null {
  const type = raw.type.trim().toLowerCase();
  const value = textOf(raw.value);
  if (value === '') return null;
  if (type === 'email' || type === 'e-mail') return { type: 'email', value };
  if (['phone', 'telefone', 'celular', 'whatsapp', 'mobile'].includes(type)) return { type: 'phone', value };
  return null;
}

const PLANO_STATUS: Record<string, Plano['status']> = {
  ativo: 'ativo',
  active: 'ativo',
  a: 'ativo',
  bloqueado: 'bloqueado',
  blocked: 'bloqueado',
  b: 'bloqueado',
  suspenso: 'suspenso',
  suspended: 'suspenso',
  s: 'suspenso',
  cancelado: 'cancelado',
  cancelled: 'cancelado',
  canceled: 'cancelado',
  c: 'cancelado',
};

export function toPlano(raw: z.infer<typeof planoSchema>): Plano {
  return {
    id: textOf(raw.id),
    nome: textOf(raw.nome),
    status: PLANO_STATUS[textOf(raw.status).toLowerCase()] ?? 'outro',
    desbloqueioDisponivel: boolOf(raw.desbloqueio_disponivel),
    valor: moneyOf(raw.valor, 'valor do plano', V, null),
  };
}

/** A refusal's `codigo`: the contract's names (docs/erp-contract.md), and IXC's numbers for IXC-backed automations. */
const DESBLOQUEIO_CODIGOS: Record<string, DesbloqueioMotivo> = {
  ja_ativo: 'ja_ativo',
  ja_usado: 'ja_usado',
  contrato_inativo: 'contrato_inativo',
  plano_nao_encontrado: 'plano_nao_encontrado',
  nao_disponivel: 'nao_disponivel',
  '106': 'plano_nao_encontrado',
  '107': 'ja_ativo',
  '109': 'contrato_inativo',
  '113': 'ja_usado',
};

/**
 * success → liberado; a refusal → its `codigo`, or "recusado" without one. The vendor's `mensagem` is not shown
 * (one pt-BR sentence per outcome, whatever the ERP wrote); it stays in the logs of the service.
 */
export function toDesbloqueio(raw: z.infer<typeof desbloqueioSchema>): DesbloqueioResultado {
  if (boolOf(raw.success)) return desbloqueioResultado('liberado', optionalDate(raw.liberado_ate));
  return desbloqueioResultado(DESBLOQUEIO_CODIGOS[textOf(raw.codigo).toLowerCase()] ?? 'recusado');
}

export function toNotaFiscal(raw: z.infer<typeof notaFiscalSchema>): NotaFiscal {
  const id = textOf(raw.id);
  return {
    id,
    numero: optionalText(raw.numero) ?? id,
    emissao: optionalDate(raw.emissao),
    valor: moneyOf(raw.valor, `valor da nota ${id}`, V, 0) ?? 0,
  };
}

export function toBaixa(raw: z.infer<typeof baixaSchema>): BaixaResultado {
  const r = raw.api_response;
  return {
    success: boolOf(raw.success),
    apiResponse: typeof r === 'string' ? r : r === undefined ? '' : JSON.stringify(r),
  };
}

export function toChamado(raw: z.infer<typeof chamadoSchema>): Chamado {
  return { id: textOf(raw.remote_id), protocolo: optionalText(raw.protocolo) };
}

export function toPedido(raw: z.infer<typeof pedidoSchema>): PedidoResultado {
  return {
    remoteId: textOf(raw.remote_id),
    remoteMessage: optionalText(raw.remote_message),
    isIssue: raw.is_issue === undefined ? undefined : boolOf(raw.is_issue),
  };
}

export const toRevendedor = (r: z.infer<typeof revendedorSchema>): Revendedor => ({
  code: textOf(r.code),
  name: textOf(r.name),
  taxvat: textOf(r.taxvat),
  email: textOf(r.email),
});
export const toProduto = (r: z.infer<typeof produtoSchema>): CodigoNome => ({
  code: textOf(r.codigo),
  name: textOf(r.nome),
});
export const toDataVencimento = (r: z.infer<typeof dataVencimentoSchema>): CodigoNome => ({
  code: textOf(r.code),
  name: textOf(r.name),
});
export const toOrigem = (r: z.infer<typeof origemSchema>): CodigoNome => ({
  code: textOf(r.code),
  name: textOf(r.description),
});

// ——— domain → contract inputs ———

const reais = (c: number) => (c / 100).toFixed(2);

export function transactionInput(t: BaixaInput['transaction']) {
  return { id: t.id, valor: reais(t.valor), pago_em: t.pagoEm, meio: t.meio };
}

export function orderInput(input: PedidoInput) {
  return {
    itens: input.itens.map((i) => ({ produto_id: i.produtoId, quantidade: String(i.quantidade) })),
    vencimento_id: input.vencimentoId ?? '',
    revendedor_id: input.revendedorId ?? '',
    origem_id: input.origemId ?? '',
    cliente: input.cliente
      ? {
          nome: input.cliente.nome,
          document_number: input.cliente.documento,
          email: input.cliente.email ?? '',
          telefone: input.cliente.telefone ?? '',
          celular: input.cliente.celular ?? '',
          endereco: input.cliente.endereco ?? null,
        }
      : null,
  };
}

export function leadInput(lead: LeadInput) {
  return {
    nome: lead.nome,
    document_number: lead.documento ?? '',
    email: lead.email ?? '',
    telefone: lead.telefone ?? '',
    mensagem: lead.mensagem ?? '',
  };
}

export function chamadoInput(documento: Documento, input: ChamadoInput) {
  return {
    customer_document_number: documento,
    assunto: input.assunto,
    mensagem: input.mensagem,
    plano_id: input.planoId ?? '',
  };
}

/** Only the keys the customer changed; the vendor merges. */
export function patchInput(patch: ClientePatch): Record<string, string> {
  return Object.fromEntries(
    Object.entries(patch).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}
