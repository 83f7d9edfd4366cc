import { e2eDatabaseFile, PORT_OFFSET } from './env';
import { CRM_SIM_CREDENTIALS as C } from '../test/simulators/crm-credentials';

/**
 * The CRM-adapter e2e setup (issue #10), like e2e/erp-env.ts: one simulator process per adapter
 * (test/simulators/main.ts) and one `next start` per adapter pointed at it through the real adapter, ERP demo.
 * Ports shift by E2E_PORT_OFFSET. Use `crmWebServers(common, nextBin)` in playwright.config.ts and
 * `CRM_E2E[adapter].appPort` in the spec; the simulators' backdoors (`/__sim/state`, `/__sim/reset`,
 * `/__sim/fault`) are at `http://127.0.0.1:${simPort}`.
 */
export const CRM_E2E = {
  'perfex-won': {
    simSystem: 'perfex',
    simPort: 4321 + PORT_OFFSET,
    appPort: 3121 + PORT_OFFSET,
    env: (simPort: number) => ({
      CRM_ADAPTER: 'perfex-won',
      PERFEX_URL: `http://127.0.0.1:${simPort}`,
      PERFEX_WON_TOKEN: C.perfexWonToken,
    }),
  },
  'perfex-rest': {
    simSystem: 'perfex',
    simPort: 4322 + PORT_OFFSET,
    appPort: 3122 + PORT_OFFSET,
    env: (simPort: number) => ({
      CRM_ADAPTER: 'perfex-rest',
      PERFEX_URL: `http://127.0.0.1:${simPort}`,
      PERFEX_REST_MODULE: 'themesic',
      PERFEX_REST_TOKEN: C.perfexThemesicToken,
    }),
  },
  vtiger: {
    simSystem: 'vtiger',
    simPort: 4323 + PORT_OFFSET,
    appPort: 3123 + PORT_OFFSET,
    env: (simPort: number) => ({
      CRM_ADAPTER: 'vtiger',
      VTIGER_URL: `http://127.0.0.1:${simPort}`,
      VTIGER_USERNAME: C.vtigerUsername,
      VTIGER_ACCESS_KEY: C.vtigerAccessKey,
      VTIGER_MODULE: 'Contacts',
      VTIGER_DOCUMENT_FIELD: 'CPF/CNPJ',
    }),
  },
  'gestor-clientes-max': {
    simSystem: 'gestor-clientes-max',
    simPort: 4324 + PORT_OFFSET,
    appPort: 3124 + PORT_OFFSET,
    env: (simPort: number) => ({
      CRM_ADAPTER: 'gestor-clientes-max',
      GESTOR_CLIENTES_URL: `http://127.0.0.1:${simPort}/api`,
      GESTOR_CLIENTES_API_KEY: C.gestorApiKey,
    }),
  },
} as const;

export type CrmE2eAdapter = keyof typeof CRM_E2E;

/** Short CRM timeouts so a failure test does not wait the production 5 s. */
export const CRM_E2E_COMMON_ENV = {
  CRM_TIMEOUT_MS: '3000',
  CRM_CIRCUIT_OPEN_SECONDS: '1',
  LOG_LEVEL: 'warn',
};

/** Playwright webServer entries: simulator + app for each adapter (or only those listed). */
export function crmWebServers(
  common: Record<string, string>,
  nextBin: string,
  adapters: readonly CrmE2eAdapter[] = Object.keys(CRM_E2E) as CrmE2eAdapter[],
) {
  return adapters.flatMap((adapter) => {
    const s = CRM_E2E[adapter];
    const token =
      adapter === 'vtiger'
        ? ` --token ${C.vtigerAccessKey}`
        : adapter === 'gestor-clientes-max'
          ? ` --token ${C.gestorApiKey}`
          : '';
    return [
      {
        command: `node --import tsx test/simulators/main.ts ${s.simSystem} --port ${s.simPort}${token}`,
        url: `http://127.0.0.1:${s.simPort}/__sim/health`,
        reuseExistingServer: false,
        timeout: 30_000,
      },
      {
        command: `${nextBin} -p ${s.appPort}`,
        url: `http://127.0.0.1:${s.appPort}/`,
        env: {
          ...common,
          ...CRM_E2E_COMMON_ENV,
          ...s.env(s.simPort),
          DATABASE_FILE: e2eDatabaseFile(s.appPort),
          // No CEP service in these runs: the address is typed (e2e/meus-dados.spec.ts covers the lookup).
          CEP_PROVIDER: 'off',
        },
        reuseExistingServer: false,
        timeout: 60_000,
      },
    ];
  });
}
