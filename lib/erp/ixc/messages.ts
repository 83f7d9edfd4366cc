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
