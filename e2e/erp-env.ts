import { e2eDatabaseFile, PORT_OFFSET } from './env';
/**
 * The ERP-adapter e2e setup (issue #4), shared by playwright.config.ts and e2e/erp-adapters.spec.ts: each
 * simulator runs as its own process, and one `next start` per adapter talks to it through the real adapter.
 */
export const ERP_E2E = {
  ixc: {
    simPort: 4301 + PORT_OFFSET,
    appPort: 3102 + PORT_OFFSET,
    token: '7:e2e0123456789abcdef0123456789abcdef',
    env: (simPort: number, token: string) => ({
      ERP_ADAPTER: 'ixc',
      IXC_URL: `http://127.0.0.1:${simPort}/webservice/v1`,
      IXC_TOKEN: token,
      // Chamados and the nota fiscal PDF need install-specific settings (issue #14 e2e).
      IXC_CHAMADO_ASSUNTO_ID: '12',
      IXC_NOTA_FISCAL_PDF: '1',
    }),
  },
  'http-contract': {
    simPort: 4302 + PORT_OFFSET,
    appPort: 3103 + PORT_OFFSET,
    token: 'e2e-contrato-token',
    env: (simPort: number, token: string) => ({
      ERP_ADAPTER: 'http-contract',
      HTTP_CONTRACT_BASE_URL: `http://127.0.0.1:${simPort}`,
      HTTP_CONTRACT_TOKEN: token,
    }),
  },
} as const;

export type ErpE2eSystem = keyof typeof ERP_E2E;

/** What every adapter app shares: the demo's Pix key (real ERPs get no default), a short circuit-open time. */
export const ERP_E2E_COMMON_ENV = {
  PIX_KEY: 'pix@provedor.example.com',
  PIX_MERCHANT_NAME: 'Provedor Demonstracao',
  PIX_MERCHANT_CITY: 'SAO PAULO',
  ERP_TIMEOUT_MS: '3000',
  ERP_CIRCUIT_OPEN_SECONDS: '1',
  LOG_LEVEL: 'warn',
  // No CEP lookups from these apps (they would leave the machine): addresses are typed.
  CEP_PROVIDER: 'off',
};

export function erpWebServers(common: Record<string, string>, nextBin: string) {
  return (Object.keys(ERP_E2E) as ErpE2eSystem[]).flatMap((system) => {
    const s = ERP_E2E[system];
    return [
      {
        command: `node --import tsx test/simulators/main.ts ${system} --port ${s.simPort} --token ${s.token}`,
        url: `http://127.0.0.1:${s.simPort}/__sim/health`,
        reuseExistingServer: false,
        timeout: 30_000,
      },
      {
        command: `${nextBin} -p ${s.appPort}`,
        url: `http://127.0.0.1:${s.appPort}/`,
        env: {
          ...common,
          ...ERP_E2E_COMMON_ENV,
          ...s.env(s.simPort, s.token),
          DATABASE_FILE: e2eDatabaseFile(s.appPort),
        },
        reuseExistingServer: false,
        timeout: 60_000,
      },
    ];
  });
}
