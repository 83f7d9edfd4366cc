/** Values shared by playwright.config.ts and the specs. */
export const APP_PORT = 3100;
export const IDLE_PORT = 3101;
export const IDLE_BASE_URL = `http://127.0.0.1:${IDLE_PORT}`;
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
