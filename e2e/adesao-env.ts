import { e2eDatabaseFile, PORT_OFFSET } from './env';
import { ERP_E2E_COMMON_ENV } from './erp-env';

/**
 * "Quero ser cliente" through the http-contract adapter (e2e/adesao-erp.spec.ts), on its own simulator and app:
 * an ERP that declares "Criação de lead" and "Criação de pedido para cliente já existente" but not "Criação de
 * pedido" (HTTP_CONTRACT_DISABLED=pedido) — so new people end in a lead, customers in the existing-customer
 * order. Its own simulator because the spec counts writes on it: the adapter suite resets the shared one.
 * The demo CRM (default) holds the mobiles the ownership proof asks for.
 */
export const ADESAO_E2E = {
  simPort: 4350 + PORT_OFFSET,
  appPort: 3150 + PORT_OFFSET,
  token: 'e2e-adesao-token',
};
export const ADESAO_BASE_URL = `http://127.0.0.1:${ADESAO_E2E.appPort}`;
export const ADESAO_SIM_URL = `http://127.0.0.1:${ADESAO_E2E.simPort}`;

export function adesaoWebServers(common: Record<string, string>, nextBin: string) {
  return [
    {
      command: `node --import tsx test/simulators/main.ts http-contract --port ${ADESAO_E2E.simPort} --token ${ADESAO_E2E.token}`,
      url: `${ADESAO_SIM_URL}/__sim/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `${nextBin} -p ${ADESAO_E2E.appPort}`,
      url: `${ADESAO_BASE_URL}/`,
      env: {
        ...common,
        ...ERP_E2E_COMMON_ENV,
        ERP_ADAPTER: 'http-contract',
        HTTP_CONTRACT_BASE_URL: ADESAO_SIM_URL,
        HTTP_CONTRACT_TOKEN: ADESAO_E2E.token,
        HTTP_CONTRACT_DISABLED: 'pedido',
        CRM_ADAPTER: 'demo',
        CADASTRO_PROVA_MAX_FALHAS: '3',
        CADASTRO_PROVA_BLOQUEIO_SECONDS: '600',
        DATABASE_FILE: e2eDatabaseFile(ADESAO_E2E.appPort),
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ];
}
