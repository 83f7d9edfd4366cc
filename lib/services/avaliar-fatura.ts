import { parseLinhaDigitavel, type BoletoInfo } from '@/lib/boleto';
import { diffDays, type IsoDate } from '@/lib/domain/dates';
import type { ErrorCode } from '@/lib/domain/errors';
import { formatBRL, type Centavos } from '@/lib/domain/money';
import type { Fatura, FaturaStatus } from '@/lib/domain/types';
import { buildPixPayload, parsePixPayload, pixTxid } from '@/lib/pix';

/**
 * The integrity gate (ARCHITECTURE.md "Boleto integrity"): before a boleto or Pix is shown as payable, the
 * linha digitável is validated digit by digit and its encoded value and due date are compared with the
 * fatura; the ERP's Pix code is parsed, CRC-checked and its amount compared with the amount due. A wrong
 * barcode sends money to the wrong place, so anything that does not match is refused, with the reason kept
 * for staff (`motivo`) and a closed code for customers.
 */

export interface PixKey {
  key: string;
  name: string;
  city: string;
}

export interface PixKeys {
  defaultKey: PixKey | null;
  byIdentifier: Record<string, PixKey>;
}

export type BoletoCheck =
  | { ok: true; info: BoletoInfo }
  | { ok: false; code: Extract<ErrorCode, 'BOLETO_INCONSISTENTE'>; motivo: string; semLinha: boolean };

export type PixCheck =
  | { ok: true; payload: string; amount: Centavos; source: 'erp' | 'configurada'; expiraEm: string | null }
  | { ok: false; code: Extract<ErrorCode, 'PIX_INCONSISTENTE' | 'FUNCAO_INDISPONIVEL'>; motivo: string };

/**
 * How the difference between the face value and the amount due is explained: juros and multa as the ERP split
 * them; one "acréscimos" figure when the ERP sent a higher `valor_final` without (or with an inconsistent)
 * split; a discount; or nothing.
 */
export type Encargos =
  | { kind: 'detalhados'; juros: Centavos; multa: Centavos }
  | { kind: 'acrescimos'; valor: Centavos }
  | { kind: 'nenhum' };

/**
 * Why the amount in the barcode differs from the amount due, for the customer (the barcode is still payable):
 * - `encargos_no_banco`: the registered boleto carries the face value; the bank adds juros and multa at payment;
 * - `desconto`: the ERP says a discount is included in the amount due; the barcode carries the full value;
 * - `boleto_maior`: the barcode charges more than the amount due and the ERP did not say why (a discount or a
 *   payment already made): the customer is told both figures before paying.
 */
export type AvisoValor = {
  kind: 'encargos_no_banco' | 'desconto' | 'boleto_maior';
  valorBoleto: Centavos;
} | null;

export interface FaturaAvaliada {
  fatura: Fatura;
  encargos: Encargos;
  avisoValor: AvisoValor;
  /** The date the evaluation was made for (São Paulo calendar). */
  hoje: IsoDate;
  status: FaturaStatus;
  diasAtraso: number;
  /** What the customer pays today: the updated value when overdue, else the face value. */
  valorDevido: Centavos;
  boleto: BoletoCheck;
  pix: PixCheck;
}

export function faturaStatus(fatura: Fatura, today: IsoDate): FaturaStatus {
  return fatura.vencimento < today ? 'vencida' : 'a_vencer';
}

export function valorDevido(fatura: Fatura): Centavos {
  // valor_final is what the ERP says is due now (it may include a discount); fall back to the face value.
  return fatura.valorFinal > 0 ? fatura.valorFinal : fatura.valorInicial;
}

const MOTIVO_BOLETO: Record<string, string> = {
  vazio: 'o ERP não enviou a linha digitável',
  caracteres: 'a linha digitável tem caracteres inválidos',
  tamanho: 'a linha digitável não tem 47 nem 48 dígitos',
  dv_campo: 'um dígito verificador de campo da linha digitável não confere',
  dv_geral: 'o dígito verificador geral do código de barras não confere',
  moeda: 'o código de moeda não é Real (9)',
  identificador_valor: 'o identificador de valor da arrecadação é inválido',
};

export function checkBoleto(fatura: Fatura, today: IsoDate): BoletoCheck {
  const raw = fatura.linhaDigitavel?.trim() ?? '';
  if (raw === '') {
    return { ok: false, code: 'BOLETO_INCONSISTENTE', motivo: MOTIVO_BOLETO.vazio ?? '', semLinha: true };
  }
  const parsed = parseLinhaDigitavel(raw, today);
  if (!parsed.ok) {
    return {
      ok: false,
      code: 'BOLETO_INCONSISTENTE',
      motivo: MOTIVO_BOLETO[parsed.reason] ?? `linha digitável inválida (${parsed.reason})`,
      semLinha: false,
    };
  }
  const info = parsed.boleto;
  const fail = (motivo: string): BoletoCheck => ({
    ok: false,
    code: 'BOLETO_INCONSISTENTE',
    motivo,
    semLinha: false,
  });

  // Value: the face value, the updated value, or zero/absent (an open-value boleto typed at payment). Once
  // part of the fatura was paid, the face value is no longer an amount the customer owes.
  const pago = fatura.valorPago ?? 0;
  if (pago > 0 && info.valor !== null && info.valor !== 0 && info.valor !== fatura.valorFinal) {
    return fail(
      `a fatura já tem ${formatBRL(pago)} pagos e o código de barras cobra ${formatBRL(info.valor)}, ` +
        `não o saldo de ${formatBRL(fatura.valorFinal)}`,
    );
  }
  if (
    info.valor !== null &&
    info.valor !== 0 &&
    info.valor !== fatura.valorInicial &&
    info.valor !== fatura.valorFinal
  ) {
    return fail(
      `o valor no código de barras (${formatBRL(info.valor)}) difere da fatura (${formatBRL(fatura.valorInicial)}` +
        (fatura.valorFinal !== fatura.valorInicial ? ` ou ${formatBRL(fatura.valorFinal)})` : ')'),
    );
  }
  // Due date: the fatura's own, or absent (fator 0000). A re-issued boleto carries the updated value and a
  // later due date; anything else points at another boleto.
  if (info.vencimento !== null && info.vencimento !== fatura.vencimento) {
    const reissued =
      info.valor === fatura.valorFinal &&
      fatura.valorFinal !== fatura.valorInicial &&
      info.vencimento > fatura.vencimento;
    if (!reissued) {
      return fail(
        `o vencimento no código de barras (${info.vencimento}) difere da fatura (${fatura.vencimento})`,
      );
    }
  }
  return { ok: true, info };
}

export function checkPix(fatura: Fatura, keys: PixKeys): PixCheck {
  const amount = valorDevido(fatura);
  const erpCode = fatura.pixCode?.trim();
  if (erpCode) {
    const parsed = parsePixPayload(erpCode);
    if (!parsed.ok) {
      return {
        ok: false,
        code: 'PIX_INCONSISTENTE',
        motivo: `o código Pix do ERP é inválido (${parsed.reason})`,
      };
    }
    if (parsed.pix.amount !== null && parsed.pix.amount !== amount) {
      return {
        ok: false,
        code: 'PIX_INCONSISTENTE',
        motivo: `o valor do Pix do ERP (${formatBRL(parsed.pix.amount)}) difere do valor devido (${formatBRL(amount)})`,
      };
    }
    return { ok: true, payload: erpCode, amount, source: 'erp', expiraEm: fatura.pixExpiraEm ?? null };
  }
  if (fatura.pixIndisponivel) {
    return { ok: false, code: 'FUNCAO_INDISPONIVEL', motivo: fatura.pixIndisponivel };
  }
  if (fatura.encargosDesconhecidos) {
    // A Pix to the key must carry the amount due, and nobody could say what it is today.
    return {
      ok: false,
      code: 'FUNCAO_INDISPONIVEL',
      motivo: 'o valor atualizado desta fatura vencida não está disponível agora',
    };
  }
  const key = (fatura.identifier ? keys.byIdentifier[fatura.identifier] : undefined) ?? keys.defaultKey;
  if (!key) {
    return {
      ok: false,
      code: 'FUNCAO_INDISPONIVEL',
      motivo: 'nenhuma chave Pix configurada para esta fatura',
    };
  }
  const payload = buildPixPayload({
    key: key.key,
    merchantName: key.name,
    merchantCity: key.city,
    amount,
    txid: pixTxid(fatura.id),
  });
  return { ok: true, payload, amount, source: 'configurada', expiraEm: null };
}

export function encargosDe(fatura: Fatura): Encargos {
  const diff = fatura.valorFinal - fatura.valorInicial + (fatura.desconto ?? 0) + (fatura.valorPago ?? 0);
  const split = fatura.juros + fatura.multa;
  if (split > 0 && split === diff) return { kind: 'detalhados', juros: fatura.juros, multa: fatura.multa };
  if (diff > 0) return { kind: 'acrescimos', valor: diff };
  return { kind: 'nenhum' };
}

export function avisoValor(fatura: Fatura, boleto: BoletoCheck): AvisoValor {
  if (!boleto.ok || boleto.info.valor === null || boleto.info.valor === 0) return null;
  const valorBoleto = boleto.info.valor;
  const devido = valorDevido(fatura);
  if (valorBoleto === devido) return null;
  if (valorBoleto < devido) return { kind: 'encargos_no_banco', valorBoleto };
  if ((fatura.desconto ?? 0) > 0) return { kind: 'desconto', valorBoleto };
  return { kind: 'boleto_maior', valorBoleto };
}

export function avaliarFatura(fatura: Fatura, today: IsoDate, keys: PixKeys): FaturaAvaliada {
  const boleto = checkBoleto(fatura, today);
  return {
    fatura,
    encargos: encargosDe(fatura),
    avisoValor: avisoValor(fatura, boleto),
    hoje: today,
    status: faturaStatus(fatura, today),
    diasAtraso: Math.max(0, diffDays(fatura.vencimento, today)),
    valorDevido: valorDevido(fatura),
    boleto,
    pix: checkPix(fatura, keys),
  };
}
