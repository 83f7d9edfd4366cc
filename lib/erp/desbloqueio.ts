import type { DesbloqueioMotivo, DesbloqueioResultado, IsoDate } from '@/lib/domain';

/**
 * The one pt-BR sentence per trust-unlock outcome. Adapters map their ERP's codes to a `motivo` and build the
 * result here, so the customer reads the same words whichever ERP answered, and vendor text stays in the logs.
 */
export const DESBLOQUEIO_MENSAGENS: Record<DesbloqueioMotivo, string> = {
  liberado:
    'Desbloqueio de confiança feito. Sua internet volta em alguns minutos; pague a fatura para manter a conexão.',
  ja_ativo:
    'O desbloqueio de confiança já está ativo neste plano. Se a internet não voltou, desligue e ligue o seu equipamento.',
  ja_usado:
    'O desbloqueio de confiança já foi usado e a fatura continua em aberto. Pague a fatura para liberar a conexão.',
  contrato_inativo: 'Este plano está inativo e não pode ser desbloqueado pelo totem. Procure o atendimento.',
  plano_nao_encontrado: 'Este plano não foi encontrado no seu cadastro. Procure o atendimento.',
  nao_disponivel: 'Este plano não pode ser desbloqueado pelo totem. Procure o atendimento.',
  recusado: 'O sistema não autorizou o desbloqueio agora. Procure o atendimento.',
};

export function desbloqueioResultado(
  motivo: DesbloqueioMotivo,
  liberadoAte: IsoDate | null = null,
): DesbloqueioResultado {
  return { ok: motivo === 'liberado', motivo, mensagem: DESBLOQUEIO_MENSAGENS[motivo], liberadoAte };
}
