/**
 * pt-BR sentences for the IXC answers the customer sees (desbloqueio de confiança). One place, closed
 * mapping: IXC's own text stays in the logs.
 */
export const DESBLOQUEIO_MENSAGENS = {
  sucesso:
    'Desbloqueio de confiança feito. Sua internet volta em alguns minutos; pague a fatura para manter a conexão.',
  /** 106: contract not found. */
  '106': 'Não encontramos este contrato. Procure o atendimento.',
  /** 107: trust unlock already active. */
  '107':
    'O desbloqueio de confiança já está ativo neste contrato. Se a internet não voltou, reinicie o seu equipamento.',
  /** 109: contract inactive. */
  '109': 'Este contrato está inativo e não pode ser desbloqueado pelo totem. Procure o atendimento.',
  /** 113: already used while the fatura is still unpaid. */
  '113':
    'O desbloqueio de confiança já foi usado e a fatura continua em aberto. Pague a fatura para liberar a conexão.',
  naoDisponivel: 'Este plano não pode ser desbloqueado pelo totem. Procure o atendimento.',
  planoNaoEncontrado: 'Este plano não foi encontrado no seu cadastro.',
  outro: 'Não foi possível fazer o desbloqueio agora. Procure o atendimento.',
} as const;

export type DesbloqueioCodigo = '106' | '107' | '109' | '113';

export function mensagemDesbloqueio(codigo: string): string {
  return codigo in DESBLOQUEIO_MENSAGENS
    ? DESBLOQUEIO_MENSAGENS[codigo as DesbloqueioCodigo]
    : DESBLOQUEIO_MENSAGENS.outro;
}
