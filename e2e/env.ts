import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Values shared by playwright.config.ts and the specs. */
/**
 * Every port the e2e servers listen on is shifted by E2E_PORT_OFFSET (default 0), so two checkouts on one
 * machine can run their e2e suites at the same time.
 */
export const PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0) || 0;
export const APP_PORT = 3100 + PORT_OFFSET;
export const IDLE_PORT = 3101 + PORT_OFFSET;
export const IDLE_BASE_URL = `http://127.0.0.1:${IDLE_PORT}`;
/** A server with small lookup budgets, for the enumeration test (e2e/security.spec.ts). */
export const SECURITY_PORT = 3108 + PORT_OFFSET;
export const SECURITY_BASE_URL = `http://127.0.0.1:${SECURITY_PORT}`;
export const SECURITY_BUDGETS = {
  LOOKUP_MAX_PER_MINUTE: 12,
  LOOKUP_GLOBAL_MAX_PER_MINUTE: 20,
  KIOSK_ID_MAX_PER_MINUTE: 3,
};
/** A session secret only the test servers know: the bundle scan checks it never reaches the browser. */
export const TEST_SESSION_SECRET = 'e2e-secret-0123456789-abcdefghijklmnopqrstuvwxyz';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Each e2e server keeps its store (SQLite) in its own file in a directory made for this run (the env variable
 * carries it from the Playwright runner to its workers), never in the checkout's data/.
 */
export function e2eDatabaseFile(port: number): string {
  process.env.TOTEM_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'totem-e2e-'));
  return join(process.env.TOTEM_E2E_DATA_DIR, `app-${port}.db`);
}

/** The e2e mail server (test/email/main.ts): SMTP for the apps, HTTP for the specs to read what arrived. */
export const SMTP_PORT = 2525 + PORT_OFFSET;
export const SMTP_HTTP_PORT = 2625 + PORT_OFFSET;
