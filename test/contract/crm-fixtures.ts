import type { CrmContractFixtures } from './crm';

/**
 * The demo CRM customers (lib/crm/demo/data.ts), which every CRM simulator serves too. Simulators store
 * Maria's CPF masked and the Padaria's CNPJ as bare digits, as real CRMs hold both.
 */
export const CRM_FIXTURES: CrmContractFixtures = {
  cpf: { documento: '52998224725', nome: 'Maria Aparecida da Silva' },
  cnpj: { documento: '11222333000181', nome: 'Padaria Pão Quente Ltda' },
  cnpjAlfanumerico: { documento: '12ABC34501DE35', nome: 'Oficina Alfa Ltda' },
  stored: { masked: '52998224725', digits: '11222333000181' },
  desconhecido: '39053344705',
  idDesconhecido: '999999',
};
