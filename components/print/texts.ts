/** Every pt-BR sentence of printing on the kiosk and the desk preview, in one place. */
export const PT = {
  imprimir: 'Imprimir boleto',
  imprimirExplica: 'Sai aqui na impressora: boleto com código de barras e Pix.',
  imprimirBanco: 'PDF do banco',
  imprimirBancoExplica: 'Imprime o boleto original do banco, igual ao que chega por e-mail.',
  imprimirBancoFallback: 'Imprimir boleto do banco',
  preparando: 'Preparando seu boleto…',
  imprimindo: 'Enviando para a impressora…',
  aguarde: 'Aguarde, isso leva alguns segundos.',
  erroRede: 'Não foi possível falar com o totem. Tente de novo.',
  erroGenerico: 'Não foi possível imprimir agora. Tente de novo ou procure o atendimento.',
  erroPdf: 'O arquivo recebido não é um PDF válido. Procure o atendimento.',
  erroImpressora: 'A impressora não respondeu. Procure o atendimento.',
  retireTitulo: 'Retire seu boleto',
  retireTexto: 'O boleto está saindo na impressora abaixo da tela. Confira se saiu completo.',
  maisAlgumaCoisa: 'Deseja fazer mais alguma coisa?',
  encerrandoEm: (s: number) =>
    `Se ninguém tocar na tela, sua sessão será encerrada em ${s} segundo${s === 1 ? '' : 's'} e o totem volta ao início.`,
  sim: 'Sim, continuar',
  naoEncerrar: 'Não, encerrar',
  visualizar: 'Visualizar PDF',
  /** The preview's title names what it shows: a boleto, the bank's own boleto or a nota fiscal. */
  previewTitulo: {
    boleto: 'Boleto em PDF',
    boletoBanco: 'Boleto do banco em PDF',
    notaFiscal: 'Nota fiscal em PDF',
  },
  baixar: 'Baixar PDF',
  imprimirPreview: 'Imprimir',
  fechar: 'Fechar',
  carregando: 'Carregando o PDF…',
  erroPreview: 'Não foi possível mostrar o PDF.',
} as const;
