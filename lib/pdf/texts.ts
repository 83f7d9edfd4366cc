/** Every pt-BR text printed on a boleto, in one place (STYLE.md). */
export const PDF_TEXTS = {
  titulo: 'Boleto',
  reciboPagador: 'Recibo do pagador',
  fichaCompensacao: 'Ficha de compensação',
  autenticacao: 'Autenticação mecânica',
  corte: 'Corte na linha pontilhada',
  beneficiario: 'Beneficiário',
  cnpj: 'CNPJ',
  pagador: 'Pagador',
  fatura: 'Fatura',
  historico: 'Histórico',
  emissao: 'Data do documento',
  vencimento: 'Vencimento',
  valorDocumento: '(=) Valor do documento',
  multa: '(+) Multa',
  juros: '(+) Juros / mora',
  valorCobrado: '(=) Valor cobrado',
  valorAtualizado: 'Valor a pagar',
  linhaDigitavel: 'Linha digitável',
  codigoBarras: 'Código de barras',
  localPagamento: 'Local de pagamento',
  localPagamentoTexto: 'Pagável em qualquer banco, casa lotérica ou aplicativo bancário',
  convenio: 'Arrecadação',
  instrucoes: 'Instruções',
  instrucaoVencida: (data: string) =>
    `Fatura vencida: valor cobrado com multa e juros calculados até ${data}.`,
  instrucaoEncargosNoBanco:
    'Fatura vencida: o banco acrescenta a multa e os juros ao valor do documento no pagamento.',
  pixTitulo: 'Pague com Pix',
  pixInstrucao: 'Abra o app do seu banco, escolha Pix e leia o QR code ou use o Pix copia e cola:',
  pixCopiaECola: 'Pix copia e cola',
  pixValidoAte: (quando: string) => `Válido até ${quando}`,
  emitidoEm: (data: string) => `Emitido em ${data} no totem de autoatendimento`,
  semVencimento: 'Sem vencimento',
  bancoGenerico: (codigo: string) => `Banco ${codigo}`,
} as const;

/** COMPE codes of the banks most used for ISP boletos; others print as "Banco NNN". */
export const BANCOS: Readonly<Record<string, string>> = {
  '001': 'Banco do Brasil',
  '033': 'Santander',
  '041': 'Banrisul',
  '077': 'Banco Inter',
  '104': 'Caixa',
  '136': 'Unicred',
  '208': 'BTG Pactual',
  '237': 'Bradesco',
  '260': 'Nu Pagamentos',
  '336': 'C6 Bank',
  '341': 'Itaú',
  '422': 'Safra',
  '748': 'Sicredi',
  '756': 'Sicoob',
};

/** Arrecadação segments (FEBRABAN layout, position 2). */
export const SEGMENTOS: Readonly<Record<string, string>> = {
  '1': 'Prefeituras',
  '2': 'Saneamento',
  '3': 'Energia elétrica e gás',
  '4': 'Telecomunicações',
  '5': 'Órgãos governamentais',
  '6': 'Carnês e assemelhados',
  '7': 'Multas de trânsito',
  '9': 'Uso exclusivo do banco',
};
