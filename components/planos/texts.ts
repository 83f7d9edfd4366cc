/** Every pt-BR sentence of "Meus planos" and the trust unlock, in one place. */
export const PL = {
  title: 'Meus planos',
  back: 'Voltar ao início',
  none: 'Não encontramos planos no seu cadastro.',
  erroTitle: 'Não foi possível carregar seus planos',
  status: {
    ativo: 'Funcionando',
    bloqueado: 'Bloqueado',
    suspenso: 'Suspenso',
    cancelado: 'Cancelado',
    outro: 'Em análise',
  },
  statusText: {
    ativo: 'Sua internet está liberada.',
    bloqueado: 'A internet deste plano está bloqueada.',
    suspenso: 'Este plano está suspenso. Procure o atendimento.',
    cancelado: 'Este plano foi cancelado.',
    outro: 'A situação deste plano precisa ser vista pelo atendimento.',
  },
  valor: (v: string) => `${v} por mês`,
  desbloquear: 'Desbloquear por confiança',
  semDesbloqueio: 'O desbloqueio pelo totem não está disponível para este plano. Procure o atendimento.',
  pendencia:
    'Há um aviso no seu cadastro. Procure o atendimento no balcão antes de pedir o desbloqueio pelo totem.',
  pendenciaIndisponivel:
    'Não conseguimos conferir seu cadastro agora. Tente de novo em instantes ou procure o atendimento.',
  faturasAbertas: (n: number) =>
    n === 1 ? 'Você tem 1 fatura em aberto.' : `Você tem ${n} faturas em aberto.`,
  pagarSugestao: 'Pagando agora, com boleto ou Pix, a internet volta de vez após a compensação.',
  verFaturas: 'Ver faturas e pagar',
  confirmTitle: 'Desbloqueio de confiança',
  confirmPlano: (nome: string) => `Plano: ${nome}`,
  regrasTitle: 'Antes de confirmar, leia com atenção:',
  regras: (dias: number) => [
    `A internet volta em alguns minutos e fica liberada por até ${dias} dia${dias === 1 ? '' : 's'}, para você pagar a fatura em aberto.`,
    'O desbloqueio de confiança só pode ser usado uma vez enquanto houver fatura em aberto.',
    'Se a fatura não for paga nesse prazo, a internet é bloqueada de novo automaticamente.',
    'O desbloqueio não quita a fatura nem retira juros e multa.',
  ],
  confirmar: 'Confirmar desbloqueio',
  cancelar: 'Cancelar',
  enviando: 'Pedindo o desbloqueio…',
  erroRede: 'Não foi possível falar com o totem. Toque em confirmar de novo.',
  okTitle: 'Desbloqueio feito',
  recusadoTitle: 'Desbloqueio não realizado',
  liberadoAte: (data: string) => `Liberado até ${data}.`,
  inicio: 'Voltar ao início',
} as const;
