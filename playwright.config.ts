import { defineConfig } from '@playwright/test';
import {
  APP_PORT,
  CHROMIUM_ARGS,
  e2eDatabaseFile,
  IDLE_PORT,
  SECURITY_BUDGETS,
  SECURITY_PORT,
  SMTP_HTTP_PORT,
  SMTP_PORT,
  TEST_SESSION_SECRET,
} from './e2e/env';
import { adesaoWebServers } from './e2e/adesao-env';
import { cadastroWebServers } from './e2e/cadastro-env';
import { crmWebServers } from './e2e/crm-env';
import { erpWebServers } from './e2e/erp-env';

/**
 * e2e against the production build (`next build` runs first in `npm test`), driven in Debian's Chromium:
 * Playwright never downloads a browser here (TOOLCHAIN.md trap 7).
 */
const nextBin = 'node node_modules/next/dist/bin/next start -H 127.0.0.1';
const common = {
  SESSION_SECRET: TEST_SESSION_SECRET,
  NEXT_TELEMETRY_DISABLED: '1',
  LOOKUP_MAX_FAILURES: '3',
  LOOKUP_BLOCK_SECONDS: '4',
  // The suite identifies many customers from many fresh browsers within a minute, several specs on purpose
  // with unknown documents: the whole-server budgets are far above what it uses (the per-kiosk ones stay real).
  // The enumeration test has its own server with small budgets (below).
  LOOKUP_GLOBAL_MAX_PER_MINUTE: '100000',
  LOOKUP_GLOBAL_MAX_FAILURES: '100000',
  KIOSK_ID_MAX_PER_MINUTE: '100000',
  // Boleto por e-mail goes to the in-process SMTP server below (test/email/main.ts).
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(SMTP_PORT),
  EMAIL_FROM: 'Provedor <cobranca@provedor.example.com>',
};

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  outputDir: process.env.PW_OUTPUT_DIR || 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    hasTouch: true,
    viewport: { width: 1080, height: 1920 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: `node --import tsx test/email/main.ts --port ${SMTP_PORT} --http ${SMTP_HTTP_PORT}`,
      url: `http://127.0.0.1:${SMTP_HTTP_PORT}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `${nextBin} -p ${APP_PORT}`,
      url: `http://127.0.0.1:${APP_PORT}/`,
      env: { ...common, DATABASE_FILE: e2eDatabaseFile(APP_PORT) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Same build, short idle settings, for the idle-reset tests (kiosk and desk).
      command: `${nextBin} -p ${IDLE_PORT}`,
      url: `http://127.0.0.1:${IDLE_PORT}/`,
      env: {
        ...common,
        KIOSK_IDLE_SECONDS: '3',
        KIOSK_IDLE_WARNING_SECONDS: '3',
        // e2e/desk.spec.ts: a desk session ends after 3 s without a request.
        STAFF_SESSION_IDLE_SECONDS: '3',
        DATABASE_FILE: e2eDatabaseFile(IDLE_PORT),
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `${nextBin} -p ${SECURITY_PORT}`,
      url: `http://127.0.0.1:${SECURITY_PORT}/api/health`,
      env: {
        ...common,
        LOOKUP_MAX_PER_MINUTE: String(SECURITY_BUDGETS.LOOKUP_MAX_PER_MINUTE),
        LOOKUP_GLOBAL_MAX_PER_MINUTE: String(SECURITY_BUDGETS.LOOKUP_GLOBAL_MAX_PER_MINUTE),
        KIOSK_ID_MAX_PER_MINUTE: String(SECURITY_BUDGETS.KIOSK_ID_MAX_PER_MINUTE),
        DATABASE_FILE: e2eDatabaseFile(SECURITY_PORT),
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // One simulator + one app per real ERP adapter (e2e/erp-adapters.spec.ts).
    ...erpWebServers(common, nextBin),
    // "Meus dados" against the CEP simulator (e2e/meus-dados.spec.ts).
    ...cadastroWebServers(common, nextBin),
    // One app per CRM adapter against its simulator (e2e/meus-dados-crm.spec.ts).
    ...crmWebServers(common, nextBin),
    // "Quero ser cliente" as leads + existing-customer orders through http-contract (e2e/adesao-erp.spec.ts).
    ...adesaoWebServers(common, nextBin),
  ],
});
