import { expect, test } from '@playwright/test';
import { identify } from './helpers';

test.describe('session and security', () => {
  test('"Sair" ends the server session: the old cookie is dead even if replayed', async ({
    page,
    context,
  }) => {
    await identify(page, '52998224725');
    await expect(page.getByTestId('greeting')).toBeVisible();
    const before = (await context.cookies()).find((c) => c.name === 'totem_sessao');
    expect(before?.httpOnly).toBe(true);
    expect(before?.sameSite).toBe('Strict');
    expect(before?.value).not.toContain('52998224725');

    await page.getByTestId('exit').click();
    await expect(page.getByTestId('attract')).toBeVisible();
    expect((await context.cookies()).find((c) => c.name === 'totem_sessao')).toBeUndefined();

    if (!before) throw new Error('no session cookie');
    await context.addCookies([before]);
    await page.goto('/cliente');
    await expect(page).toHaveURL(/\/identificar\?expirada=1$/);
    await expect(page.getByTestId('identify-message')).toContainText('Sua sessão terminou');
  });

  test('customer pages need a session', async ({ page }) => {
    await page.goto('/cliente/faturas/70012');
    await expect(page).toHaveURL(/\/identificar\?expirada=1$/);
  });

  test("another customer's fatura id, or a tampered one, is refused", async ({ page }) => {
    await identify(page, '52998224725');
    await expect(page.getByTestId('fatura-card')).toHaveCount(2);
    for (const id of ['70021', '70031', '70011', "70012'%20OR%201=1", '..%2F..%2Fetc', 'x'.repeat(300)]) {
      const response = await page.goto(`/cliente/faturas/${id}`);
      expect(response?.status(), id).toBe(404);
      await expect(page.getByTestId('screen-fatura-not-found')).toBeVisible();
      await expect(page.getByTestId('barcode')).toHaveCount(0);
    }
    // Her own fatura still opens.
    const ok = await page.goto('/cliente/faturas/70012');
    expect(ok?.status()).toBe(200);
    await expect(page.getByTestId('barcode')).toBeVisible();
  });

  test('several not-found lookups in a row make the kiosk wait, with a countdown', async ({ page }) => {
    // LOOKUP_MAX_FAILURES=3, LOOKUP_BLOCK_SECONDS=4 on the test server.
    for (let i = 0; i < 2; i++) {
      await identify(page, '390.533.447-05');
      await expect(page.getByTestId('screen-not-found')).toBeVisible();
    }
    await identify(page, '390.533.447-05');
    await expect(page.getByTestId('screen-rate-limited')).toContainText('Aguarde um instante');
    await expect(page.getByTestId('screen-rate-limited')).toContainText(/tentar de novo em \d segundo/);
    // When the countdown ends the keypad is back and a real customer gets through.
    await expect(page.getByTestId('keypad-digits')).toBeVisible({ timeout: 8_000 });
    await identify(page, '52998224725');
    await expect(page.getByTestId('greeting')).toHaveText('Olá, Maria!');
  });

  test('kiosk screens: no text selection, no context menu', async ({ page }) => {
    await identify(page, '52998224725');
    await expect(page.getByTestId('greeting')).toBeVisible();
    const userSelect = await page.getByTestId('greeting').evaluate((el) => getComputedStyle(el).userSelect);
    expect(userSelect).toBe('none');
    const prevented = await page.evaluate(() => {
      const ev = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.body.dispatchEvent(ev);
      return ev.defaultPrevented;
    });
    expect(prevented).toBe(true);
  });

  test('security headers: CSP with nonce, no framing, no sniffing', async ({ request }) => {
    const res = await request.get('/');
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers()['x-frame-options']).toBe('DENY');
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
  });
});
