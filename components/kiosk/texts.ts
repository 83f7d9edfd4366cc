/** Every pt-BR sentence of the kiosk flow, in one place. */
export const T = {
  attract: {
    title: 'Autoatendimento',
    subtitle: 'Consulte suas faturas, imprima o boleto ou pague com Pix.',
    cta: 'Toque para começar',
  },
  identify: {
    title: 'Digite seu CPF ou CNPJ',
    hint: 'Use o teclado da tela. CNPJ com letras: toque em ABC.',
    placeholder: 'CPF ou CNPJ',
    confirm: 'Continuar',
    clear: 'Limpar',
    backspace: 'Apagar',
    cpfComplete: 'CPF completo. Toque em Continuar.',
    typeCnpj: 'É um CNPJ? Continuar digitando',
    letters: 'ABC',
    digits: '123',
    back: 'Voltar',
    checking: 'Consultando…',
    incomplete: 'Digite os 11 números do CPF ou os 14 caracteres do CNPJ.',
    invalidCpf: 'CPF inválido. Confira os números digitados.',
    invalidCnpj: 'CNPJ inválido. Confira os caracteres digitados.',
    lettersOnlyStart: 'Letras só aparecem nos 12 primeiros caracteres do CNPJ.',
    notFoundTitle: 'Cadastro não encontrado',
    notFoundText: 'Não encontramos cadastro com este CPF ou CNPJ. Confira o número ou procure o atendimento.',
    tryAnother: 'Digitar outro documento',
    /** "Fora do ar" only when it is: a refused credential or a strange answer is the totem's problem to fix. */
    erpErrorTitle: (code: string) =>
      code === 'ERP_INDISPONIVEL' || code === 'ERP_TIMEOUT'
        ? 'Sistema fora do ar'
        : code === 'AUTENTICACAO_ERP' || code === 'CONFIGURACAO_INVALIDA'
          ? 'Totem sem acesso ao sistema de cobrança'
          : 'Não foi possível consultar agora',
    semFaturasTitle: 'Nenhuma fatura em aberto',
    semFaturasText:
      'Não há faturas em aberto para este CPF ou CNPJ. Se você acabou de contratar ou tem outra dúvida, procure o atendimento.',
    tryAgain: 'Tentar de novo',
    limitedTitle: 'Aguarde um instante',
    limitedText: (s: number) =>
      `Muitas consultas seguidas. Você poderá tentar de novo em ${s} segundo${s === 1 ? '' : 's'}.`,
    sessionExpired: 'Sua sessão terminou. Digite seu CPF ou CNPJ novamente.',
    databaseDown:
      'O totem está sem acesso ao banco de dados no momento. Tente novamente em alguns minutos ou procure o atendimento.',
  },
  idle: {
    title: 'Você ainda está aí?',
    text: (s: number) => `Por segurança, vamos encerrar em ${s} segundo${s === 1 ? '' : 's'}.`,
    stay: 'Continuar',
    leave: 'Encerrar agora',
  },
  acessibilidade: {
    label: 'Acessibilidade',
    hintOff: 'Letras maiores e alto contraste até o fim do atendimento.',
    hintOn: 'Letras maiores e alto contraste ligados. Toque de novo para voltar ao normal.',
  },
  common: {
    exit: 'Sair',
    home: 'Voltar ao início',
    help: 'Precisa de ajuda? Procure o atendimento.',
    pageNotFound: 'Página não encontrada',
  },
} as const;
