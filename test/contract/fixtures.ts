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
  // R$ 99,90 twelve days late: multa 2 % (R$ 2,00) + juros 1 % a.m. pro rata (R$ 0,40) = R$ 102,30.
  encargos: {
    documento: '52998224725',
    vencida: { faturaId: '70012', valorInicial: 9990, multa: 200, juros: 40 },
    aVencer: { faturaId: '70013' },
  },
  pixDoErp: { documento: '11222333000181', faturaId: '70021' },
  boletoImpresso: {
    documento: '52998224725',
    faturaId: '70012',
    endereco: { logradouro: 'Av. Paulista', cidade: 'São Paulo', uf: 'SP', cep: '01310100' },
    regras: {
      multa: { kind: 'percentual', percentual: 2 },
      juros: { kind: 'percentual_mes', percentual: 1 },
    },
  },
};

/** Simulators also carry plans and notas fiscais (test/simulators/shared/world.ts). */
export const SIMULATOR_FIXTURES: ErpContractFixtures = {
  ...DEMO_FIXTURES,
  desbloqueio: { documento: '52998224725', planoLiberavel: '501', planoNaoLiberavel: '503' },
  notaFiscal: { documento: '52998224725', notaId: '9001' },
};
