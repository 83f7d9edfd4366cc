/** Every pt-BR sentence of the notas fiscais screen, in one place. */
export const NF = {
  title: 'Notas fiscais',
  back: 'Voltar ao início',
  none: 'Não há notas fiscais no seu cadastro.',
  erroTitle: 'Não foi possível carregar suas notas fiscais',
  numero: 'Nota nº',
  emissao: 'Emitida em',
  valor: 'Valor',
  imprimir: 'Imprimir nota',
  preparando: 'Preparando a nota fiscal…',
  retireTitle: 'Retire sua nota fiscal',
  retireText: 'A nota fiscal está saindo na impressora abaixo da tela. Confira se saiu completa.',
  semPdf: 'A impressão de notas não está disponível neste totem. Peça no atendimento.',
} as const;
