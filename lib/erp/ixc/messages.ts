import type { DesbloqueioMotivo } from '@/lib/domain/types';
import { DESBLOQUEIO_MENSAGENS } from '../desbloqueio';

/**
 * IXC's desbloqueio_confianca answers `{tipo, codigo, mensagem}`; every code goixc documents
 * (form_desbloqueio_confianca.go) maps to one outcome. IXC's own text stays in the logs.
 */
export const IXC_DESBLOQUEIO_CODIGOS: Record<string, DesbloqueioMotivo> = {
  /** Contract not found. */
  '106': 'plano_nao_encontrado',
  /** Trust unlock already active. */
  '107': 'ja_ativo',
  /** Contract inactive. */
  '109': 'contrato_inativo',
  /** Already used while a title is still unpaid. */
  '113': 'ja_usado',
};

/** An unknown code is a refusal, never a success. */
export function motivoDesbloqueioIxc(codigo: string): DesbloqueioMotivo {
  return IXC_DESBLOQUEIO_CODIGOS[codigo.trim()] ?? 'recusado';
}

export function mensagemDesbloqueio(codigo: string): string {
  return DESBLOQUEIO_MENSAGENS[motivoDesbloqueioIxc(codigo)];
}

/**
 * Why the Pix of a fatura cannot be offered when IXC has no payable code and the fatura's billing wallet does
 * not accept payments to the configured key (`permite_pagamento_por_chave_pix = N`). Shown after "Motivo:".
 */
export const PIX_MOTIVOS = {
  semPix: 'o sistema de cobrança não tem um código Pix para esta fatura',
  removido: 'o código Pix desta fatura foi cancelado no banco e não pôde ser renovado',
  expirado: 'o código Pix desta fatura expirou e não pôde ser renovado',
  valor: 'o código Pix desta fatura não traz o valor atualizado',
  falhou: 'o sistema de cobrança não respondeu ao pedido do código Pix',
} as const;
