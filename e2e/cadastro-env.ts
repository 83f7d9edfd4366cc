import { e2eDatabaseFile, PORT_OFFSET } from './env';

/**
 * "Meus dados" e2e (e2e/meus-dados.spec.ts): its own app, because the flow changes the demo CRM/ERP records
 * and locks documents, talking to the CEP simulator (ViaCEP's API) instead of the internet.
 */
export const CADASTRO_E2E = {
  cepSimPort: 4320 + PORT_OFFSET,
  appPort: 3120 + PORT_OFFSET,
};
export const CADASTRO_BASE_URL = `http://127.0.0.1:${CADASTRO_E2E.appPort}`;

export function cadastroWebServers(common: Record<string, string>, nextBin: string) {
  return [
    {
      command: `node --import tsx test/simulators/main.ts cep --port ${CADASTRO_E2E.cepSimPort}`,
      url: `http://127.0.0.1:${CADASTRO_E2E.cepSimPort}/__sim/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `${nextBin} -p ${CADASTRO_E2E.appPort}`,
      url: `${CADASTRO_BASE_URL}/`,
      env: {
        ...common,
        DATABASE_FILE: e2eDatabaseFile(CADASTRO_E2E.appPort),
        CRM_ADAPTER: 'demo',
        CEP_PROVIDER: 'viacep',
        CEP_URL: `http://127.0.0.1:${CADASTRO_E2E.cepSimPort}`,
        CADASTRO_PROVA_MAX_FALHAS: '3',
        CADASTRO_PROVA_BLOQUEIO_SECONDS: '600',
        LOG_LEVEL: 'warn',
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ];
}
