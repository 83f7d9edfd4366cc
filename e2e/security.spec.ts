import { expect, test, type Browser } from '@playwright/test';
import { SECURITY_BASE_URL, SECURITY_BUDGETS } from './env';
import { typeOnKeypad } from './helpers';

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
  await page.goto('/identificar');
  await typeOnKeypad(page, '52998224725');
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('screen-rate-limited')).toContainText('Aguarde um instante');
  await context.close();
});
