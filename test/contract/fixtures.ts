import type { ErpContractFixtures } from './erp';

/** The demo customers (lib/erp/demo/data.ts), which every simulator serves too. */
export const DEMO_FIXTURES: ErpContractFixtures = {
  cliente: {
    documento: '52998224725',
    nome: 'Maria Aparecida da Silva',
    openFaturaIds: ['70012', '70013'],
    paidFaturaId: '70011',
  },
  outro: { documento: '11222333000181', faturaId: '70021' },
  desconhecido: '39053344705',
  cnpjAlfanumerico: { documento: '12ABC34501DE35', nome: 'Oficina Alfa Ltda' },
};

/** Simulators also carry plans and notas fiscais (test/simulators/shared/world.ts). */
export const SIMULATOR_FIXTURES: ErpContractFixtures = {
  ...DEMO_FIXTURES,
  desbloqueio: { documento: '52998224725', planoLiberavel: '501', planoNaoLiberavel: '503' },
  notaFiscal: { documento: '52998224725', notaId: '9001' },
};
