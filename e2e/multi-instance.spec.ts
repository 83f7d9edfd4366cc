import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { startCluster, type PrivateCluster } from '../test/store/pg-cluster';
import { CHROMIUM_ARGS, PORT_OFFSET, TEST_SESSION_SECRET } from './env';
import { typeOnKeypad } from './helpers';

/**
 * A chain of stores: two `next start` instances (A and B) on one PostgreSQL, the browser alternating between
 * them as a load balancer would. Its own private cluster (the last test stops and restarts it).
 */
// Far from the other specs' ports (3100–3108 and 4301–4302, each + E2E_PORT_OFFSET of every checkout).
const A = `http://127.0.0.1:${3950 + PORT_OFFSET}`;
const B = `http://127.0.0.1:${3951 + PORT_OFFSET}`;

let cluster: PrivateCluster;
const servers: ChildProcess[] = [];

async function waitUp(url: string): Promise<void> {
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} não subiu`);
}

test.describe.configure({ mode: 'serial' });
test.use({
  launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS },
});

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startCluster();
  const url = cluster.adminUrl;
  for (const base of [A, B]) {
    const port = new URL(base).port;
    const child = spawn(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', port],
      {
        env: {
          ...process.env,
          DATABASE_URL: url,
          SESSION_SECRET: TEST_SESSION_SECRET,
          NEXT_TELEMETRY_DISABLED: '1',
          LOOKUP_MAX_FAILURES: '3',
          LOOKUP_BLOCK_SECONDS: '20',
          LOOKUP_GLOBAL_MAX_PER_MINUTE: '100000',
          LOOKUP_GLOBAL_MAX_FAILURES: '100000',
          KIOSK_ID_MAX_PER_MINUTE: '100000',
        },
        stdio: 'ignore',
      },
    );
    // A port already taken would make waitUp() find someone else's server: fail instead.
    child.on('exit', (code) => {
      if (code !== null && code !== 0) console.error(`next start em ${base} saiu com ${code}`);
    });
    servers.push(child);
  }
  await Promise.all([waitUp(A), waitUp(B)]);
  expect(servers.every((s) => s.exitCode === null)).toBe(true);
});

test.afterAll(async () => {
  for (const s of servers) s.kill('SIGTERM');
  await cluster?.stop();
});

async function identifyAt(page: Page, base: string, documento: string): Promise<void> {
  await page.goto(`${base}/identificar`);
  await expect(page.getByTestId('keypad-digits')).toBeVisible();
  await typeOnKeypad(page, documento);
  await page.getByTestId('confirm').click();
}

test('a session opened on A works on B, and "Sair" on B revokes it on A', async ({ page, context }) => {
  await identifyAt(page, A, '52998224725');
  await expect(page.getByTestId('greeting')).toHaveText('Olá, Maria!');
  const cookie = (await context.cookies()).find((c) => c.name === 'totem_sessao');
  if (!cookie) throw new Error('sem cookie de sessão');

  await page.goto(`${B}/cliente`);
  await expect(page.getByTestId('greeting')).toHaveText('Olá, Maria!');
  await expect(page.getByTestId('fatura-card')).toHaveCount(2);

  await page.getByTestId('exit').click();
  await expect(page.getByTestId('attract')).toBeVisible();

  await context.addCookies([cookie]); // replayed on the other instance
  await page.goto(`${A}/cliente`);
  await expect(page).toHaveURL(/\/identificar\?expirada=1$/);
});

test('the lookup limit counts lookups from both instances', async ({ page }) => {
  // LOOKUP_MAX_FAILURES=3 per kiosk: A, B, A — the third not-found blocks the kiosk everywhere.
  for (const base of [A, B]) {
    await identifyAt(page, base, '390.533.447-05');
    await expect(page.getByTestId('screen-not-found')).toBeVisible();
  }
  await identifyAt(page, A, '390.533.447-05');
  await expect(page.getByTestId('screen-rate-limited')).toBeVisible();
  // B refuses too: the kiosk arriving there is shown the countdown before anyone types.
  await page.goto(`${B}/identificar`);
  await expect(page.getByTestId('screen-rate-limited')).toBeVisible();
  await expect(page.getByTestId('keypad-digits')).toHaveCount(0);
});

test('database down: a clear screen and a 503 health; back by itself when it returns', async ({ page }) => {
  test.setTimeout(90_000);
  await identifyAt(page, A, '52998224725');
  await expect(page.getByTestId('greeting')).toBeVisible();

  await cluster.pause();
  try {
    const health = await fetch(`${A}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      adapters: expect.arrayContaining([
        expect.objectContaining({ kind: 'store', id: 'postgres', state: 'down' }),
      ]),
    });
    await page.goto(`${A}/cliente`);
    await expect(page).toHaveURL(/\/identificar\?banco=1$/);
    await expect(page.getByTestId('identify-message')).toContainText('sem acesso ao banco de dados');
    await typeOnKeypad(page, '52998224725');
    await page.getByTestId('confirm').click();
    // A lookup says so too (the generic failure screen, with the store's own message).
    await expect(page.getByTestId('screen-erp-down')).toContainText('sem acesso ao banco de dados');
  } finally {
    await cluster.resume();
  }

  await expect.poll(async () => (await fetch(`${B}/api/health`)).status, { timeout: 20_000 }).toBe(200);
  await identifyAt(page, B, '52998224725');
  await expect(page.getByTestId('greeting')).toHaveText('Olá, Maria!');
  await page.goto(`${A}/cliente`);
  await expect(page.getByTestId('greeting')).toHaveText('Olá, Maria!');
});
