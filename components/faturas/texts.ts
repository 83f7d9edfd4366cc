/** Every pt-BR sentence of the customer's faturas screens (server-rendered), in one place. */
export const FT = {
  home: {
    greeting: (nome: string) => `Olá, ${nome}!`,
    documento: (kind: 'CPF' | 'CNPJ', masked: string) => `${kind} ${masked}`,
    faturasTitle: 'Suas faturas em aberto',
    noneTitle: 'Nenhuma fatura em aberto',
    noneText: 'Está tudo em dia. Obrigado por ser nosso cliente!',
    totalTitle: 'Total em aberto',
    totalCount: (n: number) => `${n} fatura${n === 1 ? '' : 's'} em aberto`,
    menuTitle: 'Neste totem você também pode',
    erpDownTitle: 'Não foi possível carregar suas faturas',
  },
  fatura: {
    back: 'Voltar às faturas',
    due: 'Vencimento',
    issued: 'Emissão',
    plan: 'Referente a',
    face: 'Valor original',
    multa: 'Multa',
    juros: 'Juros',
    acrescimos: 'Acréscimos',
    desconto: 'Desconto',
    pago: 'Já pago',
    updated: 'Valor atualizado',
    /** Why the barcode amount differs from the amount due (the boleto is still payable). */
    avisoValor: {
      encargos_no_banco: (boleto: string, devido: string) =>
        `O código de barras traz o valor original (${boleto}); o banco acrescenta os juros e a multa no pagamento, ${devido} hoje.`,
      desconto: (boleto: string, devido: string) =>
        `O código de barras traz o valor cheio (${boleto}); o desconto é aplicado no pagamento, ${devido} hoje.`,
      boleto_maior: (boleto: string, devido: string) =>
        `Atenção: o código de barras cobra ${boleto}, mais que o valor a pagar (${devido}). A diferença pode ser um desconto ou um pagamento já feito: confirme no atendimento antes de pagar o boleto.`,
    },
    encargosDesconhecidos:
      'O valor com juros e multa não está disponível agora: o banco calcula os acréscimos no pagamento do boleto.',
    total: 'Valor a pagar',
    vencida: (dias: number) => `Vencida há ${dias} dia${dias === 1 ? '' : 's'}`,
    aVencer: 'A vencer',
    venceHoje: 'Vence hoje',
    open: 'Ver boleto e Pix',
    boletoTitle: 'Boleto',
    linha: 'Linha digitável',
    barcodeLabel: (linha: string) => `Código de barras do boleto, linha digitável ${linha}`,
    boletoBlockedTitle: 'Este boleto não pode ser pago por aqui',
    boletoBlockedText:
      'Por segurança, não mostramos um código de barras que não confere com a fatura. Procure o atendimento.',
    /** A refused boleto while the Pix works: say what to do first; the technical reason sits behind "Por quê?". */
    boletoRefusedUsePix: 'O boleto desta fatura não pode ser usado aqui.',
    usePix: { before: 'Pague com o Pix ', portrait: 'abaixo', landscape: 'ao lado', after: '.' },
    porQue: 'Por quê?',
    porQueText:
      'Por segurança, o totem só mostra um código de barras que confere com a fatura. O que não confere:',
    boletoMissing: 'Esta fatura não tem linha digitável disponível. Procure o atendimento.',
    /** No linha digitável, but the ERP's own PDF can be printed: no "procure o atendimento" above that button. */
    boletoMissingPdfBanco: 'O código de barras desta fatura não aparece na tela.',
    boletoMissingPdfBancoHint: (comPix: boolean) =>
      comPix
        ? 'Toque em "Imprimir boleto do banco", embaixo, ou pague com o Pix.'
        : 'Toque em "Imprimir boleto do banco", embaixo, para imprimir o boleto.',
    pixTitle: 'Pague com Pix',
    pixHow: 'Abra o app do seu banco, escolha Pix → Ler QR Code e aponte a câmera para a tela.',
    pixCopy: 'Pix copia e cola',
    pixAmount: 'Valor do Pix',
    pixExpires: 'Válido até',
    pixBlockedTitle: 'Pix indisponível para esta fatura',
    qrLabel: 'QR Code Pix desta fatura',
    erpErrorTitle: 'Não foi possível carregar esta fatura',
    notFoundTitle: 'Fatura não encontrada',
    notFoundText: 'Esta fatura não foi encontrada no seu cadastro.',
  },
  email: {
    enviar: (destino: string) => `Enviar boleto para ${destino}`,
    enviando: 'Enviando o e-mail…',
    enviado: (destino: string) => `Boleto enviado para ${destino}. Confira a caixa de entrada e o spam.`,
    erroRede: 'Não foi possível falar com o totem. Tente de novo.',
  },
} as const;
