import { defineConfig } from '@playwright/test';
import { APP_PORT, CHROMIUM_ARGS, IDLE_PORT, TEST_SESSION_SECRET } from './e2e/env';
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
      command: `${nextBin} -p ${APP_PORT}`,
      url: `http://127.0.0.1:${APP_PORT}/`,
      env: { ...common },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Same build, short idle settings, for the idle-reset test.
      command: `${nextBin} -p ${IDLE_PORT}`,
      url: `http://127.0.0.1:${IDLE_PORT}/`,
      env: { ...common, KIOSK_IDLE_SECONDS: '3', KIOSK_IDLE_WARNING_SECONDS: '3' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // One simulator + one app per real ERP adapter (e2e/erp-adapters.spec.ts).
    ...erpWebServers(common, nextBin),
  ],
});
