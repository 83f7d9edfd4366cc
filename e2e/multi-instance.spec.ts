import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { startCluster, type PrivateCluster } from '../test/store/pg-cluster';
import { CHROMIUM_ARGS, PORT_OFFSET, TEST_SESSION_SECRET } from './env';
import { ERP_E2E_COMMON_ENV } from './erp-env';
import { typeOnKeypad } from './helpers';

/**
 * A chain of stores: two `next start` instances (A and B) on one PostgreSQL and one ERP (the http-contract
 * simulator, same customers as the demo), the browser alternating between them as a load balancer would. Its own
 * private cluster (the last test stops and restarts it) and its own simulator.
 */
// Far from the other specs' ports (3100–3108 and 4301–4302, each + E2E_PORT_OFFSET of every checkout).
const A = `http://127.0.0.1:${3950 + PORT_OFFSET}`;
const B = `http://127.0.0.1:${3951 + PORT_OFFSET}`;
const SIM = `http://127.0.0.1:${3952 + PORT_OFFSET}`;
const SIM_TOKEN = 'e2e-multi-instancia';

let cluster: PrivateCluster;
const servers: ChildProcess[] = [];

async function waitUp(url: string, path = '/api/health'): Promise<void> {
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    try {
      if ((await fetch(`${url}${path}`)).status === 200) return;
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
  const sim = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'test/simulators/main.ts',
      'http-contract',
      '--port',
      new URL(SIM).port,
      '--token',
      SIM_TOKEN,
    ],
    { stdio: 'ignore' },
  );
  servers.push(sim);
  await waitUp(SIM, '/__sim/health');
  for (const base of [A, B]) {
    const port = new URL(base).port;
    const child = spawn(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', port],
      {
        env: {
          ...process.env,
          ...ERP_E2E_COMMON_ENV,
          ERP_ADAPTER: 'http-contract',
          HTTP_CONTRACT_BASE_URL: SIM,
          HTTP_CONTRACT_TOKEN: SIM_TOKEN,
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

test('a retried unlock that reaches the other instance runs once in the ERP: the key used on A is honoured on B', async ({
  page,
}) => {
  await identifyAt(page, A, '52998224725');
  await expect(page.getByTestId('greeting')).toHaveText('Olá, Maria!');
  await page.goto(`${A}/cliente/planos/501/desbloquear`);
  await expect(page.getByTestId('desbloqueio-confirmar')).toBeEnabled();
  // The first confirmation reaches A, which unlocks, but its answer is lost; the customer taps again and the
  // load balancer sends the retry (same confirmation key) to B.
  let sent = 0;
  await page.route(`${A}/**`, async (route) => {
    const req = route.request();
    if (
      req.method() !== 'POST' ||
      !req.headers()['next-action'] ||
      !(req.postData() ?? '').includes('"501"')
    ) {
      await route.fallback();
      return;
    }
    sent += 1;
    if (sent === 1) {
      await route.fetch();
      await route.abort('connectionreset');
      return;
    }
    const response = await route.fetch({
      url: req.url().replace(A, B),
      headers: { ...req.headers(), origin: B },
    });
    await route.fulfill({ response });
  });
  await page.getByTestId('desbloqueio-confirmar').click();
  await expect(page.getByTestId('desbloqueio-erro')).toContainText('Não foi possível falar com o totem');
  await page.getByTestId('desbloqueio-confirmar').click();
  // Had B run it again, the ERP would refuse it as already used ("Desbloqueio já utilizado").
  const result = page.getByTestId('desbloqueio-resultado');
  await expect(result).toHaveAttribute('data-motivo', 'liberado');
  expect(sent).toBe(2);
  const state = (await (await fetch(`${SIM}/__sim/state`)).json()) as {
    events: { kind: string; documento?: string }[];
  };
  expect(state.events.filter((e) => e.kind === 'desbloqueio')).toHaveLength(1);
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
