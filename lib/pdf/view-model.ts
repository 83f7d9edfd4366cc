import { formatLinhaDigitavel } from '@/lib/boleto';
import { formatDocumento, maskDocumento } from '@/lib/br';
import { formatDateBR } from '@/lib/domain/dates';
import { formatBRL } from '@/lib/domain/money';
import type { EnderecoPagador } from '@/lib/domain/types';
import { encargosDe, valorDevido } from '@/lib/services/avaliar-fatura';
import { camposDoBanco } from './campo-livre';
import { composicaoFicha, instrucaoAtraso } from './ficha';
import { formatBancoComDv, formatPixExpiry } from './format';
import { BANCOS, PDF_TEXTS as T, SEGMENTOS } from './texts';
import type { BoletoDocumentData } from './types';

/** Every string a boleto layout prints, formatted once (pt-BR money and dates, masked document). */
export interface BoletoView {
  beneficiario: { nome: string; cnpj: string; endereco: string };
  pagador: { nome: string; documento: string };
  faturaCodigo: string;
  historico: string;
  emissao: string;
  vencimento: string;
  valorDocumento: string;
  /** The receipt's charges: multa and juros as split, or one "acréscimos" figure when the ERP gave no split. */
  encargos: { label: string; value: string }[];
  /** What the customer pays today (the receipt's "(=) Valor a pagar hoje"). */
  valorCobrado: string;
  /** Set when the fatura is overdue on the issue date: explains the updated value. */
  instrucao: string | null;
  /** Bank name, or "Arrecadação · <segment>". */
  emissor: string;
  /** "341-7"; null for arrecadação, which has no bank code. */
  emissorCodigo: string | null;
  linhaDigitavel: string;
  codigoBarras: string;
  pix: { payload: string; validoAte: string | null } | null;
  rodape: string;
  /** The ficha's own fields: what a bank teller expects to find there. */
  ficha: {
    /** Full CPF/CNPJ: banks require it on the ficha (the receipt and the screen stay masked). */
    pagador: string;
    pagadorEndereco: string | null;
    /** The value the barcode encodes (the face value for an open-value boleto). */
    valorDocumento: string;
    /** The adjustment boxes (ficha.ts): '' leaves a box blank for the teller, as "(=) Valor cobrado" always is. */
    desconto: string;
    outrasDeducoes: string;
    moraMulta: string;
    outrosAcrescimos: string;
    agenciaCodigo: string;
    nossoNumero: string;
    carteira: string;
    dataProcessamento: string;
    instrucoes: string;
  };
  /** Printer resolution: barcode and QR modules in whole dots. */
  dpi: number | undefined;
}

export function boletoView(data: BoletoDocumentData): BoletoView {
  const { fatura, boleto, beneficiario } = data;
  const bancario = boleto.tipo === 'bancario' && boleto.banco !== null;
  const banco = boleto.banco ?? '';
  const vencida = fatura.vencimento < data.emitidoEm;
  const validoAte = data.pix ? formatPixExpiry(data.pix.expiraEm) : null;
  const campos = bancario ? camposDoBanco(banco, boleto.codigoBarras) : camposDoBanco(null, '');
  const composicao = composicaoFicha(fatura, boleto);
  const box = (value: number | null) => (value === null ? '' : formatBRL(value));
  const encargos = encargosDe(fatura);
  return {
    beneficiario: {
      nome: beneficiario.nome,
      cnpj: `${T.cnpj} ${formatDocumento(beneficiario.cnpj)}`,
      endereco: beneficiario.endereco,
    },
    pagador: { nome: fatura.nomeCliente, documento: maskDocumento(fatura.documento) },
    faturaCodigo: fatura.codeFatura ?? fatura.id,
    historico: fatura.historico,
    emissao: fatura.emissao ? formatDateBR(fatura.emissao) : formatDateBR(data.emitidoEm),
    vencimento: formatDateBR(fatura.vencimento),
    valorDocumento: formatBRL(fatura.valorInicial),
    encargos:
      encargos.kind === 'acrescimos'
        ? [{ label: T.acrescimos, value: formatBRL(encargos.valor) }]
        : [
            { label: T.multa, value: formatBRL(fatura.multa) },
            { label: T.juros, value: formatBRL(fatura.juros) },
          ],
    valorCobrado: formatBRL(valorDevido(fatura)),
    // Charges unknown (IXC wallet unreadable): the amount printed is the face value; the bank adds the rest.
    instrucao: !vencida
      ? null
      : fatura.encargosDesconhecidos
        ? T.instrucaoEncargosNoBanco
        : T.instrucaoVencida(formatDateBR(data.emitidoEm)),
    emissor: bancario
      ? (BANCOS[banco] ?? T.bancoGenerico(banco))
      : [T.convenio, SEGMENTOS[boleto.segmento ?? '']].filter(Boolean).join(' · '),
    emissorCodigo: bancario ? formatBancoComDv(banco) : null,
    linhaDigitavel: formatLinhaDigitavel(boleto.linhaDigitavel),
    codigoBarras: boleto.codigoBarras,
    pix: data.pix
      ? { payload: data.pix.payload, validoAte: validoAte ? T.pixValidoAte(validoAte) : null }
      : null,
    rodape: T.emitidoEm(formatDateBR(data.emitidoEm)),
    ficha: {
      pagador: `${fatura.nomeCliente} · ${formatDocumento(fatura.documento)}`,
      pagadorEndereco: formatEndereco(fatura.enderecoPagador),
      valorDocumento: formatBRL(composicao.valorDocumento),
      desconto: box(composicao.desconto),
      outrasDeducoes: box(composicao.outrasDeducoes),
      moraMulta: box(composicao.moraMulta),
      outrosAcrescimos: box(composicao.outrosAcrescimos),
      agenciaCodigo: campos.agenciaCodigo ?? '',
      nossoNumero: campos.nossoNumero ?? '',
      carteira: campos.carteira ?? '',
      dataProcessamento: formatDateBR(data.emitidoEm),
      instrucoes: [
        instrucaoAtraso(fatura.regrasAtraso) ?? T.instrucaoAtraso,
        composicao.totalHoje !== null
          ? T.instrucaoTotal(formatDateBR(data.emitidoEm), formatBRL(composicao.totalHoje))
          : vencida && fatura.encargosDesconhecidos
            ? T.instrucaoEncargosNoBanco
            : null,
      ]
        .filter(Boolean)
        .join('\n'),
    },
    dpi: data.printerDpi,
  };
}

/** "Rua das Flores, 120 - Apto 3 - Centro - São Paulo/SP - CEP 01310-100"; null without a street (never "undefined"). */
export function formatEndereco(e: EnderecoPagador | null | undefined): string | null {
  const logradouro = e?.logradouro.trim() ?? '';
  if (!e || logradouro === '') return null;
  const part = (v: string | null) => v?.trim() || null;
  const cidadeUf = [part(e.cidade), part(e.uf)?.toUpperCase() ?? null].filter(Boolean).join('/');
  const cep = part(e.cep)?.replace(/\D/g, '') ?? '';
  return [
    [logradouro, part(e.numero)].filter(Boolean).join(', '),
    part(e.complemento),
    part(e.bairro),
    cidadeUf || null,
    cep.length === 8 ? `CEP ${cep.slice(0, 5)}-${cep.slice(5)}` : null,
  ]
    .filter(Boolean)
    .join(' - ');
}
