import { expect, test, type Browser } from '@playwright/test';
import { IDLE_BASE_URL, SECURITY_BASE_URL, SECURITY_BUDGETS } from './env';
import { identify, typeOnKeypad } from './helpers';

/**
 * Issue #8, from outside: a script talking HTTP to `next start` as an attacker would. The server on
 * SECURITY_BASE_URL has small budgets (e2e/env.ts) so the whole-server limit is reached within the test.
 */

interface Action {
  url: string;
  headers: Record<string, string>;
}

/** The identification action as the kiosk's browser sends it, captured and never delivered. */
async function captureIdentification(browser: Browser): Promise<Action> {
  const context = await browser.newContext({ baseURL: SECURITY_BASE_URL });
  const page = await context.newPage();
  let action: Action | null = null;
  await page.route('**/identificar', async (route) => {
    const req = route.request();
    if (req.method() === 'POST' && req.headers()['next-action']) {
      action = { url: req.url(), headers: req.headers() };
      await route.abort();
    } else await route.continue();
  });
  await page.goto('/identificar');
  await typeOnKeypad(page, '52998224725');
  await page.getByTestId('confirm').click();
  await expect.poll(() => action !== null).toBe(true);
  await context.close();
  if (!action) throw new Error('a ação de identificação não foi vista');
  return action;
}

type Outcome = 'found' | 'limited' | 'other';

async function lookup(action: Action, documento: string, cookie: string | null): Promise<Outcome> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(action.headers)) if (k !== 'cookie') headers[k] = v;
  if (cookie) headers.cookie = cookie;
  const res = await fetch(action.url, {
    method: 'POST',
    headers,
    body: JSON.stringify([documento]),
    redirect: 'manual',
  });
  const body = await res.text();
  if (res.headers.get('x-action-redirect')?.startsWith('/cliente')) return 'found';
  return body.includes('"LIMITE_CONSULTAS"') ? 'limited' : 'other';
}

/** A fresh kiosk cookie, as a client gets by loading a page without one (null when the server mints none). */
async function freshKioskCookie(): Promise<string | null> {
  const res = await fetch(`${SECURITY_BASE_URL}/`, { redirect: 'manual' });
  const set = res.headers.getSetCookie().find((c) => c.startsWith('totem_kiosk='));
  return set ? (set.split(';')[0] ?? null) : null;
}

interface Health {
  seguranca: {
    lookups: Record<string, number>;
    blocks: Record<string, number>;
    kioskIds: { minted: number; refused: number };
  };
}

test.describe('enumeration, against a server with small budgets', () => {
  test.describe.configure({ mode: 'serial' });

  test('a client rotating, forging or omitting the kiosk cookie is stopped by the global budget', async ({
    browser,
  }) => {
    const action = await captureIdentification(browser);
    const docs = ['52998224725', '11222333000181', '11144477735', '93541134780', '24681357928'];
    // Asks the server for as many kiosk ids as it will give.
    const minted: string[] = [];
    for (let i = 0; i < 10; i++) {
      const cookie = await freshKioskCookie();
      if (cookie) minted.push(cookie);
    }
    expect(minted.length).toBeLessThan(SECURITY_BUDGETS.KIOSK_ID_MAX_PER_MINUTE); // the capture's page took one
    const forged = () => `totem_kiosk=${crypto.randomUUID()}`;

    // Without a valid id — the cookie omitted or made up — every lookup shares one bucket: the kiosk limit.
    const anonymous: Outcome[] = [];
    for (let i = 0; i < 20; i++) {
      anonymous.push(await lookup(action, docs[i % docs.length] ?? '', i % 2 === 0 ? null : forged()));
    }
    expect(anonymous.filter((o) => o === 'found')).toHaveLength(SECURITY_BUDGETS.LOOKUP_MAX_PER_MINUTE);
    expect(anonymous.slice(SECURITY_BUDGETS.LOOKUP_MAX_PER_MINUTE)).toEqual(Array(8).fill('limited'));

    // Rotating over everything it has, the server's budget stops it.
    const outcomes: Outcome[] = [...anonymous];
    const tries = 60;
    for (let i = 0; i < tries - anonymous.length; i++) {
      const cookies = [null, forged(), ...minted];
      outcomes.push(await lookup(action, docs[i % docs.length] ?? '', cookies[i % cookies.length] ?? null));
    }
    const found = outcomes.filter((o) => o === 'found').length;
    expect(outcomes.filter((o) => o === 'other')).toEqual([]);
    // Every lookup answered, and no more than the whole server's budget got a customer.
    // The no-id bucket (12) plus the minted ids (2 × 12) exceed the whole server's budget (20): exactly that
    // budget got through, and everything after it was refused.
    expect(found).toBe(SECURITY_BUDGETS.LOOKUP_GLOBAL_MAX_PER_MINUTE);
    expect(outcomes.slice(-20)).toEqual(Array(20).fill('limited'));

    // The operator sees it: refusals by the shared no-id bucket and the global budget, kiosk ids refused.
    const health = (await (await fetch(`${SECURITY_BASE_URL}/api/health`)).json()) as Health;
    expect(health.seguranca.lookups.encontrado).toBe(found);
    expect(health.seguranca.lookups.bloqueado).toBe(tries - found);
    expect(health.seguranca.blocks['sem-id']).toBeGreaterThan(0);
    expect(health.seguranca.blocks.global).toBeGreaterThan(0);
    expect(health.seguranca.kioskIds.minted).toBeLessThanOrEqual(SECURITY_BUDGETS.KIOSK_ID_MAX_PER_MINUTE);
    expect(health.seguranca.kioskIds.refused).toBeGreaterThan(0);
  });

  test('while the server budget is spent, a totem is told to wait, in Portuguese', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: SECURITY_BASE_URL });
    const page = await context.newPage();
    // A new totem on this server: the spent budget is shown before anyone types 11 digits for nothing.
    await page.goto('/identificar');
    await expect(page.getByTestId('screen-rate-limited')).toContainText('Aguarde um instante');
    await expect(page.getByTestId('screen-rate-limited')).toContainText(/tentar de novo em \d+ segundos/);
    await context.close();
  });
});

test('a session cookie works only in the browser (kiosk) that identified', async ({ browser }) => {
  const totem = await browser.newContext();
  const page = await totem.newPage();
  await identify(page, '52998224725');
  await expect(page.getByTestId('greeting')).toBeVisible();
  const session = (await totem.cookies()).find((c) => c.name === 'totem_sessao');
  if (!session) throw new Error('no session cookie');

  // Another browser, with its own kiosk id, replays the session cookie.
  const other = await browser.newContext();
  const thief = await other.newPage();
  await thief.goto('/');
  await other.addCookies([session]);
  await thief.goto('/cliente');
  await expect(thief).toHaveURL(/\/identificar\?expirada=1$/);
  const pdf = await thief.request.get('/api/boleto/70012');
  expect(pdf.status()).toBe(401);
  expect(((await pdf.json()) as { code: string }).code).toBe('SESSAO_EXPIRADA');

  // The totem that identified is unaffected.
  await page.goto('/cliente');
  await expect(page.getByTestId('greeting')).toHaveText('Olá, Maria!');
  await totem.close();
  await other.close();
});

test('request bodies larger than the kiosk ever sends are refused before they are read', async ({
  baseURL,
}) => {
  const big = new Uint8Array(12 * 1024 * 1024);
  for (const accept of ['text/x-component', 'text/html']) {
    const res = await fetch(`${baseURL}/identificar`, {
      method: 'POST',
      headers: {
        accept,
        'content-type': 'text/plain;charset=UTF-8',
        ...(accept === 'text/html' ? {} : { 'next-action': '00' }),
      },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await res.text()).toContain('Pedido grande demais para o totem.');
  }
});

test('a chunked body (no Content-Length) larger than the limit is a 413 in Portuguese too, not a 500', async ({
  baseURL,
}) => {
  // 12 MB in 64 KB chunks, as a client streaming a body of unknown length sends it.
  const chunkedBody = () => {
    let sent = 0;
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 12 * 1024 * 1024) return controller.close();
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x61));
      },
    });
  };
  for (const accept of ['text/x-component', 'text/html']) {
    const res = await fetch(`${baseURL}/identificar`, {
      method: 'POST',
      headers: {
        accept,
        'content-type': 'text/plain;charset=UTF-8',
        ...(accept === 'text/html' ? {} : { 'next-action': '00' }),
      },
      body: chunkedBody(),
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    expect(res.status).toBe(413);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(await res.text()).toContain('Pedido grande demais para o totem.');
  }
});

test('a malformed percent-encoding is a 400 in Portuguese, with the security headers', async ({
  page,
  baseURL,
}) => {
  const api = await fetch(`${baseURL}/api/boleto/%`);
  expect(api.status).toBe(400);
  expect(api.headers.get('x-content-type-options')).toBe('nosniff');
  expect(await api.json()).toMatchObject({
    ok: false,
    code: 'PEDIDO_INVALIDO',
    message: expect.stringMatching(/inválido/),
  });

  const response = await page.goto('/cliente/faturas/%E0%A4%A');
  expect(response?.status()).toBe(400);
  expect(response?.headers()['x-frame-options']).toBe('DENY');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'nonce-");
  await expect(page.getByTestId('screen-refused')).toContainText('Endereço inválido');
  await page.getByRole('link', { name: 'Voltar ao início' }).click();
  await expect(page.getByTestId('attract')).toBeVisible();
});

test('a document requested as a prefetch still gets the CSP (only RSC payloads skip the proxy)', async ({
  baseURL,
}) => {
  const prefetches: Record<string, string>[] = [
    { purpose: 'prefetch' },
    { 'next-router-prefetch': '1' },
    { 'sec-purpose': 'prefetch' },
  ];
  for (const headers of prefetches) {
    const res = await fetch(`${baseURL}/`, { headers });
    expect(res.headers.get('content-type'), JSON.stringify(headers)).toContain('text/html');
    expect(res.headers.get('content-security-policy'), JSON.stringify(headers)).toMatch(
      /script-src 'self' 'nonce-/,
    );
  }
});

test.describe('the 404 page under the nonce CSP', () => {
  // KIOSK_IDLE_SECONDS=3 and KIOSK_IDLE_WARNING_SECONDS=3 on this server.
  test.use({ baseURL: IDLE_BASE_URL });

  test('its scripts run: no CSP refusal, and an abandoned totem goes back to the start', async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) refused.push(m.text());
    });
    const response = await page.goto('/nao-existe');
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId('screen-page-not-found')).toContainText('Página não encontrada');
    await expect(page.getByTestId('idle-prompt')).toBeVisible({ timeout: 8_000 });
    await expect(page.getByTestId('attract')).toBeVisible({ timeout: 10_000 });
    expect(refused).toEqual([]);
  });
});
